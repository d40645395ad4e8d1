import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

/** The installed app's manifest, its words from the dictionary (src/content/en/site.ts). */
async function manifest() {
  const { module } = await runnerImport<typeof import('../src/content/en/site')>(
    resolve('src/content/en/site.ts'),
    { configFile: false, logLevel: 'silent' },
  );
  const { site } = module;
  return JSON.stringify(
    {
      name: site.longName,
      short_name: site.shortName,
      description: site.appDescription,
      lang: site.languageTag,
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#a3142f',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    null,
    2,
  );
}

/** Writes manifest.webmanifest into the browser build and serves it in development. */
export function webManifest(): Plugin {
  return {
    name: 'web-manifest',
    configureServer(server) {
      server.middlewares.use('/manifest.webmanifest', (_request, response) => {
        void manifest().then((source) => {
          response.setHeader('Content-Type', 'application/manifest+json');
          response.end(source);
        });
      });
    },
    async generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: await manifest() });
    },
  };
}
