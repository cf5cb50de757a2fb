import { ruleTests } from '../helpers/lint-fixture.js';

ruleTests('deadlines/upcoming', [
  {
    name: 'a term end, a maintenance end, a manual upload and an upgrade within 30 days',
    asOf: '2027-01-20',
    yaml: `version: 1
entitlements:
  - { id: s, product: XDT_PLT_UD, type: subscription, quantity: 1, end: 2027-02-01 }
  - { id: p, product: XDT_ENT_UD, type: perpetual, quantity: 1, cssEnd: 2027-01-20 }
  - { id: later, product: MPS_ENT_CCU, type: subscription, quantity: 1, end: 2027-03-01 }
licenseServers:
  - hostname: ls1
    environment: production
    state: active
    version: 11.17.2.0 build 53100
    telemetry: { mode: manual, lastReported: 2026-11-01 }
`,
    // Sorted by position: the entitlements first, then the server's version and upload.
    lines: [3, 4, 10, 11],
    messages: ['Term end of entitlement `s` (XDT_PLT_UD) on 2027-02-01 (last day in 12 days)', 'Maintenance end of entitlement `p` (XDT_ENT_UD) on 2027-01-20 (today is the last day)', 'Upgrade of license server `ls1` (build 53100) on 2027-02-17', 'Manual upload of license server `ls1` on 2027-01-30'],
  },
  {
    name: 'the horizon comes from configuration',
    asOf: '2027-01-20',
    yaml: 'version: 1\nentitlements:\n  - { id: later, product: MPS_ENT_CCU, type: subscription, quantity: 1, end: 2027-03-01 }\n',
    options: { settings: withHorizon(60) },
    lines: [3],
  },
  { name: 'nothing due within 30 days', yaml: 'version: 1\nentitlements:\n  - { id: later, product: MPS_ENT_CCU, type: subscription, quantity: 1, end: 2027-03-01 }\n', lines: [] },
  { name: 'a deadline already past is the other rules\' error, not upcoming', yaml: 'version: 1\nentitlements:\n  - { id: gone, product: MPS_ENT_CCU, type: subscription, quantity: 1, end: 2026-11-27 }\n', lines: [] },
]);

import { defaultSettings } from '../../src/domain/settings.js';

function withHorizon(days: number) {
  const settings = defaultSettings();
  settings.policy.deadlineHorizonDays = days;
  return settings;
}
