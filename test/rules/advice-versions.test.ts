// Issue 13, points 3, 7 and 9: License Server versions, recommended builds, precision of dates.
import { adviceTests } from './advice-table.js';

/** One active production server; `lines` go under it from line 6 on. */
const server = (...lines: string[]) => `version: 1
licenseServers:
  - hostname: ctxls01
    environment: production
    state: active
${lines.map((l) => `    ${l}\n`).join('')}`;

// Point 3: releases before 11.17.2 are out of policy: an error that says upgrade.
adviceTests('license-server/version-outdated', [
  {
    name: 'an 11.16 server is an error to upgrade, not a version to rewrite',
    yaml: server('version: 11.16.6.0 build 34000'),
    expect: [
      {
        line: 6,
        severity: 'error',
        message:
          'license server `ctxls01` runs version 11.16.6.0 build 34000, a release older than 11.17.2 build 40000, which is required since 2023-03-31 for licensing telemetry (the License Server VPX is deprecated): upgrade to the License Server for Windows, 11.17.2 build 53100 or newer',
      },
    ],
  },
  {
    name: 'an 11.15 server written with a dash',
    yaml: server('version: 11.15.0.0-24100'),
    expect: [
      {
        line: 6,
        severity: 'error',
        message:
          'license server `ctxls01` runs version 11.15.0.0-24100, a release older than 11.17.2 build 40000, which is required since 2023-03-31 for licensing telemetry (the License Server VPX is deprecated): upgrade to the License Server for Windows, 11.17.2 build 53100 or newer',
      },
    ],
  },
  {
    name: 'the License Server VPX, as its appliance names it',
    yaml: server('version: 11.16.6 VPX'),
    expect: [
      {
        line: 6,
        severity: 'error',
        message:
          'license server `ctxls01` runs version 11.16.6 VPX, a release older than 11.17.2 build 40000, which is required since 2023-03-31 for licensing telemetry (the License Server VPX is deprecated): upgrade to the License Server for Windows, 11.17.2 build 53100 or newer',
      },
    ],
  },
  {
    name: 'an 11.17.2 build below 40000',
    yaml: server('version: 11.17.2.0 build 39000'),
    expect: [
      {
        line: 6,
        severity: 'error',
        message:
          'license server `ctxls01` runs build 39000, below build 40000, required since 2023-03-31 for licensing telemetry: upgrade to build 53100 or newer',
      },
    ],
  },
  { name: 'a build in policy stays quiet', yaml: server('version: 11.17.2.0 build 53100'), expect: [] },
  { name: 'text that is not a version is not judged here', yaml: server('version: latest'), expect: [] },
  {
    name: 'a decommissioned 11.16 server stays quiet',
    yaml: server('version: 11.16.6.0 build 34000').replace('state: active', 'state: decommissioned'),
    expect: [],
  },
]);

adviceTests('license-server/version-unknown', [
  { name: 'an 11.16 server is not "unknown"', yaml: server('version: 11.16.6.0 build 34000'), expect: [] },
  { name: 'an 11.17.2 build stays quiet', yaml: server('version: 11.17.2 build 56200'), expect: [] },
  {
    name: 'text that is not a version shows the format, not a build to copy',
    yaml: server('version: latest'),
    expect: [
      {
        line: 6,
        severity: 'warning',
        message:
          'license server `ctxls01` has version "latest", which is not a License Server version: copy the version and build exactly as the License Administration Console or Get-LicServerInfo shows them (format `11.17.2.0 build NNNNN`)',
      },
    ],
  },
  {
    name: '11.17.2 without its build',
    yaml: server('version: 11.17.2.0'),
    expect: [
      {
        line: 6,
        severity: 'warning',
        message:
          'license server `ctxls01` has version "11.17.2.0" without its build: add the build as the License Administration Console or Get-LicServerInfo shows it (format `11.17.2.0 build NNNNN`) so that the upgrade deadline can be checked',
      },
    ],
  },
  {
    name: 'a build newer than the catalog',
    yaml: server('version: 11.17.2.0 build 58000'),
    expect: [
      {
        line: 6,
        severity: 'warning',
        message:
          'license server `ctxls01` runs build 58000, newer than every build the release catalog knows (newest: 56200): add the build and its release date under `licenseServerBuilds` in .citrix-license-lint.yml, or update citrix-license-lint',
      },
    ],
  },
  {
    name: 'a release after 11.17.2',
    yaml: server('version: 11.18.0.0 build 1000'),
    expect: [
      {
        line: 6,
        severity: 'warning',
        message:
          'license server `ctxls01` runs version "11.18.0.0 build 1000", a release after 11.17.2 that the release catalog does not know: update citrix-license-lint, or turn this rule off for the server',
      },
    ],
  },
]);

adviceTests('license-server/las-version', [
  {
    name: 'LAS on an 11.16 server is caught, and the advice is a build in policy',
    yaml: server('version: 11.16.3.0 build 30000', 'activation: las-online'),
    expect: [
      {
        line: 6,
        severity: 'error',
        message:
          'license server `ctxls01` uses `las-online` on version 11.16.3.0 build 30000, but online activation needs build 51000 or newer: upgrade the license server to build 53100 or newer',
      },
    ],
  },
  {
    name: 'point 7: online LAS below 51000 is told a build the version rule accepts, not 51000',
    yaml: server('version: 11.17.2.0 build 49000', 'activation: las-online'),
    expect: [
      {
        line: 6,
        severity: 'error',
        message:
          'license server `ctxls01` uses `las-online` on build 49000, but online activation needs build 51000 or newer: upgrade the license server to build 53100 or newer',
      },
    ],
  },
  { name: 'offline LAS on 53100 stays quiet', yaml: server('version: 11.17.2.0 build 53100', 'activation: las-offline'), expect: [] },
]);

// Point 7: recommendations name the oldest build that satisfies every rule on the day.
adviceTests('license-server/file-based-activation', [
  {
    name: 'today 51000 is out of policy: both activations are told 53100',
    yaml: server('version: 11.17.2.0 build 53100', 'activation: files'),
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
    name: 'before end of life 51000 was in policy for online activation',
    asOf: '2026-04-01',
    yaml: server('version: 11.17.2.0 build 53100', 'activation: files'),
    expect: [
      {
        line: 7,
        severity: 'warning',
        message:
          'license server `ctxls01` activates with license files, which reach end of life on 2026-04-15: plan the move to the License Activation Service (upgrade to build 51000 or newer for `las-online`, build 53100 or newer for `las-offline`)',
      },
    ],
  },
  {
    name: 'a build whose upgrade deadline falls within the warning horizon is not recommended',
    asOf: '2026-08-20',
    yaml: server('version: 11.17.2.0 build 53100', 'activation: files'),
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
    name: 'the horizon comes from configuration',
    asOf: '2026-08-20',
    config: { thresholds: { deadlineHorizonDays: 10 } },
    yaml: server('version: 11.17.2.0 build 53100', 'activation: files'),
    expect: [
      {
        line: 7,
        severity: 'error',
        message:
          'license server `ctxls01` still activates with license files; file-based licensing reached end of life on 2026-04-15: move it to the License Activation Service (upgrade to build 51000 or newer for `las-online`, build 53100 or newer for `las-offline`)',
      },
    ],
  },
  { name: 'a LAS server stays quiet', yaml: server('version: 11.17.2.0 build 53100', 'activation: las-online'), expect: [] },
]);
