import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

/**
 * The content modules that hold data only (no functions): in the browser they are JSON. Every
 * module in a language's folder (en/) is data: the interface's words. Every module in pictures/
 * is data too: geometry laid out at build time by content/layout/ with d3, so neither d3 nor the
 * coastlines' source reach the reader's bundle.
 */
const dataModule =
  /[\\/]src[\\/]content[\\/]([a-z]{2}[\\/][A-Za-z]+|pictures[\\/][A-Za-z]+|events|places|people|profiles|commitments|glossary|references|referenceDetails|report|story|record|updates|updateWording|taxonomy|classroom|lesson|quiz|quotes|figures|reactions|unsettled)\.ts$/;
/** A data module's key in the JSON ("events", "en/pages"), or undefined for any other file. */
const moduleName = (path: string) => dataModule.exec(path)?.[1]?.replace('\\', '/');

/**
 * Data only a few pages read (the references' titles and addresses: the sources page and the
 * handout; the lesson and its quiz: the classroom pages and the deck; what each correction says:
 * the updates page). Each travels in a JSON file of its own, fetched by its module when a page
 * that needs it loads, so every other page's first visit skips those bytes.
 */
const onDemand = new Set(['referenceDetails', 'lesson', 'quiz', 'updateWording']);

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

const urlModuleId = 'virtual:content-data-url';
const resolvedUrlModuleId = `\0${urlModuleId}`;

/**
 * Ships the story's content to the browser as one JSON file instead of as JavaScript. Data does
 * not need compiling, so it costs the reader's CPU far less than the same bytes of code, and the
 * JavaScript budget then measures code. Each data module becomes a stub that reads its exports
 * from the JSON, which src/main.tsx fetches before the app starts. Only the browser build is
 * changed: the prerender, the dev server and the tests use the modules as they are.
 */
export function contentAsData(): Plugin {
  let isBrowserBuild = false;
  let base = '/';
  let fileName = '';
  let source = '';
  const exportsOf = new Map<string, string[]>();
  /** The on-demand modules' own files: name → { fileName, source }. */
  const ownFiles = new Map<string, { fileName: string; source: string }>();

  return {
    name: 'content-as-data',
    config(_config, env) {
      isBrowserBuild = env.command === 'build' && !env.isSsrBuild;
    },
    configResolved(config) {
      base = config.base;
    },
    async buildStart() {
      if (!isBrowserBuild) return;
      const folder = resolve('src/content');
      const data: Record<string, Record<string, unknown>> = {};
      for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
        const name = moduleName(join(folder, file));
        if (!name) continue;
        const { module } = await runnerImport<Record<string, unknown>>(join(folder, file), {
          configFile: false,
          logLevel: 'silent',
        });
        exportsOf.set(name, Object.keys(module));
        if (onDemand.has(name)) {
          const own = JSON.stringify(module);
          ownFiles.set(name, { fileName: `assets/data-${name}-${hashOf(own)}.json`, source: own });
        } else data[name] = module;
      }
      source = JSON.stringify(data);
      fileName = `assets/content-${hashOf(source)}.json`;
    },
    resolveId(id) {
      return id === urlModuleId ? resolvedUrlModuleId : undefined;
    },
    load(id) {
      if (id === resolvedUrlModuleId)
        return `export default ${isBrowserBuild ? JSON.stringify(base + fileName) : 'null'};`;
      const name = isBrowserBuild ? moduleName(id) : undefined;
      if (!name) return undefined;
      const own = ownFiles.get(name);
      if (own)
        // Fetched when first imported; a failed fetch leaves empty records, not a broken page.
        return [
          'let data = {};',
          `try { const response = await fetch(${JSON.stringify(base + own.fileName)}); if (response.ok) data = await response.json(); } catch {}`,
          ...(exportsOf.get(name) ?? []).map(
            (key) => `export const ${key} = data[${JSON.stringify(key)}] ?? {};`,
          ),
        ].join('\n');
      return (exportsOf.get(name) ?? [])
        .map(
          (key) =>
            `export const ${key} = globalThis.__content[${JSON.stringify(name)}][${JSON.stringify(key)}];`,
        )
        .join('\n');
    },
    generateBundle() {
      if (!isBrowserBuild) return;
      this.emitFile({ type: 'asset', fileName, source });
      for (const own of ownFiles.values()) this.emitFile({ type: 'asset', ...own });
    },
  };
}
