// Issue 26.6: every relative link (with its anchor) and every repository path that the README
// and docs name exists, so that a reader following one lands somewhere.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { brokenReason, headingAnchors, referencesOf } from './helpers/markdown-links.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const pages = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.md'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
  .split('\n')
  .filter(
    (file) => file === 'README.md' || file === 'CHANGELOG.md' || file.startsWith('docs/') || /^examples\/[^/]+\/README\.md$/.test(file),
  );

test('every relative link and repository path in README, CHANGELOG, docs/ and the examples resolves', () => {
  assert.ok(pages.includes('README.md') && pages.includes('docs/rules/README.md') && pages.length > 40, pages.join(' '));
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    for (const reference of referencesOf(file, readFileSync(path.join(PROJECT_ROOT, file), 'utf8'))) {
      checked++;
      const reason = brokenReason(PROJECT_ROOT, reference);
      if (reason) broken.push(`${reference.file}:${reference.line}: ${reference.target}: ${reason}`);
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(checked > 200, `${checked} references checked`);
});

test("the check finds a missing file, a missing anchor and a path named in text; anchors are GitHub's", (t) => {
  const root = mkdtempSync(path.join(tmpdir(), 'cll-links-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'docs'));
  writeFileSync(path.join(root, 'docs', 'other.md'), '# Quick start\n');
  const text = [
    '# Télé `metry`: the *last* upload',
    '## Télé `metry`: the *last* upload',
    '',
    'See [missing](nowhere.md), [bad anchor](other.md#no-such-heading), [good](other.md#quick-start),',
    '[here](#télé-metry-the-last-upload-1), [there](#télé-metry-the-last-upload-2),',
    'the code in `src/load/quick-parse.ts` and docs/exports.md §0, docs/other.md, other.md, review.md §5, but not',
    'https://example.com/docs/x.md or [a page](../docs/other.md).',
  ].join('\n');
  writeFileSync(path.join(root, 'docs', 'page.md'), text);
  assert.deepEqual([...headingAnchors(text)], ['télé-metry-the-last-upload', 'télé-metry-the-last-upload-1']);
  const reasons = referencesOf('docs/page.md', text).map((r) => `${r.line} ${r.target}: ${brokenReason(root, r) ?? 'ok'}`);
  assert.deepEqual(reasons, [
    '4 nowhere.md: no such file or folder',
    '4 other.md#no-such-heading: no heading #no-such-heading in other.md',
    '4 other.md#quick-start: ok',
    '5 #télé-metry-the-last-upload-1: ok',
    '5 #télé-metry-the-last-upload-2: no heading #télé-metry-the-last-upload-2 in docs/page.md',
    '7 ../docs/other.md: ok',
    '6 src/load/quick-parse.ts: no such file or folder',
    '6 docs/exports.md: no such file or folder',
    '6 docs/other.md: ok',
    '6 other.md: ok',
    '6 review.md: no such file or folder',
  ]);
});
