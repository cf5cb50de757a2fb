import { enableCompileCache } from '../util/compile-cache.js';

// The action's entry (dist/index.js): the compile cache first, then the action, loaded
// through import() so that the cache covers its code.
enableCompileCache();
await import('./index.js');
