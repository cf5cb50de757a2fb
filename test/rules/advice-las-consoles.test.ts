// Issue 13, point 4: a console on the License Activation Service has no license files to upload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adviceTable } from '../helpers/advice-table.js';
import { runBuiltCli } from '../helpers/run-cli.js';

const consoleInventory = (activation: string, files = '') => `version: 1
netscalerConsoles:
  - hostname: adm01
    hostId: 005056a1b2c3
    deployment: on-premises
    environment: production
    state: active
${activation}${files}netscalerInstances:
  - { name: vpx-dmz-01, platform: VPX, licensing: flexed, console: adm01 }
  - { name: vpx-dmz-02, platform: VPX, licensing: pooled, console: adm01 }
`;
const instancesFile = `    licenseFiles:
      - { kind: instances, name: cpl_instances.lic, hostId: 005056a1b2c3, features: [{ product: CNS_V1000_SERVER, count: 10, expires: 2027-09-30 }] }
`;

adviceTable('netscaler-console/missing-license-files', [
  {
    name: 'a LAS console serving flexed and pooled instances needs no license files',
    yaml: consoleInventory('    activation: las\n'),
    expect: [],
  },
  {
    name: 'a console whose activation is not recorded is not judged',
    yaml: consoleInventory(''),
    expect: [],
  },
  {
    name: 'a file-based console without its bandwidth file',
    yaml: consoleInventory('    activation: files\n', instancesFile),
    expect: [
      {
        at: 3,
        severity: 'error',
        message:
          "NetScaler Console `adm01` licenses 2 flexed or pooled instances but has no `bandwidth` license file: allocate it in the licensing portal to the console's host ID, upload it to the console, and list it under licenseFiles with `kind: bandwidth`",
      },
    ],
  },
  {
    name: 'a file-based console with no file at all',
    yaml: consoleInventory('    activation: files\n'),
    expect: [
      {
        at: 3,
        severity: 'error',
        message:
          "NetScaler Console `adm01` licenses 2 flexed or pooled instances but has no `instances` or `bandwidth` license file: allocate it in the licensing portal to the console's host ID, upload it to the console, and list it under licenseFiles with `kind: instances`",
      },
    ],
  },
]);

test('examples/contoso: LAS consoles without license files, short hostnames, host-ID allocations: 0 findings', () => {
  const run = runBuiltCli(['examples/contoso', '--format', 'json']);
  assert.equal(run.status, 0, run.stdout);
  assert.deepEqual((JSON.parse(run.stdout) as { findings: unknown[] }).findings, []);
});
