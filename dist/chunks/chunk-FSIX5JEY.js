#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-2ZC5MNVF.js";

// src/cli/write-output.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
function writeOutput(io, output, text) {
  if (!output) {
    if (text) io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(path.resolve(io.cwd, output), text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${error.code ?? error.message}`);
  }
}

export {
  writeOutput
};
