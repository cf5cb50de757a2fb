import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { RULES, ruleById, ruleCatalog } from '../src/rules/index.js';
import { defaultSettings } from '../src/domain/settings.js';
import { listPages, readPage, renderIndex, runExample, withHeader, withOutput } from '../scripts/rule-docs.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

test('every registered rule has a page in docs/rules, and every page a rule', () => {
  assert.deepEqual(listPages(PROJECT_ROOT), RULES.map((r) => r.meta.id).sort());
});

test('the rules index is current (npm run docs)', () => {
  const index = readFileSync(path.join(PROJECT_ROOT, 'docs', 'rules', 'README.md'), 'utf8');
  assert.ok(index.includes(renderIndex()), 'docs/rules/README.md is stale: run npm run docs');
});

test('every rule declares its help in meta.docs, and that is the help every output shows', () => {
  const lacking = RULES.filter((rule) => !rule.meta.docs?.why.trim() || !rule.meta.docs.fix.trim()).map((rule) => rule.meta.id);
  assert.deepEqual(lacking, [], `declare meta.docs (why, fix) in src/rules/<id>.ts of each`);
  for (const info of ruleCatalog(defaultSettings())) assert.equal(info.help, ruleById(info.id)!.meta.docs, info.id);
});

test('nothing in src/ is generated from the docs: they flow one way, from the code', () => {
  const src = path.join(PROJECT_ROOT, 'src');
  const fromDocs = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => /^\/\/ Generated\b.*\bfrom docs\//m.test(readFileSync(path.join(src, file), 'utf8').slice(0, 500)));
  assert.deepEqual(fromDocs, []);
});

for (const rule of RULES) {
  test(`docs page of ${rule.meta.id}: its example fires, its counter-example lints clean, its output is current`, async () => {
    const page = readPage(PROJECT_ROOT, rule.meta.id);
    assert.equal(
      page.text,
      withHeader(page.text, rule),
      `${page.file}: the title or summary differs from meta (severity, description): run npm run docs`,
    );
    for (const section of ['## Why', '## Fires', '## Passes', '## How to fix'])
      assert.ok(page.text.includes(section), `missing ${section}`);
    const fires = await runExample(page.fires);
    assert.ok(fires.ruleIds.includes(rule.meta.id), `the "fires" example does not fire ${rule.meta.id}`);
    // A reader copies the "passes" example as the way to do it right: any finding in it, of
    // any rule, would teach a mistake (one a suppression covers is the suppression pages' point).
    assert.deepEqual((await runExample(page.passes)).unsuppressed, [], `the "passes" example is not clean`);
    assert.equal(page.text, withOutput(page, fires), `${page.file}: the example output is stale: run npm run docs`);
  });
}
