import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentAsData } from './scripts/contentAsData.ts';
import { basePath } from './scripts/site.mjs';
import { webManifest } from './scripts/webManifest.ts';

/**
 * Modules every page runs. Left to itself the bundler splits them into ten small chunks, because
 * route views import them too; one chunk saves nine requests and about 1.8 KB of import glue.
 * No content goes here: the entry imports this chunk before it has fetched the content data
 * (decision 006), and the build fails if it would.
 */
const shellModules = [
  '/node_modules/react/',
  '/node_modules/react-dom/',
  '/node_modules/react-router/',
  '/node_modules/scheduler/',
  '/node_modules/cookie/',
  '/node_modules/set-cookie-parser/',
  '/src/paths.ts',
  '/src/hooks/safeStorage.ts',
  '/src/components/useMotionKit.ts',
  '/src/components/useShouldAnimate.ts',
  '/src/offline/updateStore.ts',
];

const base = basePath();

export default defineConfig({
  base,
  plugins: [react(), contentAsData(), webManifest()],
  build: {
    target: 'es2022',
    // The build script reads the manifest to preload each prerendered page's own chunks.
    manifest: true,
    // One small stylesheet, linked from every prerendered page, so nothing renders unstyled.
    cssCodeSplit: false,
    // The build script writes each page's own modulepreload links, and after the first visit the
    // service worker serves every chunk, so Vite's runtime preload lists would only add bytes.
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'shell', test: (id) => shellModules.some((path) => id.includes(path)) }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
