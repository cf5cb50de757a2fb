// Issue 13, point 8: NetScaler instance versions against LAS minimums and release lifecycle.
import { adviceTests } from './advice-table.js';

/** A LAS console and a files console; `instances` are netscalerInstances items from line 16 on. */
const inventory = (...instances: string[]) => `version: 1
netscalerConsoles:
  - hostname: adm01
    deployment: on-premises
    environment: production
    state: active
    version: "14.1-51.83"
    activation: las
  - hostname: adm02
    deployment: on-premises
    environment: production
    state: active
    version: "14.1-51.83"
    activation: files
netscalerInstances:
${instances.map((i) => `  - ${i}\n`).join('')}`;

const vpx = (version: string, console = 'adm01') =>
  `{ name: vpx1, platform: VPX, licensing: flexed, console: ${console}, version: "${version}" }`;

adviceTests('netscaler-instance/las-version', [
  {
    name: 'an ADC below the 13.1 minimum is told a build on a maintained line',
    yaml: inventory(vpx('13.1-58.21')),
    expect: [
      {
        line: 16,
        severity: 'error',
        message:
          'NetScaler VPX instance `vpx1` runs 13.1-58.21 and is licensed through the License Activation Service of console `adm01`, but NetScaler ADC on the 13.1 line needs 13.1-60.29 or newer: upgrade it to 14.1-51.80 or newer',
      },
    ],
  },
  {
    name: 'before 13.1 reached end of maintenance, 13.1-60.29 was the advice',
    asOf: '2026-09-01',
    yaml: inventory(vpx('13.1-58.21')),
    expect: [
      {
        line: 16,
        severity: 'error',
        message:
          'NetScaler VPX instance `vpx1` runs 13.1-58.21 and is licensed through the License Activation Service of console `adm01`, but NetScaler ADC on the 13.1 line needs 13.1-60.29 or newer: upgrade it to 13.1-60.29 or newer',
      },
    ],
  },
  {
    name: 'a whole line without LAS',
    yaml: inventory(vpx('13.0-92.21')),
    expect: [
      {
        line: 16,
        severity: 'error',
        message:
          'NetScaler VPX instance `vpx1` runs 13.0-92.21 and is licensed through the License Activation Service of console `adm01`, but NetScaler ADC has no LAS support on release 13.0 (it starts with 13.1-60.29): upgrade it to 14.1-51.80 or newer',
      },
    ],
  },
  {
    name: 'a FIPS appliance has its own minimum',
    yaml: inventory('{ name: mpx-fips, platform: MPX, licensing: pooled, console: adm01, fips: true, version: "13.1-37.200" }'),
    expect: [
      {
        line: 16,
        severity: 'error',
        message:
          'NetScaler MPX instance `mpx-fips` runs 13.1-37.200 and is licensed through the License Activation Service of console `adm01`, but FIPS NetScaler ADC on the 13.1 line needs 13.1-37.247 or newer: upgrade it to 13.1-37.247 or newer',
      },
    ],
  },
  {
    name: 'a FIPS appliance on its minimum stays quiet',
    yaml: inventory('{ name: mpx-fips, platform: MPX, licensing: pooled, console: adm01, fips: true, version: "13.1-37.247" }'),
    expect: [],
  },
  {
    name: 'an SDX is judged by its management service VM',
    yaml: inventory('{ name: sdx1, platform: SDX, licensing: pooled, console: adm01, version: "13.1-60.29" }'),
    expect: [
      {
        line: 16,
        severity: 'error',
        message:
          'NetScaler SDX instance `sdx1` runs 13.1-60.29 and is licensed through the License Activation Service of console `adm01`, but the SDX management service VM (SVM) on the 13.1 line needs 13.1-60.30 or newer: upgrade it to 14.1-51.83 or newer',
      },
    ],
  },
  { name: 'the ADC minimum itself stays quiet', yaml: inventory(vpx('14.1-51.80')), expect: [] },
  { name: 'an instance of a files console is not on LAS', yaml: inventory(vpx('13.1-58.21', 'adm02')), expect: [] },
  {
    name: 'a standalone instance is not judged',
    yaml: inventory('{ name: mpx1, platform: MPX, licensing: standalone, version: "13.1-49.15" }'),
    expect: [],
  },
  {
    name: 'minimums come from configuration',
    config: { netscaler: { instanceLasMinimum: { '14.1': '14.1-56.1' } } },
    yaml: inventory(vpx('14.1-51.80')),
    expect: [
      {
        line: 16,
        severity: 'error',
        message:
          'NetScaler VPX instance `vpx1` runs 14.1-51.80 and is licensed through the License Activation Service of console `adm01`, but NetScaler ADC on the 14.1 line needs 14.1-56.1 or newer: upgrade it to 14.1-56.1 or newer',
      },
    ],
  },
]);

adviceTests('netscaler-instance/release-lifecycle', [
  {
    name: '13.0 is past end of life',
    yaml: inventory(vpx('13.0-92.21', 'adm02')),
    expect: [
      {
        line: 16,
        severity: 'error',
        message:
          'NetScaler VPX instance `vpx1` runs 13.0-92.21; release 13.0 reached end of life on 2024-07-15 and gets neither fixes nor support: upgrade it to 14.1-51.80 or newer',
      },
    ],
  },
  { name: '13.1 on its last day of maintenance', asOf: '2026-09-15', yaml: inventory(vpx('13.1-60.29')), expect: [] },
  {
    name: '13.1 the day after: a warning',
    asOf: '2026-09-16',
    yaml: inventory(vpx('13.1-60.29')),
    expect: [
      {
        line: 16,
        severity: 'warning',
        message:
          'NetScaler VPX instance `vpx1` runs 13.1-60.29; release 13.1 reached end of maintenance on 2026-09-15 (no new builds; end of life 2027-09-15): plan the upgrade to 14.1-51.80 or newer',
      },
    ],
  },
  {
    name: '13.1 after end of life: an error',
    asOf: '2027-09-16',
    yaml: inventory(vpx('13.1-60.29')),
    expect: [
      {
        line: 16,
        severity: 'error',
        message:
          'NetScaler VPX instance `vpx1` runs 13.1-60.29; release 13.1 reached end of life on 2027-09-15 and gets neither fixes nor support: upgrade it to 14.1-51.80 or newer',
      },
    ],
  },
  { name: '14.1 is maintained', yaml: inventory(vpx('14.1-51.80')), expect: [] },
  { name: 'a line missing from the table is not judged', yaml: inventory(vpx('12.1-65.25', 'adm02')), expect: [] },
  {
    name: 'an instance without a version is not judged',
    yaml: inventory('{ name: vpx1, platform: VPX, licensing: flexed, console: adm01 }'),
    expect: [],
  },
  {
    name: 'the table comes from configuration',
    config: { netscaler: { releaseLines: [{ line: '14.1', endOfMaintenance: '2026-11-01', source: 'test' }] } },
    yaml: inventory(vpx('14.1-51.80')),
    expect: [
      {
        line: 16,
        severity: 'warning',
        message:
          'NetScaler VPX instance `vpx1` runs 14.1-51.80; release 14.1 reached end of maintenance on 2026-11-01 (no new builds; end of life not announced): plan the upgrade to a release line still in maintenance',
      },
    ],
  },
]);
