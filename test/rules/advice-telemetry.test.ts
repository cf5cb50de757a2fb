// Issue 13, point 5: where manual uploads go, when a console's first upload is due, and
// consoles that cannot report at all.
import { adviceTests } from './advice-table.js';

const server = (...lines: string[]) => `version: 1
licenseServers:
  - hostname: ctxls01
    environment: production
    state: active
${lines.map((l) => `    ${l}\n`).join('')}`;

/** One on-premises console; `lines` go under it from line 7 on. */
const console = (...lines: string[]) => `version: 1
netscalerConsoles:
  - hostname: adm01
    deployment: on-premises
    environment: production
    state: active
${lines.map((l) => `    ${l}\n`).join('')}`;

adviceTests('license-server/telemetry-overdue', [
  {
    name: 'a manual License Server uploads to Citrix Insight Services',
    yaml: server('telemetry: { mode: manual, lastReported: 2026-08-29 }'),
    expect: [
      {
        line: 6,
        severity: 'error',
        message:
          'license server `ctxls01` last reported on 2026-08-29, 91 days before 2026-11-28; manual mode must report at least every 90 days: upload its telemetry to Citrix Insight Services (cis.citrix.com) as CTX472950 describes, then update `lastReported`',
      },
    ],
  },
  {
    name: 'a manual server that never uploaded',
    yaml: server('telemetry: { mode: manual }'),
    expect: [
      {
        line: 6,
        severity: 'error',
        message:
          'license server `ctxls01` (manual telemetry) has never reported to Citrix: upload its telemetry to Citrix Insight Services (cis.citrix.com) as CTX472950 describes, then record the date in `lastReported`',
      },
    ],
  },
  {
    name: 'an automatic LAS server also needs las.cloud.com',
    yaml: server('activation: las-online', 'telemetry: { mode: automatic }'),
    files: {
      'collected/ctxls01/upload-manifest.json': '{"UTCDate":"2026-11-01T02:00:00Z","Product":"LicenseServerCompliance"}',
    },
    expect: [
      {
        line: 7,
        severity: 'error',
        message:
          'license server `ctxls01` last uploaded telemetry on 2026-11-01 (UTCDate in collected/ctxls01/upload-manifest.json), 27 days before 2026-11-28; automatic mode must report at least every 7 days: check that the server reaches cis.citrix.com (and las.cloud.com, for LAS) on TCP 443 and read log_ctxuploader.log for the failure',
      },
    ],
  },
  {
    name: 'a typed automatic date is not judged: only evidence is',
    yaml: server('activation: las-online', 'telemetry: { mode: automatic, lastReported: 2026-01-01 }'),
    expect: [],
  },
  { name: 'a manual upload 90 days old stays quiet', yaml: server('telemetry: { mode: manual, lastReported: 2026-08-30 }'), expect: [] },
]);

adviceTests('netscaler-console/telemetry-overdue', [
  {
    name: 'a console deployed in 2019 is not told it owed an upload in 2019: it is asked when it switched',
    yaml: console('version: "14.1-51.83"', 'deployedOn: 2019-01-01', 'telemetry: { mode: manual }'),
    expect: [
      {
        line: 9,
        severity: 'warning',
        message:
          'NetScaler Console `adm01` (manual telemetry) has no upload on record and no `manualSince`: record in `telemetry.manualSince` the day it switched to manual mode (or was upgraded to a build with telemetry), so that its first upload, due 30 days later, can be checked',
      },
    ],
  },
  {
    name: 'the 30 days run from manualSince',
    yaml: console('version: "14.1-51.83"', 'deployedOn: 2019-01-01', 'telemetry: { mode: manual, manualSince: 2026-10-28 }'),
    expect: [
      {
        line: 9,
        severity: 'error',
        message:
          'NetScaler Console `adm01` switched to manual telemetry on 2026-10-28 and owed its first upload by 2026-11-27 (30 days later), but has none: download the telemetry from the console and upload it to NetScaler Console service, then record the date in `lastReported`',
      },
    ],
  },
  {
    name: 'still within 30 days of manualSince',
    yaml: console('version: "14.1-51.83"', 'deployedOn: 2019-01-01', 'telemetry: { mode: manual, manualSince: 2026-10-29 }'),
    expect: [],
  },
  {
    name: 'the first-upload window comes from configuration',
    config: { thresholds: { consoleFirstUploadDays: 20 } },
    yaml: console('version: "14.1-51.83"', 'telemetry: { mode: manual, manualSince: 2026-11-01 }'),
    expect: [
      {
        line: 8,
        severity: 'error',
        message:
          'NetScaler Console `adm01` switched to manual telemetry on 2026-11-01 and owed its first upload by 2026-11-21 (20 days later), but has none: download the telemetry from the console and upload it to NetScaler Console service, then record the date in `lastReported`',
      },
    ],
  },
  {
    name: 'an automatic report from before the switch does not bring the first manual upload forward',
    yaml: console('version: "14.1-51.83"', 'telemetry: { mode: manual, manualSince: 2026-11-10, lastReported: 2026-05-01 }'),
    expect: [],
  },
  {
    name: 'a manual console uploads to NetScaler Console service, not the licensing portal',
    yaml: console('version: "14.1-51.83"', 'telemetry: { mode: manual, manualSince: 2026-01-01, lastReported: 2026-08-29 }'),
    expect: [
      {
        line: 8,
        severity: 'error',
        message:
          'NetScaler Console `adm01` last reported on 2026-08-29, 91 days before 2026-11-28; manual mode must report at least every 90 days: download the telemetry from the console and upload it to NetScaler Console service, then update `lastReported`',
      },
    ],
  },
  {
    name: 'a console below the telemetry builds is left to auto-telemetry-unsupported',
    yaml: console('version: "13.1-49.15"', 'telemetry: { mode: manual }'),
    expect: [],
  },
]);

adviceTests('netscaler-console/auto-telemetry-unsupported', [
  {
    name: 'a manual console below the telemetry build is an error that does not suggest manual uploads',
    yaml: console('version: "13.1-49.15"', 'telemetry: { mode: manual, lastReported: 2026-11-27 }'),
    expect: [
      {
        line: 7,
        severity: 'error',
        message:
          'NetScaler Console `adm01` runs version 13.1-49.15, which has no licensing telemetry (the 13.1 line has it from 13.1-53.22): it cannot report to Citrix in any mode; upgrade the console to 14.1-51.83 or newer',
      },
    ],
  },
  {
    name: 'automatic mode, same error',
    yaml: console('version: "14.1-12.35"', 'telemetry: { mode: automatic, lastReported: 2026-11-27 }'),
    expect: [
      {
        line: 7,
        severity: 'error',
        message:
          'NetScaler Console `adm01` runs version 14.1-12.35, which has no licensing telemetry (the 14.1 line has it from 14.1-25.53): it cannot report to Citrix in any mode; upgrade the console to 14.1-51.83 or newer',
      },
    ],
  },
  {
    name: 'disabled, and a whole line without telemetry',
    yaml: console('version: "13.0-92.21"', 'telemetry: { mode: disabled }'),
    expect: [
      {
        line: 7,
        severity: 'error',
        message:
          'NetScaler Console `adm01` runs release 13.0, which has no licensing telemetry (it starts with 13.1-53.22): it cannot report to Citrix in any mode; upgrade the console to 14.1-51.83 or newer',
      },
    ],
  },
  {
    name: 'the telemetry build itself stays quiet',
    yaml: console('version: "13.1-53.22"', 'telemetry: { mode: manual, manualSince: 2026-11-20 }'),
    expect: [],
  },
  {
    name: 'Console Service is out of scope',
    yaml: console('version: "13.1-49.15"', 'telemetry: { mode: manual }').replace('on-premises', 'service'),
    expect: [],
  },
]);

adviceTests('netscaler-console/telemetry-disabled', [
  {
    name: 'an old console is not told to turn telemetry on',
    yaml: console('version: "13.1-49.15"', 'telemetry: { mode: disabled }'),
    expect: [],
  },
  {
    name: 'a console that has telemetry is told where uploads go, with the configured interval',
    config: { thresholds: { manualUploadIntervalDays: 60 } },
    yaml: console('version: "14.1-51.83"', 'telemetry: { mode: disabled }'),
    expect: [
      {
        line: 8,
        severity: 'error',
        message:
          "NetScaler Console `adm01` has telemetry disabled: every on-premises console must report to Citrix. Turn automatic telemetry on (the console's NetScaler Telemetry page), or upload to NetScaler Console service at least every 60 days and set `mode: manual` with `manualSince`",
      },
    ],
  },
]);

adviceTests('deadlines/upcoming', [
  {
    name: "a console's first upload is dated from manualSince, with its destination",
    yaml: console('version: "14.1-51.83"', 'activation: las', 'telemetry: { mode: manual, manualSince: 2026-11-10 }'),
    expect: [
      {
        line: 9,
        severity: 'warning',
        message:
          'First upload of NetScaler Console `adm01` on 2026-12-10 (last day in 12 days): upload its telemetry to NetScaler Console service before then',
      },
    ],
  },
  {
    name: "a License Server's manual upload goes to Citrix Insight Services",
    yaml: server('version: 11.17.2.0 build 53100', 'activation: las-offline', 'telemetry: { mode: manual, lastReported: 2026-09-15 }'),
    expect: [
      {
        line: 8,
        severity: 'warning',
        message:
          'Manual upload of license server `ctxls01` on 2026-12-14 (last day in 16 days): upload its telemetry to Citrix Insight Services (CTX472950) before then',
      },
    ],
  },
]);
