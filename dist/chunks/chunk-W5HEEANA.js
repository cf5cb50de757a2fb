#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);

// src/util/compile-cache.ts
import module from "node:module";
function enableCompileCache() {
  const enable = module.enableCompileCache;
  try {
    enable?.();
  } catch {
  }
}

export {
  enableCompileCache
};
