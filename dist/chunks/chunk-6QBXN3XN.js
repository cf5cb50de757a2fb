#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  UsageError,
  findRepositoryRoot,
  writeInside
} from "./chunk-RFJ74KHR.js";

// src/cli/write-output.ts
import path from "node:path";
function writeOutput(io, output, text) {
  if (!output) {
    if (text) io.stdout.write(text);
    return;
  }
  try {
    writeInside(path.resolve(io.cwd, output), text, findRepositoryRoot(io.cwd));
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${error.code ?? error.message}`);
  }
}

export {
  writeOutput
};
