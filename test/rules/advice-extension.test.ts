// Issue 13, point 6: a file-based licensing extension granted by Citrix (CTX696555), per host.
import { adviceTests } from './advice-table.js';

const EXTENSION = 'fileLicensingExtension: { until: 2026-12-31, reference: "Citrix case 80012345" }';

const server = (...lines: string[]) => `version: 1
licenseServers:
  - hostname: ctxls01
    environment: production
    state: active
    version: 11.17.2.0 build 53100
    activation: files
${lines.map((l) => `    ${l}\n`).join('')}`;

const console = (...lines: string[]) => `version: 1
netscalerConsoles:
  - hostname: adm01
    deployment: on-premises
    environment: production
    state: active
    version: "14.1-51.83"
    activation: files
${lines.map((l) => `    ${l}\n`).join('')}`;

adviceTests('license-server/file-based-activation', [
  {
    name: 'during the extension: a warning with its last day',
    yaml: server(EXTENSION),
    expect: [
      {
        line: 7,
        severity: 'warning',
        message:
          'license server `ctxls01` activates with license files under a file-based licensing extension (Citrix case 80012345) whose last day is 2026-12-31 (CTX696555): move it to the License Activation Service before then (upgrade to build 53100 or newer, for `las-online` or `las-offline`)',
      },
    ],
  },
  {
    name: 'on its last day, still a warning',
    asOf: '2026-12-31',
    yaml: server(EXTENSION),
    expect: [
      {
        line: 7,
        severity: 'warning',
        message:
          'license server `ctxls01` activates with license files under a file-based licensing extension (Citrix case 80012345) whose last day is 2026-12-31 (CTX696555): move it to the License Activation Service before then (upgrade to build 53100 or newer, for `las-online` or `las-offline`)',
      },
    ],
  },
  {
    name: 'after it: an error',
    asOf: '2027-01-01',
    yaml: server(EXTENSION),
    expect: [
      {
        line: 7,
        severity: 'error',
        message:
          'license server `ctxls01` still activates with license files; its file-based licensing extension (Citrix case 80012345, CTX696555) ended on 2026-12-31: move it to the License Activation Service (upgrade to build 53100 or newer, for `las-online` or `las-offline`)',
      },
    ],
  },
  {
    name: 'without an extension: an error',
    yaml: server(),
    expect: [
      {
        line: 7,
        severity: 'error',
        message:
          'license server `ctxls01` still activates with license files; file-based licensing reached end of life on 2026-04-15: move it to the License Activation Service (upgrade to build 53100 or newer, for `las-online` or `las-offline`)',
      },
    ],
  },
  {
    name: 'an extension on a LAS server changes nothing',
    yaml: server(EXTENSION).replace('activation: files', 'activation: las-online'),
    expect: [],
  },
]);

adviceTests('netscaler-console/file-based-activation', [
  {
    name: 'during the extension: a warning with its last day',
    yaml: console(EXTENSION),
    expect: [
      {
        line: 8,
        severity: 'warning',
        message:
          'NetScaler Console `adm01` activates with license files under a file-based licensing extension (Citrix case 80012345) whose last day is 2026-12-31 (CTX696555): move it to the License Activation Service before then (console 14.1-51.83 or newer)',
      },
    ],
  },
  {
    name: 'after it: an error',
    asOf: '2027-01-01',
    yaml: console(EXTENSION),
    expect: [
      {
        line: 8,
        severity: 'error',
        message:
          'NetScaler Console `adm01` still activates with license files; its file-based licensing extension (Citrix case 80012345, CTX696555) ended on 2026-12-31: move it to the License Activation Service (console 14.1-51.83 or newer)',
      },
    ],
  },
  {
    name: 'without an extension: an error',
    yaml: console(),
    expect: [
      {
        line: 8,
        severity: 'error',
        message:
          'NetScaler Console `adm01` still activates with license files; file-based licensing reached end of life on 2026-04-15: move it to the License Activation Service (console 14.1-51.83 or newer)',
      },
    ],
  },
  { name: 'before end of life nothing is reported', asOf: '2026-04-14', yaml: console(), expect: [] },
]);

adviceTests('deadlines/upcoming', [
  {
    name: 'the end of an extension is a deadline',
    asOf: '2026-12-15',
    yaml: server(EXTENSION, 'telemetry: { mode: automatic, lastReported: 2026-12-14 }'),
    expect: [
      {
        line: 7,
        severity: 'warning',
        message:
          'File licensing extension end of license server `ctxls01` on 2026-12-31 (last day in 16 days): move to the License Activation Service before then',
      },
    ],
  },
]);

adviceTests('inventory/schema', [
  {
    name: 'an extension with its date and reference is valid',
    yaml: server(EXTENSION, 'telemetry: { mode: automatic, lastReported: 2026-11-27 }'),
    expect: [],
  },
]);
