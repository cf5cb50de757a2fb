import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT, runBuiltCli } from './helpers/run-cli.js';

const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
const changelog = readFileSync(path.join(PROJECT_ROOT, 'CHANGELOG.md'), 'utf8');
const checkTag = (tag: string) =>
  spawnSync(process.execPath, ['scripts/check-release-tag.mjs', tag], { cwd: PROJECT_ROOT, encoding: 'utf8' });

test('--version prints the version of package.json', () => {
  for (const flag of ['--version', '-v']) assert.equal(runBuiltCli([flag]).stdout, `${pkg.version}\n`);
});

test('the release check accepts the tag of this version and refuses any other', () => {
  const good = checkTag(`v${pkg.version}`);
  assert.equal(good.status, 0, good.stderr);
  const [major, minor, patch] = pkg.version.split('.').map(Number) as [number, number, number];
  for (const wrong of [`v${major}.${minor}.${patch + 1}`, pkg.version, `v${major}`]) {
    const run = checkTag(wrong);
    assert.equal(run.status, 1, wrong);
    assert.match(
      run.stderr,
      new RegExp(
        `check-release-tag: tag "${wrong.replaceAll('.', '\\.')}" is not v${pkg.version.replaceAll('.', '\\.')}, the version in package.json`,
      ),
    );
  }
});

test('CHANGELOG.md follows Keep a Changelog: Unreleased first, dated versions newest first, each linked', () => {
  const headings = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)].map((m) => ({ version: m[1]!, date: m[2] }));
  assert.equal(headings[0]?.version, 'Unreleased');
  const released = headings.slice(1);
  assert.ok(released.length > 0 && released.every((h) => /^\d+\.\d+\.\d+$/.test(h.version) && h.date), JSON.stringify(released));
  assert.ok(
    released.some((h) => h.version === pkg.version),
    `CHANGELOG.md has no section for ${pkg.version}`,
  );
  const dates = released.map((h) => h.date!);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  for (const h of headings)
    assert.match(changelog, new RegExp(`^\\[${h.version.replaceAll('.', '\\.')}\\]: https://`, 'm'), `no link for [${h.version}]`);
  for (const section of changelog.split(/^## /m).slice(1)) {
    for (const kind of section.matchAll(/^### (.+)$/gm))
      assert.ok(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'].includes(kind[1]!), kind[1]);
  }
});
