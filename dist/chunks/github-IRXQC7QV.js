#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  emitAnnotations,
  selectAnnotations,
  toAnnotation
} from "./chunk-KKCTPQP4.js";
import "./chunk-WKYJLUPH.js";
import "./chunk-L23B6GZG.js";
import "./chunk-YSFCGVTP.js";
export {
  ANNOTATIONS_PER_LEVEL,
  emitAnnotations,
  selectAnnotations,
  toAnnotation
};
