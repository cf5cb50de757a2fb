// Issue 13, point 9: precision follows the evidence; messages use configured values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LICENSE_SERVER_BUILDS } from '../../src/data/license-server-builds.js';
import { adviceTests, lintYaml } from './advice-table.js';

const server = (...lines: string[]) => `version: 1
licenseServers:
  - hostname: ctxls01
    environment: production
    state: active
${lines.map((l) => `    ${l}\n`).join('')}`;

test('the catalog: 56200 and 54100 are only reported, 47000 dated by the capture that shows it', () => {
  const row = (build: number) => LICENSE_SERVER_BUILDS.find((r) => r.build === build);
  assert.equal(row(56200)?.precision, 'reported');
  assert.equal(row(54100)?.precision, 'reported');
  assert.deepEqual([row(47000)?.released, row(47000)?.precision], ['2024-05-18', 'on-or-before']);
});

test('leniency: no catalogued build in policy today is flagged, and the only flags are older builds', () => {
  const flagged = LICENSE_SERVER_BUILDS.filter((r) => r.build >= 40000).filter((r) =>
    lintYaml(server(`version: 11.17.2.0 build ${r.build}`), '2026-11-28').findings.some(
      (f) => f.ruleId === 'license-server/version-outdated',
    ),
  );
  assert.deepEqual(
    flagged.map((r) => r.build),
    [40000, 41000, 42000, 43000, 44000, 45000, 46000, 47000, 48000, 49000, 51000, 52100],
  );
});

adviceTests('license-server/version-outdated', [
  {
    name: "46000 is in policy until 6 months after 47000's confirmed bound (2024-05-18)",
    asOf: '2024-11-18',
    yaml: server('version: 11.17.2.0 build 46000'),
    expect: [],
  },
  {
    name: 'and out the day after',
    asOf: '2024-11-19',
    yaml: server('version: 11.17.2.0 build 46000'),
    expect: [
      {
        line: 6,
        severity: 'error',
        message:
          'license server `ctxls01` runs build 46000, out of policy since 2024-11-18 (build 47000 came out by 2024-05-18, and each release must be installed within 6 months): upgrade to build 47000 or newer',
      },
    ],
  },
  {
    name: 'a deadline from a reported date: quiet on the day',
    asOf: '2027-02-17',
    yaml: server('version: 11.17.2.0 build 54100'),
    expect: [],
  },
  {
    name: 'a deadline only a reported date sets is a warning that says so',
    asOf: '2027-02-18',
    yaml: server('version: 11.17.2.0 build 54100'),
    expect: [
      {
        line: 6,
        severity: 'warning',
        message:
          'license server `ctxls01` runs build 54100, out of policy since 2027-02-17 if build 56200 came out on 2026-08-17 as reported (no Citrix page confirms that date; each release must be installed within 6 months): upgrade to build 56200 or newer',
      },
    ],
  },
  {
    name: 'once configuration confirms the date, it is an error',
    asOf: '2027-02-18',
    config: { licenseServerBuilds: [{ build: 56200, released: '2026-08-17', precision: 'exact', source: 'citrix.com download page' }] },
    yaml: server('version: 11.17.2.0 build 54100'),
    expect: [
      {
        line: 6,
        severity: 'error',
        message:
          'license server `ctxls01` runs build 54100, out of policy since 2027-02-17 (build 56200 came out by 2026-08-17, and each release must be installed within 6 months): upgrade to build 56200 or newer',
      },
    ],
  },
  {
    name: 'the grace period comes from configuration, in the deadline and the message',
    asOf: '2027-03-17',
    config: { thresholds: { versionGraceMonths: 12 } },
    yaml: server('version: 11.17.2.0 build 52100'),
    expect: [
      {
        line: 6,
        severity: 'error',
        message:
          'license server `ctxls01` runs build 52100, out of policy since 2027-03-16 (build 53100 came out by 2026-03-16, and each release must be installed within 12 months): upgrade to build 53100 or newer',
      },
    ],
  },
  {
    name: 'with 12 months, 52100 is in policy today',
    config: { thresholds: { versionGraceMonths: 12 } },
    yaml: server('version: 11.17.2.0 build 52100'),
    expect: [],
  },
]);

adviceTests('license-server/telemetry-disabled', [
  {
    name: 'the manual interval in the message comes from configuration',
    config: { thresholds: { manualUploadIntervalDays: 60 } },
    yaml: server('version: 11.17.2.0 build 53100', 'telemetry: { mode: disabled }'),
    expect: [
      {
        line: 7,
        severity: 'error',
        message:
          'license server `ctxls01` (production) has telemetry disabled: every license server, test and pre-production included, must report to Citrix. Enable automatic reporting (TCP 443 out to cis.citrix.com), or upload to Citrix Insight Services at least every 60 days (CTX472950) and set `mode: manual`',
      },
    ],
  },
  { name: 'automatic telemetry stays quiet', yaml: server('telemetry: { mode: automatic, lastReported: 2026-11-27 }'), expect: [] },
]);

adviceTests('license-server/telemetry-overdue', [
  {
    name: 'the automatic window is the configured one',
    config: { thresholds: { automaticTelemetryMaxAgeDays: 3 } },
    yaml: server('telemetry: { mode: automatic }'),
    files: { 'collected/ctxls01/upload-manifest.json': '{"UTCDate":"2026-11-24T10:00:00Z","Product":"LicenseServerCompliance"}' },
    expect: [
      {
        line: 6,
        severity: 'error',
        message:
          'license server `ctxls01` last uploaded telemetry on 2026-11-24 (UTCDate in collected/ctxls01/upload-manifest.json), 4 days before 2026-11-28; automatic mode must report at least every 3 days: check that the server reaches cis.citrix.com on TCP 443 and read log_ctxuploader.log for the failure',
      },
    ],
  },
  {
    name: 'within the configured window',
    config: { thresholds: { automaticTelemetryMaxAgeDays: 3 } },
    yaml: server('telemetry: { mode: automatic }'),
    files: { 'collected/ctxls01/upload-manifest.json': '{"UTCDate":"2026-11-25T10:00:00Z","Product":"LicenseServerCompliance"}' },
    expect: [],
  },
]);
