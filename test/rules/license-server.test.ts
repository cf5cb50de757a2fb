import { ruleTests } from '../helpers/lint-fixture.js';

/** One active server; `extra` lines are indented under it (line 5 onwards). */
const server = (extra: string, state = 'active') => `version: 1
licenseServers:
  - hostname: ls1
    environment: test
    state: ${state}
${extra}`;

ruleTests('license-server/telemetry-disabled', [
  { name: 'disabled on a test server', yaml: server('    telemetry: { mode: disabled }\n'), lines: [6], messages: ['license server `ls1` (test) has telemetry disabled'] },
  { name: 'disabled on a decommissioned server is out of scope', yaml: server('    telemetry: { mode: disabled }\n', 'decommissioned'), lines: [] },
  { name: 'automatic', yaml: server('    telemetry: { mode: automatic, lastReported: 2026-11-27 }\n'), lines: [] },
]);

ruleTests('license-server/telemetry-overdue', [
  { name: 'a server with no telemetry block', yaml: server(''), lines: [3], messages: ['has no telemetry record'] },
  { name: 'automatic mode that never reported', yaml: server('    telemetry: { mode: automatic }\n'), lines: [6], messages: ['has never reported'] },
  { name: 'automatic, 7 days old', yaml: server('    telemetry: { mode: automatic, lastReported: 2026-11-21 }\n'), lines: [] },
  { name: 'automatic, 8 days old', yaml: server('    telemetry: { mode: automatic, lastReported: 2026-11-20 }\n'), lines: [6], messages: ['last reported on 2026-11-20, 8 days before 2026-11-28; automatic mode must report at least every 7 days'] },
  { name: 'a manual upload exactly 90 days old', yaml: server('    telemetry: { mode: manual, lastReported: 2026-08-30 }\n'), lines: [] },
  { name: 'a manual upload 91 days old', yaml: server('    telemetry: { mode: manual, lastReported: 2026-08-29 }\n'), lines: [6], messages: ['91 days before 2026-11-28; manual mode must report at least every 90 days'] },
  { name: 'a timestamp is read as its date', yaml: server('    telemetry: { mode: automatic, lastReported: "2026-11-27T23:59:00Z" }\n'), lines: [] },
  { name: 'the window comes from configuration', yaml: server('    telemetry: { mode: manual, lastReported: 2026-08-29 }\n'), options: { settings: withPolicy({ manualUploadIntervalDays: 120 }) }, lines: [] },
  { name: 'decommissioned servers are out of scope', yaml: server('    telemetry: { mode: automatic }\n', 'decommissioned'), lines: [] },
]);

ruleTests('license-server/version-outdated', [
  { name: 'below build 40000', yaml: server('    version: 11.17.2.0 build 39000\n'), lines: [6], messages: ['runs build 39000, below build 40000, required since 2023-03-31'] },
  {
    name: 'a build superseded more than 6 months ago names the deadline and the target',
    yaml: server('    version: 11.17.2.0-52100\n'),
    lines: [6],
    messages: ['runs build 52100, out of policy since 2026-09-16 (build 53100 came out by 2026-03-16, and each release must be installed within 6 months): upgrade to build 53100 or newer'],
  },
  { name: 'a build superseded exactly 6 months before as-of is still in policy', yaml: server('    version: 11.17.2 build 52100\n'), asOf: '2026-09-16', lines: [] },
  { name: 'one day later it is out', yaml: server('    version: 11.17.2 build 52100\n'), asOf: '2026-09-17', lines: [6] },
  { name: 'the newest build', yaml: server('    version: 11.17.2.0 build 56200\n'), lines: [] },
  { name: 'decommissioned', yaml: server('    version: 11.17.2.0 build 30000\n', 'decommissioned'), lines: [] },
]);

ruleTests('license-server/version-unknown', [
  { name: 'no version', yaml: server('    telemetry: { mode: automatic, lastReported: 2026-11-27 }\n'), lines: [3], messages: ['has no `version`'] },
  { name: 'unreadable', yaml: server('    version: latest\n'), lines: [6], messages: ['has version "latest", which is not a License Server version'] },
  { name: 'newer than the catalog', yaml: server('    version: 11.17.2.0 build 58000\n'), lines: [6], messages: ['newer than every build the release catalog knows (newest: 56200)'] },
  {
    name: 'a catalog override makes the build known',
    yaml: server('    version: 11.17.2.0 build 58000\n'),
    options: { settings: withBuilds([{ build: 58000, released: '2026-11-01', precision: 'exact', source: 'test' }]) },
    lines: [],
  },
]);

ruleTests('license-server/file-based-activation', [
  { name: 'files after end of life', yaml: server('    activation: files\n'), lines: [6], severities: ['error'] },
  { name: 'files before end of life is a warning', yaml: server('    activation: files\n'), asOf: '2026-04-14', lines: [6], severities: ['warning'], messages: ['reach end of life on 2026-04-15'] },
  { name: 'on the end-of-life day it is an error', yaml: server('    activation: files\n'), asOf: '2026-04-15', lines: [6], severities: ['error'] },
  { name: 'LAS', yaml: server('    activation: las-online\n'), lines: [] },
]);

ruleTests('license-server/las-version', [
  { name: 'online below 51000', yaml: server('    version: 11.17.2.0 build 49000\n    activation: las-online\n'), lines: [6], messages: ['online activation needs build 51000'] },
  { name: 'online at 51000', yaml: server('    version: 11.17.2.0 build 51000\n    activation: las-online\n'), lines: [] },
  { name: 'offline below 53100', yaml: server('    version: 11.17.2.0 build 52100\n    activation: las-offline\n'), lines: [6], messages: ['offline (air-gapped) activation needs build 53100'] },
  { name: 'offline at 53100', yaml: server('    version: 11.17.2.0 build 53100\n    activation: las-offline\n'), lines: [] },
]);

import { defaultSettings, type Settings } from '../../src/domain/settings.js';
import type { Policy } from '../../src/data/policy.js';
import type { BuildRelease } from '../../src/data/license-server-builds.js';

function withPolicy(policy: Partial<Policy>): Settings {
  const settings = defaultSettings();
  Object.assign(settings.policy, policy);
  return settings;
}

function withBuilds(builds: BuildRelease[]): Settings {
  const settings = defaultSettings();
  settings.builds = [...settings.builds, ...builds];
  return settings;
}
