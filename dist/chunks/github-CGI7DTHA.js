#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  emitAnnotations,
  selectAnnotations,
  toAnnotation
} from "./chunk-SQBTDAZC.js";
import "./chunk-YCT3CFU6.js";
import "./chunk-YSFCGVTP.js";
export {
  ANNOTATIONS_PER_LEVEL,
  emitAnnotations,
  selectAnnotations,
  toAnnotation
};
