// Issue 22.1 in `history`: a commit that breaks a file does not read as errors going away.
// Each point says how many of its findings are withheld (waiting for an error, or found before
// in a part of a file it cannot read), in every format.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { GitRepo } from './helpers/git-repo.js';

const SERVERS = [
  'version: 1',
  'licenseServers:',
  '  - hostname: first',
  '    environment: production',
  '    state: active',
  '    version: 11.17.2.0 build 56200',
  '    activation: las-online',
  '    telemetry: { mode: disabled }',
  '  - { hostname: ls2, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: disabled } }',
  '  - { hostname: ls3, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: disabled } }',
  '',
].join('\n');

test('a tab that hides three telemetry errors: the point counts them withheld, never fixed', async (t) => {
  const repo = new GitRepo(t);
  repo.commit('servers', { 'inventory/servers.yaml': SERVERS }, '2026-11-20T08:00:00Z');
  repo.commit(
    'tab',
    { 'inventory/servers.yaml': SERVERS.replace('    environment: production', '\tenvironment: production') },
    '2026-11-21T08:00:00Z',
  );
  const json = await cli(['history', '--format', 'json', '--as-of', '2026-11-28'], { cwd: repo.root });
  const { points } = JSON.parse(json.stdout) as { points: { subject: string; errors: number; withheld: number; fixed: number }[] };
  assert.deepEqual(
    points.map((p) => [p.subject, p.errors, p.withheld, p.fixed]),
    [
      ['servers', 3, 0, 0],
      ['tab', 1, 3, 0],
    ],
  );
  const text = await cli(['history', '--as-of', '2026-11-28'], { cwd: repo.root });
  assert.match(text.stdout, /^DATE {8}COMMIT {6}ERRORS {2}WARNINGS {2}WITHHELD {2}NEW {2}FIXED {2}SUBJECT$/m);
  assert.match(text.stdout, /^2026-11-21 {2}[0-9a-f]{10} {2}1 {7}0 {9}3 {9}\+1 {3}-0 {5}tab$/m);
  const markdown = await cli(['history', '--format', 'markdown', '--as-of', '2026-11-28'], { cwd: repo.root });
  assert.match(markdown.stdout, /^\| 2026-11-21 \| `[0-9a-f]{10}` \| 1 \| 0 \| 3 \| \+1 \/ -0 \| tab \|$/m);
});
