// Issue 23.4: load() returns the model the rules judge, complete: the inventory files, the
// collected evidence attached and dated, the versions that evidence states applied; and the
// findings of reading all of it. The engine only runs rules on it.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { defaultSettings } from '../src/domain/settings.js';
import { discover } from '../src/load/discover.js';
import { load } from '../src/load/load.js';
import { tempRepo } from './helpers/temp-repo.js';

const INVENTORY = `version: 1
licenseServers:
  - { hostname: ctxls01, environment: production, state: active, version: 11.17.2.0 build 52100, activation: las-online, telemetry: { mode: automatic, lastReported: 2026-11-19 } }
`;

test('load(): inventory, collected evidence with its dates, collected versions applied, and the findings of reading them', (t) => {
  const root = tempRepo(t, {
    'inventory.yaml': INVENTORY,
    'collected/ctxls01/info.json': JSON.stringify({ HostName: 'ctxls01', SLVersion: 'v11.17.2.0 build 56200 i86_n3' }),
    'collected/ctxls01/broken.json': '{ not an export',
  });
  const loaded = load([discover('inventory.yaml', root)], {
    cwd: root,
    asOf: '2026-11-28',
    policy: defaultSettings().policy,
    // One history walk answers for every collected file (issue 24.7).
    collected: {
      commitTime: () =>
        new Map(['info.json', 'broken.json'].map((file) => [path.join(root, 'collected/ctxls01', file), '2026-11-27T03:00:00Z'])),
    },
  });
  const [server] = loaded.inventory.licenseServers;
  assert.equal(server?.version, '11.17.2.0 build 56200', 'the version the evidence states is the one judged');
  assert.deepEqual(server?.versionCollected, {
    declared: '11.17.2.0 build 52100',
    file: path.join(root, 'collected/ctxls01/info.json'),
  });
  assert.deepEqual(
    loaded.inventory.evidence?.map((e) => ({ host: e.host, files: e.files.map((f) => [path.basename(f.file), f.collectedAt]) })),
    [{ host: 'ctxls01', files: [['info.json', '2026-11-27T03:00:00Z']] }],
  );
  assert.deepEqual(
    loaded.findings.map((f) => f.ruleId),
    ['collected/unreadable'],
  );
});
