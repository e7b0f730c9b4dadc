/**
 * Where a worker thread's code and other files beside the code are: in dist/ the bundled
 * files beside the bundle; from the sources (tests, tsx, @github/local-action) the TypeScript
 * file, after registering the TypeScript loader in the worker too (Node 20 does not pass
 * loader hooks on to workers). File names are built at run time so that the bundler leaves
 * them alone.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Whether the module at `moduleUrl` runs from its TypeScript source rather than from dist/ (a loader may add a query). */
export function runsFromSource(moduleUrl: string): boolean {
  return new URL(moduleUrl).pathname.endsWith('.ts');
}

/** The file `name` in the folder of the module at `moduleUrl`. */
export function besideModule(moduleUrl: string, name: string): URL {
  return new URL(['.', name].join('/'), moduleUrl);
}

/** A worker running `files.bundled` (from dist/) or `files.source` (from the sources), both beside `moduleUrl`. */
export function startModuleWorker(moduleUrl: string, files: { bundled: string; source: string }, options: WorkerOptions = {}): Worker {
  if (!runsFromSource(moduleUrl)) return new Worker(besideModule(moduleUrl, files.bundled), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = besideModule(moduleUrl, files.source).href;
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(code, { ...options, eval: true });
}
