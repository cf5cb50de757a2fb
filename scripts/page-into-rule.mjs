// One-off, for rules whose page was written by hand (branches started before pages were
// generated from code): moves the page's "Why" and "How to fix" into the rule's meta.docs,
// verbatim, and its examples into the cases test/rules/<id>/docs-fires/ and docs-passes/.
// Then run `npm run golden:rules` and `npm run docs`, and review the diff. Delete this
// script once no branch holds such a page: docs flow one way, from the code.
//
//   node scripts/page-into-rule.mjs collected/future-dated [more rule ids]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TURN_OFF = '\n\nTurn the rule off';
const templateLiteral = (text) => `\`${text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${')}\``;

function section(page, heading) {
  const start = page.text.indexOf(`## ${heading}\n`);
  if (start === -1) throw new Error(`${page.file}: no "## ${heading}" section`);
  const body = page.text.slice(start + heading.length + 4);
  const end = body.search(/\n## /);
  return (end === -1 ? body : body.slice(0, end)).trim();
}

function moveExamples(page, ruleId) {
  for (const [, language, kind, name, body] of page.text.matchAll(/```(\w+) (fires|passes)(?: path=(\S+))?\n([\s\S]*?)```/g)) {
    const file = path.join('test', 'rules', ruleId, `docs-${kind}`, name ?? (language === 'yaml' ? 'inventory.yaml' : `file.${language}`));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
}

function moveHelp(page, ruleId) {
  const fixAndTurnOff = section(page, 'How to fix');
  const fix = fixAndTurnOff.split(TURN_OFF)[0].trim();
  const file = path.join('src', 'rules', `${ruleId}.ts`);
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith('  meta: {'));
  const end = lines.findIndex((line, index) => index > start && /^ {2}\},?$/.test(line));
  if (start === -1 || end === -1) throw new Error(`${file}: no \`  meta: {\` … \`  },\` to add docs to`);
  if (lines.slice(start, end).some((line) => line.startsWith('    docs: {'))) throw new Error(`${file}: meta.docs is already there`);
  const docs = ['    docs: {', `      why: ${templateLiteral(section(page, 'Why'))},`, `      fix: ${templateLiteral(fix)},`, '    },'];
  lines.splice(end, 0, ...docs);
  writeFileSync(file, lines.join('\n'));
}

for (const ruleId of process.argv.slice(2)) {
  const file = path.join('docs', 'rules', `${ruleId}.md`);
  if (!existsSync(file)) throw new Error(`${file}: no such page`);
  const page = { file, text: readFileSync(file, 'utf8') };
  moveHelp(page, ruleId);
  moveExamples(page, ruleId);
  console.log(`${ruleId}: help moved into src/rules/${ruleId}.ts, examples into test/rules/${ruleId}/docs-*/`);
}
