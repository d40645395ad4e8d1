import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Where the site is served: "/" or a prefix such as "/explainers/tokyo/" (BASE_PATH). */
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export default defineConfig({
  base,
  plugins: [react()],
  build: {
    target: 'es2022',
    // The build script reads the manifest to preload each prerendered page's own chunks.
    manifest: true,
    // One small stylesheet, linked from every prerendered page, so nothing renders unstyled.
    cssCodeSplit: false,
    // The build script writes each page's own modulepreload links, and after the first visit the
    // service worker serves every chunk, so Vite's runtime preload lists would only add bytes.
    modulePreload: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
