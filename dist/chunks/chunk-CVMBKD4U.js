#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);

// src/reporters/context.ts
function importance(finding, introduced) {
  return (finding.suppression ? 4 : 0) + (introduced?.has(finding) ? 0 : 2) + (finding.severity === "error" ? 0 : 1);
}
function failingCount(counts, failOn) {
  if (failOn === "never") return 0;
  return failOn === "warning" ? counts.errors + counts.warnings : counts.errors;
}
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppression) counts.suppressed++;
    else if (finding.severity === "error") counts.errors++;
    else counts.warnings++;
  }
  return counts;
}

export {
  importance,
  failingCount,
  countFindings
};
