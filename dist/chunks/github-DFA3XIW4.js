#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  emitAnnotations,
  selectAnnotations,
  toAnnotation
} from "./chunk-6QAQMWXZ.js";
import "./chunk-X65SLODC.js";
import "./chunk-YSFCGVTP.js";
export {
  ANNOTATIONS_PER_LEVEL,
  emitAnnotations,
  selectAnnotations,
  toAnnotation
};
