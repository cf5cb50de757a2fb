import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { RULES, ruleById, ruleCatalog } from '../src/rules/index.js';
import { defaultSettings } from '../src/domain/settings.js';
import { exampleFolder, generatePage, listPages, pageFile, renderIndex, renderPage, runExample } from '../scripts/rule-docs.js';
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
  test(`docs page of ${rule.meta.id}: written by npm run docs from the rule and its example cases; the example fires, the counter-example lints clean`, async () => {
    for (const kind of ['fires', 'passes'] as const) {
      const folder = exampleFolder(PROJECT_ROOT, rule.meta.id, kind);
      assert.ok(existsSync(folder), `no ${path.relative(PROJECT_ROOT, folder)}/: the page's example that ${kind}`);
    }
    const { inputs, text } = await generatePage(PROJECT_ROOT, rule);
    assert.ok(inputs.firesRun.ruleIds.includes(rule.meta.id), `the "fires" example does not fire ${rule.meta.id}`);
    // A reader copies the "passes" example as the way to do it right: any finding in it, of
    // any rule, would teach a mistake (one a suppression covers is the suppression pages' point).
    assert.deepEqual((await runExample(inputs.passes)).unsuppressed, [], `the "passes" example is not clean`);
    const file = pageFile(PROJECT_ROOT, rule.meta.id);
    assert.equal(readFileSync(file, 'utf8'), text, `${path.relative(PROJECT_ROOT, file)} differs from its rule: run npm run docs`);
  });
}

test('the page follows the code: changed help or a changed example changes it, and a rule without help has no page', async () => {
  const rule = ruleById('license-server/telemetry-disabled')!;
  const { inputs, text } = await generatePage(PROJECT_ROOT, rule);
  const docs = rule.meta.docs!;
  for (const part of [
    docs.why,
    docs.fix,
    ...Object.values(inputs.fires.files),
    ...Object.values(inputs.passes.files),
    inputs.firesRun.stdout,
  ])
    assert.ok(text.includes(part), `the page lacks ${JSON.stringify(part.slice(0, 60))}`);
  const reworded = { ...rule, meta: { ...rule.meta, docs: { ...docs, why: `${docs.why} Reworded.` } } };
  assert.notEqual(renderPage({ ...inputs, rule: reworded }), text);
  const edited = { files: { 'inventory.yaml': `${inputs.passes.files['inventory.yaml']}# edited\n` } };
  assert.notEqual(renderPage({ ...inputs, passes: edited }), text);
  const undocumented = { ...rule, meta: { ...rule.meta, docs: undefined } };
  assert.throws(() => renderPage({ ...inputs, rule: undocumented }), /license-server\/telemetry-disabled: no meta\.docs/);
});
