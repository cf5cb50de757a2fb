// npm run golden:rules: rewrites every test/rules/<group>/<name>/<case>.out from the engine,
// and removes .out files whose case is gone; review the diff before committing it.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CASES_DIR, listCases, orphanOutFiles, runCase } from '../test/helpers/rule-cases.js';

const cases = listCases();
let findings = 0;
for (const c of cases) {
  const run = runCase(c);
  findings += run.findings.length;
  writeFileSync(c.outFile, run.text);
}
for (const orphan of orphanOutFiles(cases)) {
  rmSync(orphan);
  console.log(`removed ${path.relative(CASES_DIR, orphan)}: no case beside it`);
}
console.log(`test/rules: ${cases.length} cases, ${findings} findings written`);
