// inventory/duplicate says where the first entry is: a path a reader can follow from the file
// the finding is in, not a bare file name that another folder of the inventory may share
// (fabrikam's emea/license-servers.yaml was named "license-servers.yaml").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

const SERVER = (host: string) =>
  `version: 1\nlicenseServers:\n  - { hostname: other, environment: test, state: decommissioned }\n  - { hostname: ${host}, environment: production, state: decommissioned }\n`;

test('a server listed in a.yaml and again in emea/a.yaml: the finding names the first by its path from there', async (t) => {
  const root = tempRepo(t, { 'inventory/a.yaml': SERVER('ls1'), 'inventory/emea/a.yaml': SERVER('LS1').replace('other', 'other2') });
  const run = await cli(['--format', 'json', '--as-of', '2026-11-28'], { cwd: root });
  const duplicates = (JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; message: string }[] }).findings.filter(
    (f) => f.ruleId === 'inventory/duplicate',
  );
  assert.deepEqual(
    duplicates.map((f) => [f.file, f.message]),
    [
      [
        'inventory/emea/a.yaml',
        'license server `LS1` is listed again (first at licenseServers[1] of ../a.yaml): hostnames are compared ignoring case; merge the two entries',
      ],
    ],
  );
});
