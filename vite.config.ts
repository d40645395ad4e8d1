import { createHash } from 'node:crypto';
import { basename as basenameOf } from 'node:path';
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

/**
 * Modules the app's frame needs on every page once the content data has arrived: the words and
 * their grammar, the selectors the layout reads, the navigation. Route views import them too, so
 * the bundler would split them into a dozen small chunks that each compress alone; one chunk,
 * loaded with src/hydrate.tsx, saves more than a kilobyte on every page. It reads content, so it
 * must never join the shell.
 */
const appModules = [
  '/src/lazyView.tsx',
  '/src/pageHead.ts',
  '/src/hooks/useText.ts',
  '/src/hooks/useStoredString.ts',
  '/src/hooks/visitRecord.ts',
  '/src/components/Fill.tsx',
  '/src/components/SiteNav.tsx',
  '/src/content/language.ts',
  '/src/content/dates.ts',
  '/src/content/en/',
  '/src/content/dictionary.ts',
  '/src/content/text.ts',
  '/src/content/taxonomy.ts',
  '/src/content/record.ts',
  '/src/content/story.ts',
  '/src/content/quotes.ts',
  '/src/content/reactions.ts',
  '/src/content/voiceSelectors.ts',
  '/src/content/storySelectors.ts',
  '/src/content/events.ts',
  '/src/content/eventSelectors.ts',
  '/src/content/commitments.ts',
  '/src/content/commitmentSelectors.ts',
  '/src/content/people.ts',
  '/src/content/peopleSelectors.ts',
  // The parts nearly every page shows: each fact's sources and its glossary terms, and the frame
  // of a picture. Apart, they were eight chunks of 100 B to 1 KB, each compressed alone.
  '/src/content/glossary.ts',
  '/src/content/glossaryText.ts',
  '/src/content/references.ts',
  '/src/content/refSelectors.ts',
  '/src/components/CitationList.tsx',
  '/src/components/TextWithTerms.tsx',
  '/src/components/LinkList.tsx',
  '/src/components/Picture.tsx',
];

const base = basePath();

export default defineConfig({
  base,
  plugins: [react(), contentAsData(), webManifest()],
  css: {
    modules: {
      // Short class names in the build: each is written in the stylesheet and in the script of
      // every component that uses it, so "_figures_14vyp_1" cost every page bytes for nothing.
      // The dev server keeps readable names.
      generateScopedName: (name, filename) =>
        process.env.NODE_ENV === 'production'
          ? `c${createHash('sha256').update(`${filename}:${name}`).digest('base64url').slice(0, 5)}`
          : `${name}_${basenameOf(filename).replace(/\.module\.css$/, '')}`,
    },
  },
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
          groups: [
            { name: 'shell', test: (id) => shellModules.some((path) => id.includes(path)) },
            { name: 'app', test: (id) => appModules.some((path) => id.includes(path)) },
          ],
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
