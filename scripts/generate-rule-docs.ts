// npm run docs: refreshes the generated parts of docs/rules (header, example output, the index).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../src/rules/index.js';
import { listPages, readPage, rulesDir, runExample, withHeader, withIndex, withOutput } from './rule-docs.js';

const root = process.cwd();
for (const ruleId of listPages(root)) {
  const read = readPage(root, ruleId);
  const rule = RULES.find((r) => r.meta.id === ruleId);
  const page = rule ? { ...read, text: withHeader(read.text, rule) } : read;
  writeFileSync(page.file, withOutput(page, await runExample(page.fires)));
}
const index = path.join(rulesDir(root), 'README.md');
writeFileSync(index, withIndex(readFileSync(index, 'utf8')));
console.log(`docs/rules: ${listPages(root).length} pages refreshed`);
