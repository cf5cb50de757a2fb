import module from 'node:module';

/**
 * Turns on Node's module compile cache (Node 22.1 and later, which GitHub's runners have;
 * Node 20 has none and this does nothing): V8's compiled code for the bundle is kept in
 * the system's temporary folder (or NODE_COMPILE_CACHE) and reused by the next run instead
 * of compiling half a megabyte of JavaScript again. Called by the entry points before they
 * load the rest of the bundle, which is what the cache covers. NODE_DISABLE_COMPILE_CACHE=1
 * turns it off, as for any Node program.
 */
export function enableCompileCache(): void {
  const enable = (module as { enableCompileCache?: () => unknown }).enableCompileCache;
  try {
    enable?.();
  } catch {
    // Only an optimisation: a folder it cannot write is no reason to stop (Node reports
    // that as a status, not an exception, but an older or newer Node may differ).
  }
}
