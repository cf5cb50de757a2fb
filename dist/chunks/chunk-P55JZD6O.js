#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  displayPath,
  plural
} from "./chunk-VIG5UW2T.js";

// src/reporters/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
function selectAnnotations(result, context, changed) {
  const active = result.findings.filter((f) => !f.suppression);
  const onChangedLine = (f) => changed?.get(displayPath(f.file, context.cwd))?.has(f.line) ?? false;
  const introduced = new Set(result.comparison?.comparison.introduced);
  const rank = (f) => (introduced.has(f) ? 2 : 0) + (onChangedLine(f) ? 1 : 0);
  const ordered = [...active].sort((a, b) => rank(b) - rank(a));
  const picked = [];
  for (const level of ["error", "warning"]) {
    for (const finding of ordered.filter((f) => f.severity === level).slice(0, ANNOTATIONS_PER_LEVEL)) {
      picked.push(toAnnotation(finding, context));
    }
  }
  const left = active.length - picked.length;
  if (left > 0) {
    picked.push({
      level: "notice",
      message: `${plural(left, "more finding")} ${left === 1 ? "is" : "are"} not annotated here (GitHub shows ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step): see the job summary, the check run or the SARIF upload.`,
      properties: { title: "citrix-license-lint: more findings" }
    });
  }
  return picked;
}
function toAnnotation(finding, context) {
  const sameLine = finding.line === finding.endLine;
  return {
    level: finding.severity,
    message: finding.message,
    properties: {
      title: finding.ruleId,
      file: displayPath(finding.file, context.cwd),
      startLine: finding.line,
      endLine: finding.endLine,
      // GitHub takes columns only for single-line annotations.
      ...sameLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}
    }
  };
}
async function emitAnnotations(annotations) {
  const core = await import("./core-5RPRKGAB.js");
  for (const annotation of annotations) core[annotation.level](annotation.message, annotation.properties);
}

export {
  ANNOTATIONS_PER_LEVEL,
  selectAnnotations,
  toAnnotation,
  emitAnnotations
};
