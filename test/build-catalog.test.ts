// Issue 13, point 9: the License Server build catalog's precision follows the evidence
// (shared/docs/domain-corrections.md §2), and its leniency holds: no server in policy is flagged.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { LICENSE_SERVER_BUILDS } from '../src/data/license-server-builds.js';
import { lint } from '../src/engine/lint.js';

const row = (build: number) => LICENSE_SERVER_BUILDS.find((r) => r.build === build);

test('the catalog: 56200 and 54100 are only reported, 47000 dated by the capture that shows it', () => {
  assert.equal(row(56200)?.precision, 'reported');
  assert.equal(row(54100)?.precision, 'reported');
  assert.deepEqual([row(47000)?.released, row(47000)?.precision], ['2024-05-18', 'on-or-before']);
});

test('leniency: no catalogued build in policy on 2026-11-28 is flagged, and the only flags are older builds', (t) => {
  const root = mkdtempSync(path.join(tmpdir(), 'cll-catalog-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, '.git'));
  const flagged = LICENSE_SERVER_BUILDS.filter((r) => r.build >= 40000).filter((r) => {
    writeFileSync(
      path.join(root, 'inventory.yaml'),
      `version: 1\nlicenseServers:\n  - { hostname: ctxls01, environment: production, state: active, version: 11.17.2.0 build ${r.build} }\n`,
    );
    const { findings } = lint({ inputs: ['inventory.yaml'], cwd: root, asOf: '2026-11-28' });
    return findings.some((f) => f.ruleId === 'license-server/version-outdated');
  });
  assert.deepEqual(
    flagged.map((r) => r.build),
    [40000, 41000, 42000, 43000, 44000, 45000, 46000, 47000, 48000, 49000, 51000, 52100],
  );
});
