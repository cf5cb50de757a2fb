import { ruleTests } from '../helpers/lint-fixture.js';

/** One console; `extra` lines follow on line 7. */
const console = (extra: string, deployment = 'on-premises', state = 'active') => `version: 1
netscalerConsoles:
  - hostname: adm01
    deployment: ${deployment}
    environment: production
    state: ${state}
${extra}`;

ruleTests('netscaler-console/telemetry-disabled', [
  { name: 'on-premises, disabled', yaml: console('    telemetry: { mode: disabled }\n'), lines: [7] },
  { name: 'Console Service reports by itself', yaml: console('    telemetry: { mode: disabled }\n', 'service'), lines: [] },
  { name: 'decommissioned', yaml: console('    telemetry: { mode: disabled }\n', 'on-premises', 'decommissioned'), lines: [] },
]);

ruleTests('netscaler-console/telemetry-overdue', [
  { name: 'no telemetry block', yaml: console(''), lines: [3] },
  { name: 'automatic, 8 days old', yaml: console('    telemetry: { mode: automatic, lastReported: 2026-11-20 }\n'), lines: [7] },
  { name: 'manual, first upload still within 30 days of switching to manual', yaml: console('    telemetry: { mode: manual, manualSince: 2026-10-29 }\n'), lines: [] },
  { name: 'manual, no first upload 31 days after switching to manual', yaml: console('    telemetry: { mode: manual, manualSince: 2026-10-28 }\n'), lines: [7], messages: ['switched to manual telemetry on 2026-10-28 and owed its first upload by 2026-11-27 (30 days later)'] },
  { name: 'manual, exactly 90 days', yaml: console('    telemetry: { mode: manual, lastReported: 2026-08-30 }\n'), lines: [] },
  { name: 'manual, 91 days', yaml: console('    telemetry: { mode: manual, lastReported: 2026-08-29 }\n'), lines: [7] },
  { name: 'Console Service', yaml: console('', 'service'), lines: [] },
]);

ruleTests('netscaler-console/auto-telemetry-unsupported', [
  { name: '13.1 below 53.22', yaml: console('    version: "13.1-53.17"\n    telemetry: { mode: automatic, lastReported: 2026-11-27 }\n'), lines: [7], messages: ['the 13.1 line has it from 13.1-53.22'] },
  { name: '13.1-53.22 itself', yaml: console('    version: "13.1-53.22"\n    telemetry: { mode: automatic, lastReported: 2026-11-27 }\n'), lines: [] },
  { name: '14.1 below 25.53', yaml: console('    version: "14.1-21.57"\n    telemetry: { mode: automatic, lastReported: 2026-11-27 }\n'), lines: [7] },
  { name: '14.1-25.53 itself', yaml: console('    version: "14.1-25.53"\n    telemetry: { mode: automatic, lastReported: 2026-11-27 }\n'), lines: [] },
  { name: '13.0 has none', yaml: console('    version: "13.0-92.21"\n    telemetry: { mode: automatic, lastReported: 2026-11-27 }\n'), lines: [7], messages: ['release 13.0, which has no licensing telemetry'] },
  { name: 'a newer line has it', yaml: console('    version: "15.1-1.1"\n    telemetry: { mode: automatic, lastReported: 2026-11-27 }\n'), lines: [] },
  { name: 'manual mode on an old console cannot report either', yaml: console('    version: "13.0-92.21"\n    telemetry: { mode: manual, lastReported: 2026-11-27 }\n'), lines: [7] },
]);

ruleTests('netscaler-console/file-based-activation', [
  { name: 'files after end of life', yaml: console('    activation: files\n'), lines: [7] },
  { name: 'files before end of life', yaml: console('    activation: files\n'), asOf: '2026-04-14', lines: [] },
  { name: 'Console Service', yaml: console('    activation: files\n', 'service'), lines: [] },
]);

ruleTests('netscaler-console/las-version', [
  { name: 'LAS below 14.1-51.83', yaml: console('    version: "14.1-51.80"\n    activation: las\n'), lines: [7] },
  { name: 'LAS on 13.1', yaml: console('    version: "13.1-60.29"\n    activation: las\n'), lines: [7] },
  { name: 'LAS at 14.1-51.83', yaml: console('    version: "14.1-51.83"\n    activation: las\n'), lines: [] },
]);

const served = (files: string) => `${console(`    activation: files\n    licenseFiles:\n${files}`)}netscalerInstances:
  - { name: vpx1, platform: VPX, licensing: flexed, console: adm01 }
`;

ruleTests('netscaler-console/missing-license-files', [
  {
    name: 'a bandwidth file is missing',
    yaml: served('      - { kind: instances, name: i.lic, features: [] }\n'),
    lines: [3],
    messages: ['licenses 1 flexed or pooled instance but has no `bandwidth` license file'],
  },
  { name: 'both present', yaml: served('      - { kind: instances, name: i.lic, features: [] }\n      - { kind: bandwidth, name: b.lic, features: [] }\n'), lines: [] },
  { name: 'no flexed or pooled instance to serve', yaml: console(''), lines: [] },
]);

ruleTests('netscaler-instance/no-console', [
  {
    name: 'flexed without a console, pooled on a decommissioned one',
    yaml: `${console('', 'on-premises', 'decommissioned')}netscalerInstances:
  - { name: vpx1, platform: VPX, licensing: flexed }
  - { name: vpx2, platform: VPX, licensing: pooled, console: adm01 }
  - { name: mpx1, platform: MPX, licensing: standalone }
`,
    lines: [8, 9],
    messages: ['flexed NetScaler instance `vpx1` names no console', 'licensed through `adm01`, which is decommissioned'],
  },
]);

ruleTests('inventory/reference', [
  {
    name: 'an instance names an unknown console',
    yaml: `${console('')}netscalerInstances:\n  - { name: vpx1, platform: VPX, licensing: flexed, console: adm02 }\n`,
    lines: [8],
    messages: ['names console `adm02`, which is not in the inventory: did you mean `adm01`?'],
  },
]);
