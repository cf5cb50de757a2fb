#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  enableCompileCache
} from "./chunks/chunk-W5HEEANA.js";
import "./chunks/chunk-3LG3MPHK.js";

// src/cli/bin.ts
enableCompileCache();
await import("./chunks/main-ZWHBKXNA.js");
