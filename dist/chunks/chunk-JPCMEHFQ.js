#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);

// src/action/runner.ts
var systemClock = {
  now: () => /* @__PURE__ */ new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

export {
  systemClock
};
