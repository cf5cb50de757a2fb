import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

// YAML merge keys (`<<: *defaults`, https://yaml.org/type/merge.html), as hand-kept regional
// inventories use them to share settings: the merged values are read, and a finding about
// a merged value points where that value is written (in the anchored mapping).

const REGION = `# EMEA license servers: the sites share the region's settings through YAML merge keys.
version: 1

licenseServers:
  - &emea-site
    hostname: ctxls-ams01.emea.example
    environment: production
    state: active
    version: 11.17.2.0 build 56200
    activation: las-online
    telemetry: &reported
      mode: manual
      lastReported: 2026-11-27

  - <<: *emea-site
    hostname: ctxls-fra01.emea.example

  - <<: *emea-site
    hostname: ctxls-lon01.emea.example
    environment: test
    telemetry: &stale
      <<: *reported
      lastReported: 2026-08-01

  - <<: *emea-site
    hostname: ctxls-par01.emea.example
    version: 11.16.6.0 build 35000
    telemetry:
      <<: *reported
      mode: manual

  - <<: [*emea-site]
    hostname: ctxls-mad01.emea.example
    environment: disaster-recovery
    telemetry:
      <<: *stale
`;

interface Finding {
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

async function lint(t: TestContext, files: Record<string, string>, input: string) {
  const run = await cli([input, '--format', 'json', '--as-of', '2026-11-28'], { cwd: tempRepo(t, files) });
  assert.equal(run.stderr, '');
  const findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
  return {
    status: run.status,
    findings: findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message.match(/`([^`]+)`/)?.[1] ?? ''}`),
  };
}

const EXPECTED = [
  // lon01's own lastReported, which overrides the one it merges.
  '23:21 license-server/telemetry-overdue ctxls-lon01.emea.example',
  // mad01 merges lon01's telemetry (`&stale`): the finding points at the date where it is written.
  '23:21 license-server/telemetry-overdue ctxls-mad01.emea.example',
  '27:14 license-server/las-version ctxls-par01.emea.example',
  '27:14 license-server/version-outdated ctxls-par01.emea.example',
];

test('a region file sharing settings with `<<: *anchor` is read with the merged values', async (t) => {
  // Without merge keys: `<<` was an unknown key in every entry, and the required keys it
  // brings (environment, state) were missing: 23 findings.
  const run = await lint(t, { 'emea.yaml': REGION }, 'emea.yaml');
  assert.equal(run.status, 1);
  assert.deepEqual(run.findings, EXPECTED);
});

test('merged values are located in the anchored mapping in a large file too', async (t) => {
  // Over 256 KB, only entities are recorded while reading; a deeper path of an entity that
  // merges another must still point at the anchor's text, not at the entity.
  const filler = Array.from(
    { length: 2_000 },
    (_, i) =>
      `  - { hostname: ctxls${i}.emea.example, environment: test, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: automatic, lastReported: 2026-11-27 } }\n`,
  ).join('');
  const [head, body] = REGION.split('licenseServers:\n') as [string, string];
  const text = `${head}licenseServers:\n${filler}${body}`;
  assert.ok(text.length > 256 * 1024);
  const shift = 2_000;
  const run = await lint(t, { 'emea.yaml': text }, 'emea.yaml');
  assert.equal(run.status, 1);
  assert.deepEqual(
    run.findings,
    EXPECTED.map((f) => f.replace(/^\d+/, (line) => String(Number(line) + shift))),
  );
});

test('a merge key that names something other than a mapping is one syntax finding at that key', async (t) => {
  const text =
    'version: 1\nlicenseServers:\n  - hostname: &name ctxls01.example\n    environment: test\n    state: active\n  - <<: *name\n    hostname: ctxls02.example\n';
  const run = await cli(['inventory.yaml', '--format', 'json', '--as-of', '2026-11-28'], {
    cwd: tempRepo(t, { 'inventory.yaml': text }),
  });
  assert.equal(run.status, 1);
  assert.equal(run.stderr, '');
  const findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
  assert.deepEqual(
    findings.map((f) => [f.line, f.column, f.ruleId, f.message]),
    [
      [
        6,
        5,
        'inventory/yaml-syntax',
        'a `<<` merge key names something that is not a mapping: merge only mappings (`<<: *defaults` where `&defaults` marks a mapping)',
      ],
    ],
  );
});
