import { enableCompileCache } from '../util/compile-cache.js';

// The command's entry (dist/cli.js): the compile cache first, then the CLI, loaded through
// import() so that the cache covers its code.
enableCompileCache();
await import('./main.js');
