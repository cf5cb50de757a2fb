// The helper that builds many commits at once (GitRepo.commits, one git fast-import) makes the
// very commits that GitRepo.commit makes one by one: tests that use it test the same history.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GitRepo } from './helpers/git-repo.js';

const LIST = Array.from({ length: 4 }, (_, i) => ({
  message: `day ${i} | *bold* ü`,
  files: { 'inventory/a.yaml': `version: 1\n# ${'ü'.repeat(i)}\n`, 'notes/b.txt': i % 2 ? null : `notes ${i}\n` },
  date: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString(),
}));

for (const base of [false, true]) {
  test(`commits() gives the head sha commit() gives, ${base ? 'after a first commit' : 'in an empty repository'}`, (t) => {
    const [one, many] = [new GitRepo(t), new GitRepo(t)];
    if (base) for (const repo of [one, many]) repo.commit('base', { 'x.txt': 'x\n' }, '2025-12-01T00:00:00Z');
    for (const { message, files, date } of LIST) one.commit(message, files, date);
    many.commits(LIST);
    assert.equal(many.git('rev-parse', 'HEAD'), one.git('rev-parse', 'HEAD'));
    assert.equal(many.git('status', '--porcelain'), '', 'the work tree is at the last commit');
  });
}
