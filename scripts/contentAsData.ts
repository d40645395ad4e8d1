import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

/**
 * The content modules that hold data only (no functions): in the browser they are JSON. Every
 * module in a language's folder (en/) is data: the interface's words.
 */
const dataModule =
  /[\\/]src[\\/]content[\\/]([a-z]{2}[\\/][A-Za-z]+|events|people|profiles|commitments|glossary|references|referenceDetails|report|story|record|updates|updateWording|taxonomy|classroom|quiz|quotes|figures|reactions|unsettled)\.ts$/;
/** A data module's key in the JSON ("events", "en/pages"), or undefined for any other file. */
const moduleName = (path: string) => dataModule.exec(path)?.[1]?.replace('\\', '/');

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
        data[name] = module;
        exportsOf.set(name, Object.keys(module));
      }
      source = JSON.stringify(data);
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
      fileName = `assets/content-${hash}.json`;
    },
    resolveId(id) {
      return id === urlModuleId ? resolvedUrlModuleId : undefined;
    },
    load(id) {
      if (id === resolvedUrlModuleId)
        return `export default ${isBrowserBuild ? JSON.stringify(base + fileName) : 'null'};`;
      const name = isBrowserBuild ? moduleName(id) : undefined;
      if (!name) return undefined;
      return (exportsOf.get(name) ?? [])
        .map(
          (key) =>
            `export const ${key} = globalThis.__content[${JSON.stringify(name)}][${JSON.stringify(key)}];`,
        )
        .join('\n');
    },
    generateBundle() {
      if (isBrowserBuild) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
