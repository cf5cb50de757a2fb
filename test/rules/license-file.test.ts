import { ruleTests } from '../helpers/lint-fixture.js';

const ents = `version: 1
entitlements:
  - { id: sub, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-06-30 }
  - { id: perp-lapsed, product: XDT_ENT_UD, type: perpetual, quantity: 50, cssEnd: 2025-06-30 }
  - { id: perp-ok, product: MPS_ENT_CCU, type: perpetual, quantity: 50, cssEnd: 2027-01-31 }
allocations:
  - { entitlement: sub, hostname: ls1, quantity: 100 }
  - { entitlement: perp-lapsed, hostname: ls1, quantity: 50 }
  - { entitlement: perp-ok, hostname: ls1, quantity: 50 }
licenseServers:
  - hostname: ls1
    environment: production
    state: active
    licenseFiles:
      - name: f.lic
        hostname: ls1
        features:
`;
// Features start on line 18.

ruleTests('license-file/expired', [
  { name: 'expired the day before as-of', yaml: `${ents}          - { product: XDT_PLT_UD, count: 10, expires: 2026-11-27 }\n`, lines: [18], messages: ['XDT_PLT_UD in f.lic on license server `ls1` expired on 2026-11-27'] },
  { name: 'expiring on as-of is still valid', yaml: `${ents}          - { product: XDT_PLT_UD, count: 10, expires: 2026-11-28 }\n`, lines: [] },
  { name: 'the startup license is ignored', yaml: `${ents}          - { product: CITRIX, count: uncounted, expires: 2020-01-01 }\n`, lines: [] },
  {
    name: 'a decommissioned server is out of scope',
    yaml: `${ents}          - { product: XDT_PLT_UD, count: 10, expires: 2026-01-01 }\n`.replace('state: active', 'state: decommissioned'),
    lines: [],
  },
]);

ruleTests('license-file/inactive-perpetual', [
  { name: 'maintenance lapsed', yaml: `${ents}          - { product: XDT_ENT_UD, count: 50, expires: permanent }\n`, lines: [18], messages: ['perpetual XDT_ENT_UD in f.lic on license server `ls1` has no perpetual entitlement with active maintenance (maintenance ended on 2025-06-30)'] },
  {
    name: 'mixed with active subscriptions (UL HMC) says so',
    yaml: `${ents}          - { product: XDT_ENT_UD, count: 50, expires: permanent }\n          - { product: XDT_PLT_UD, count: 100, expires: 2027-06-30 }\n`,
    lines: [18],
    messages: ['also holds active subscription licenses'],
  },
  { name: 'no perpetual entitlement at all', yaml: `${ents}          - { product: PVS_STD_CCS, count: 5, expires: permanent }\n`, lines: [18], messages: ['no perpetual entitlement for this product is in the inventory'] },
  { name: 'maintenance active', yaml: `${ents}          - { product: MPS_ENT_CCU, count: 50, expires: permanent }\n`, lines: [] },
]);

ruleTests('license-file/hostname-mismatch', [
  { name: 'a different host', yaml: ents.replace('        hostname: ls1\n', '        hostname: ls2\n'), lines: [16], messages: ['bound to HOSTNAME=ls2, but it is installed on license server `ls1`'] },
  { name: 'a case-only difference says so', yaml: ents.replace('        hostname: ls1\n', '        hostname: LS1\n'), lines: [16], messages: ['differs from license server `ls1` only in letter case'] },
  { name: 'the same host', yaml: ents, lines: [] },
]);

ruleTests('license-file/unallocated', [
  { name: 'installed without an allocation to the host', yaml: `${ents}          - { product: CNS_V1000_SERVER, count: 1, expires: 2027-01-01 }\n`, lines: [18], severities: ['warning'] },
  { name: 'allocated (hostname compared ignoring case)', yaml: `${ents}          - { product: XDT_PLT_UD, count: 1, expires: 2027-01-01 }\n`.replace('hostname: ls1, quantity: 100', 'hostname: LS1, quantity: 100'), lines: [] },
]);

ruleTests('licenses/installed-exceeds-purchased', [
  {
    name: 'more installed than bought, across two servers',
    yaml: `${ents}          - { product: XDT_PLT_UD, count: 80, expires: 2027-06-30 }
  - hostname: ls2
    environment: test
    state: active
    licenseFiles:
      - name: g.lic
        features:
          - { product: XDT_PLT_UD, count: 30, expires: 2027-06-30 }
`,
    lines: [18],
    messages: ['XDT_PLT_UD: 110 licenses installed (ls1: 80 and ls2: 30) but 100 purchased in active entitlements (sub): remove 10 installed licenses'],
  },
  { name: 'exactly what was bought', yaml: `${ents}          - { product: XDT_PLT_UD, count: 100, expires: 2027-06-30 }\n`, lines: [] },
  {
    name: 'decommissioned servers and expired lines do not count',
    yaml: `${ents}          - { product: XDT_PLT_UD, count: 100, expires: 2027-06-30 }
          - { product: XDT_PLT_UD, count: 100, expires: 2026-01-01 }
  - hostname: ls-old
    environment: production
    state: decommissioned
    licenseFiles:
      - name: g.lic
        features:
          - { product: XDT_PLT_UD, count: 500, expires: 2027-06-30 }
`,
    lines: [],
  },
]);
