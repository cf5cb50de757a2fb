// Issue 13, point 2: Citrix binds licenses to the short name `hostname` prints, case-sensitively
// ("Do not enter FQDN in the hostname", CTX696555): another spelling of a listed host is that host.
import { adviceTable } from '../helpers/advice-table.js';

const inventory = (servers: string, allocations: string) => `version: 1
entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 1000, end: 2027-12-31 }
licenseServers:
${servers}allocations:
${allocations}`;
const server = (hostname: string, extra = '') => `  - { hostname: ${hostname}, ${extra}environment: production, state: active }\n`;
const allocation = (hostname: string) => `  - { entitlement: uhmc, hostname: ${hostname}, quantity: 10 }\n`;

adviceTable('allocation/orphaned-hostname', [
  {
    name: "the issue's case: an allocation to CTXLS01 for the server recorded as ctxls01.corp.example is its short name, not a ghost",
    yaml: inventory(server('ctxls01.corp.example'), allocation('CTXLS01')),
    expect: [
      {
        at: 7,
        severity: 'warning',
        message:
          'the allocation of 10 XDT_PLT_UD licenses from `uhmc` is bound to `CTXLS01`, the short name of license server `ctxls01.corp.example`, which is how Citrix binds licenses (the output of the `hostname` command, CTX696555): record the host as `hostname: CTXLS01` exactly as `hostname` prints it, and its full name as `fqdn: ctxls01.corp.example`',
      },
    ],
  },
  {
    name: 'an allocation to the FQDN of a server recorded by its short name',
    yaml: inventory(server('ctxls01'), allocation('ctxls01.corp.example')),
    expect: [
      {
        at: 7,
        severity: 'warning',
        message:
          'the allocation of 10 XDT_PLT_UD licenses from `uhmc` is bound to `ctxls01.corp.example`, the fully qualified name of license server `ctxls01`: Citrix binds licenses to the short name the `hostname` command prints ("Do not enter FQDN in the hostname", CTX696555). Check on the host that these licenses are in use; if they are not, allocate them to the name `hostname` prints there. The host exists: do not return the allocation as a ghost',
      },
    ],
  },
  {
    name: "an allocation to the server's recorded `fqdn`, in other letter case",
    yaml: inventory(server('ctxls01', 'fqdn: ctxls01.corp.example, '), allocation('CTXLS01.Corp.Example')),
    expect: [
      {
        at: 7,
        severity: 'warning',
        message:
          'the allocation of 10 XDT_PLT_UD licenses from `uhmc` is bound to `CTXLS01.Corp.Example`, the fully qualified name of license server `ctxls01`: Citrix binds licenses to the short name the `hostname` command prints ("Do not enter FQDN in the hostname", CTX696555). Check on the host that these licenses are in use; if they are not, allocate them to the name `hostname` prints there. The host exists: do not return the allocation as a ghost',
      },
    ],
  },
  {
    name: 'names that differ only in letter case: say how to tell which is right, not "return it"',
    yaml: inventory(server('ctxls01'), allocation('CTXLS01')),
    expect: [
      {
        at: 7,
        severity: 'error',
        message:
          "the allocation of 10 XDT_PLT_UD licenses from `uhmc` is bound to `CTXLS01`, which differs from license server `ctxls01` only in letter case: Citrix binds licenses case-sensitively to the name the `hostname` command prints on the host. Run `hostname` there: if it prints `CTXLS01`, correct the inventory's hostname; if it prints `ctxls01`, move the allocation to `ctxls01` in the licensing portal",
      },
    ],
  },
  {
    name: 'an active server under another spelling wins over a decommissioned one',
    yaml: inventory(
      `${server('ctxls01')}  - { hostname: CTXLS01.old.example, environment: production, state: decommissioned }\n`,
      allocation('ctxls01.corp.example'),
    ),
    expect: [
      {
        at: 8,
        severity: 'warning',
        message:
          'the allocation of 10 XDT_PLT_UD licenses from `uhmc` is bound to `ctxls01.corp.example`, the fully qualified name of license server `ctxls01`: Citrix binds licenses to the short name the `hostname` command prints ("Do not enter FQDN in the hostname", CTX696555). Check on the host that these licenses are in use; if they are not, allocate them to the name `hostname` prints there. The host exists: do not return the allocation as a ghost',
      },
    ],
  },
  {
    name: 'the short name of a decommissioned server: return it',
    yaml: inventory('  - { hostname: ctxls02.corp.example, environment: production, state: decommissioned }\n', allocation('CTXLS02')),
    expect: [
      {
        at: 7,
        severity: 'error',
        message:
          'the allocation of 10 XDT_PLT_UD licenses from `uhmc` is bound to `CTXLS02`, which is decommissioned: return the allocation in the licensing portal: Manage Licenses, select the allocation, Return allocations',
      },
    ],
  },
  {
    name: 'the same first label in another domain may be another machine: reported as unknown, with the check first',
    yaml: inventory(server('ctxls01.a.example'), allocation('ctxls01.b.example')),
    expect: [
      {
        at: 7,
        severity: 'error',
        message:
          'the allocation of 10 XDT_PLT_UD licenses from `uhmc` is bound to `ctxls01.b.example`, which is not a license server or NetScaler Console of the inventory: Citrix counts it as a license server that never reports. If that host is gone, return the allocation in the licensing portal: Manage Licenses, select the allocation, Return allocations; if it exists, add it to licenseServers',
      },
    ],
  },
  {
    name: 'the short name exactly as recorded, with or without an fqdn, is quiet',
    yaml: inventory(
      `${server('ctxls01', 'fqdn: ctxls01.corp.example, ')}${server('CTXLS02')}`,
      `${allocation('ctxls01')}${allocation('CTXLS02')}`,
    ),
    expect: [],
  },
]);

const withFile = (hostname: string, extra: string, bound: string, allocated = hostname) => `version: 1
entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 1000, end: 2027-12-31 }
licenseServers:
  - hostname: ${hostname}
${extra}    environment: production
    state: active
    licenseFiles:
      - { name: FID_uhmc.lic, hostname: ${bound}, features: [{ product: XDT_PLT_UD, count: 10, expires: 2027-12-31 }] }
allocations:
  - { entitlement: uhmc, hostname: ${allocated}, quantity: 10 }
`;

adviceTable('license-file/hostname-mismatch', [
  {
    name: 'a file bound to the FQDN of a server recorded by its short name',
    yaml: withFile('ctxls01', '', 'ctxls01.corp.example'),
    expect: [
      {
        at: 9,
        severity: 'warning',
        message:
          'FID_uhmc.lic is bound to HOSTNAME=ctxls01.corp.example, the fully qualified name of license server `ctxls01`: Citrix binds license files to the short name the `hostname` command prints ("Do not enter FQDN in the hostname", CTX696555). Check on the host that the file\'s licenses are in use; if they are not, reallocate to the name `hostname` prints and install the new file',
      },
    ],
  },
  {
    name: 'a file bound to the short name of a server recorded by its FQDN: the inventory should change, not the file',
    yaml: withFile('ctxls01.corp.example', '', 'CTXLS01'),
    expect: [
      {
        at: 9,
        severity: 'warning',
        message:
          'FID_uhmc.lic is bound to HOSTNAME=CTXLS01, the short name of license server `ctxls01.corp.example`, which is how Citrix binds license files: record the host as `hostname: CTXLS01` exactly as `hostname` prints it, and its full name as `fqdn: ctxls01.corp.example`',
      },
    ],
  },
  {
    name: 'letter case only: say how to tell which spelling is right',
    yaml: withFile('ctxls01', '', 'CTXLS01'),
    expect: [
      {
        at: 9,
        severity: 'error',
        message:
          "FID_uhmc.lic is bound to HOSTNAME=CTXLS01, which differs from license server `ctxls01` only in letter case: the binding is case-sensitive. Run `hostname` on the host: if it prints `CTXLS01`, correct the inventory's hostname; if it prints `ctxls01`, the file grants nothing there: reallocate to `ctxls01` exactly and install the new file",
      },
    ],
  },
  {
    name: 'a file bound to the short name exactly as recorded, next to an fqdn',
    yaml: withFile('ctxls01', '    fqdn: ctxls01.corp.example\n', 'ctxls01'),
    expect: [],
  },
]);

adviceTable('license-file/unallocated', [
  {
    name: 'an allocation under another spelling of the server counts: never "remove the file"',
    yaml: withFile('ctxls01', '', 'ctxls01', 'CTXLS01.corp.example'),
    expect: [],
  },
  {
    name: 'an allocation to another host does not',
    yaml: withFile('ctxls01', '', 'ctxls01', 'ctxls02'),
    expect: [
      {
        at: 9,
        severity: 'warning',
        message:
          'XDT_PLT_UD in FID_uhmc.lic is installed on license server `ctxls01`, but no allocation of XDT_PLT_UD to that hostname is in the inventory: add the allocation from the licensing portal to `allocations`, or remove the file',
      },
    ],
  },
]);
