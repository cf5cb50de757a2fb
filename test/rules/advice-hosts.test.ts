// Issue 13, point 1: NetScaler allocations are bound to host IDs (or ANY), not to license servers.
import { adviceTable } from '../helpers/advice-table.js';

// Line numbers count from 1; the first allocation is on line 12.
const base = `version: 1
entitlements:
  - { id: cpl, product: CNS_V1000_SERVER, type: subscription, quantity: 100, end: 2027-12-31 }
licenseServers:
  - { hostname: ctxls01, environment: production, state: active }
netscalerConsoles:
  - { hostname: adm01, hostId: 005056a1b2c3, deployment: on-premises, environment: production, state: active }
  - { hostname: adm-old, hostId: 005056a1b2c9, deployment: on-premises, environment: production, state: decommissioned }
netscalerInstances:
  - { name: vpx-edge-01, hostId: 005056A1D4E5, platform: VPX, licensing: standalone }
allocations:
`;

adviceTable('allocation/orphaned-hostname', [
  {
    name: 'an allocation to a host ID no appliance of the inventory has is an unlisted appliance, not a ghost license server',
    yaml: `${base}  - { entitlement: cpl, hostname: 005056a1ffee, quantity: 1 }\n`,
    expect: [
      {
        at: 12,
        severity: 'warning',
        message:
          "the allocation of 1 CNS_V1000_SERVER licenses from `cpl` is bound to host ID `005056a1ffee`, which no NetScaler instance or console of the inventory has: NetScaler licenses are allocated to an appliance's host ID (its MAC address), so this is most likely an appliance the inventory does not list, not a license server. Find the appliance with that host ID (the SERVER line of its license file names it) and add it with `hostId: 005056a1ffee` to netscalerInstances or netscalerConsoles; do not return the allocation before you know no appliance uses it",
      },
    ],
  },
  {
    name: "the issue's standalone VPX (005056a1b2c3) before its host ID is in the inventory: never the ghost text",
    yaml: `version: 1
entitlements:
  - { id: cpl, product: CNS_V1000_SERVER, type: subscription, quantity: 1, end: 2027-12-31 }
netscalerInstances:
  - { name: vpx-standalone, platform: VPX, licensing: standalone }
allocations:
  - { entitlement: cpl, hostname: 005056a1b2c3, quantity: 1 }
`,
    expect: [
      {
        at: 7,
        severity: 'warning',
        message:
          "the allocation of 1 CNS_V1000_SERVER licenses from `cpl` is bound to host ID `005056a1b2c3`, which no NetScaler instance or console of the inventory has: NetScaler licenses are allocated to an appliance's host ID (its MAC address), so this is most likely an appliance the inventory does not list, not a license server. Find the appliance with that host ID (the SERVER line of its license file names it) and add it with `hostId: 005056a1b2c3` to netscalerInstances or netscalerConsoles; do not return the allocation before you know no appliance uses it",
      },
    ],
  },
  {
    name: "allocations to an instance's host ID (any letter case), a console's host ID, and ANY are valid",
    yaml: `${base}  - { entitlement: cpl, hostname: 005056a1d4e5, quantity: 1 }\n  - { entitlement: cpl, hostname: 005056A1B2C3, quantity: 10 }\n  - { entitlement: cpl, hostname: ANY, quantity: 1 }\n`,
    expect: [],
  },
  {
    name: 'the host ID of a console the inventory marks decommissioned: return it',
    yaml: `${base}  - { entitlement: cpl, hostname: 005056a1b2c9, quantity: 5 }\n`,
    expect: [
      {
        at: 12,
        severity: 'error',
        message:
          'the allocation of 5 CNS_V1000_SERVER licenses from `cpl` is bound to `005056a1b2c9`, which is decommissioned: return the allocation in the licensing portal: Manage Licenses, select the allocation, Return allocations',
      },
    ],
  },
  {
    name: 'a hostname that is no host at all keeps the ghost text',
    yaml: `${base}  - { entitlement: cpl, hostname: ls-gone, quantity: 5 }\n`,
    expect: [
      {
        at: 12,
        severity: 'error',
        message:
          'the allocation of 5 CNS_V1000_SERVER licenses from `cpl` is bound to `ls-gone`, which is not a license server or NetScaler Console of the inventory: Citrix counts it as a license server that never reports. If that host is gone, return the allocation in the licensing portal: Manage Licenses, select the allocation, Return allocations; if it exists, add it to licenseServers',
      },
    ],
  },
]);

const consoleWith = (file: string, consoleHostId = 'hostId: 005056a1b2c3, ') => `version: 1
entitlements:
  - { id: cpl, product: CNS_V1000_SERVER, type: subscription, quantity: 10, end: 2027-12-31 }
netscalerConsoles:
  - { hostname: adm01, ${consoleHostId}deployment: on-premises, environment: production, state: active, licenseFiles: [${file}] }
allocations:
  - { entitlement: cpl, hostname: 005056a1b2c3, quantity: 10 }
`;
const features = 'features: [{ product: CNS_V1000_SERVER, count: 10, expires: 2027-12-31 }]';

adviceTable('license-file/hostname-mismatch', [
  {
    name: "a console file allocated to another host ID than the console's",
    yaml: consoleWith(`{ name: cpl.lic, kind: instances, hostId: 005056a1b2c4, ${features} }`),
    expect: [
      {
        at: 5,
        severity: 'error',
        message:
          "cpl.lic is bound to host ID 005056a1b2c4, but NetScaler Console `adm01` has host ID 005056a1b2c3: console license files are allocated to the console's host ID. Check the host ID on the console: if it is 005056a1b2c4, correct `hostId` in the inventory; if it is 005056a1b2c3, this file was allocated to another appliance and the console cannot use it",
      },
    ],
  },
  {
    name: 'a committed console file whose SERVER line carries another host ID is reported on that line',
    files: {
      'inventory.yaml': consoleWith('{ path: cpl.lic, kind: instances }'),
      'cpl.lic':
        'SERVER this_host 005056A1B2C4\nVENDOR CITRIX\nUSE_SERVER\nINCREMENT CNS_V1000_SERVER CITRIX 2027.1231 31-dec-2027 10 SN=LA-1 SIGN="00"\n',
    },
    expect: [
      {
        at: 'cpl.lic:1',
        severity: 'error',
        message:
          "cpl.lic is bound to host ID 005056A1B2C4, but NetScaler Console `adm01` has host ID 005056a1b2c3: console license files are allocated to the console's host ID. Check the host ID on the console: if it is 005056A1B2C4, correct `hostId` in the inventory; if it is 005056a1b2c3, this file was allocated to another appliance and the console cannot use it",
      },
    ],
  },
  {
    name: "a console file bound to the console's host ID (any letter case) is never compared with its hostname",
    yaml: consoleWith(`{ name: cpl.lic, kind: instances, hostId: 005056A1B2C3, ${features} }`),
    expect: [],
  },
  {
    name: 'a console without a host ID in the inventory: nothing to compare a host-ID file with',
    yaml: consoleWith(`{ name: cpl.lic, kind: instances, hostId: 005056a1b2c4, ${features} }`, ''),
    expect: [],
  },
]);

adviceTable('license-file/unallocated', [
  {
    name: "a console file's products allocated to the console's host ID count as allocated",
    yaml: consoleWith(`{ name: cpl.lic, kind: instances, hostId: 005056a1b2c3, ${features} }`),
    expect: [],
  },
]);

adviceTable('inventory/schema', [
  {
    name: 'a host ID must be 12 hex digits (or ANY on an instance)',
    yaml: `version: 1
netscalerConsoles:
  - { hostname: adm01, hostId: "00:50:56:a1:b2:c3", deployment: on-premises, environment: production, state: active }
netscalerInstances:
  - { name: vpx-a, hostId: ANY, platform: VPX, licensing: standalone }
  - { name: vpx-b, hostId: any-host, platform: VPX, licensing: standalone }
`,
    expect: [
      {
        at: 3,
        severity: 'error',
        message:
          '`hostId` in NetScaler Console `adm01` must be a host ID: the MAC address as 12 hex digits without separators, as Citrix shows it (for example 005056a1b2c3), not "00:50:56:a1:b2:c3"',
      },
      {
        at: 6,
        severity: 'error',
        message:
          '`hostId` in NetScaler instance `vpx-b` must be 12 hex digits (the MAC address, as Citrix shows it) or `ANY`, not "any-host"',
      },
    ],
  },
]);
