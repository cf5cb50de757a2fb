// npm run docs: writes every docs/rules/<id>.md whole from its rule and its example cases
// (scripts/rule-docs.ts), removes the pages of rules that are gone, and refreshes the
// generated part of the rules index.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../src/rules/index.js';
import { generatePage, listPages, pageFile, rulesDir, withIndex } from './rule-docs.js';

const root = process.cwd();
const problems: string[] = [];
for (const rule of RULES) {
  const file = pageFile(root, rule.meta.id);
  try {
    const { text } = await generatePage(root, rule);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
}
const registered = new Set(RULES.map((rule) => rule.meta.id));
for (const orphan of listPages(root).filter((id) => !registered.has(id))) {
  rmSync(pageFile(root, orphan));
  console.log(`removed docs/rules/${orphan}.md: no rule of that id`);
}
const index = path.join(rulesDir(root), 'README.md');
writeFileSync(index, withIndex(readFileSync(index, 'utf8')));
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`docs/rules: ${RULES.length} pages written`);
