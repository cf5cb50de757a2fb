#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  emitAnnotations,
  selectAnnotations,
  toAnnotation
} from "./chunk-P55JZD6O.js";
import "./chunk-VIG5UW2T.js";
import "./chunk-YSFCGVTP.js";
export {
  ANNOTATIONS_PER_LEVEL,
  emitAnnotations,
  selectAnnotations,
  toAnnotation
};
