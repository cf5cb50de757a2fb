#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  emitAnnotations,
  selectAnnotations,
  toAnnotation
} from "./chunk-XSRN3PX2.js";
import "./chunk-4HSBGSUY.js";
import "./chunk-YSFCGVTP.js";
export {
  ANNOTATIONS_PER_LEVEL,
  emitAnnotations,
  selectAnnotations,
  toAnnotation
};
