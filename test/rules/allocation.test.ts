import { ruleTests } from '../helpers/lint-fixture.js';

// Line numbers below count from 1 in each YAML text.
const base = `version: 1
entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 1000, end: 2027-06-30 }
  - { id: old, product: XDT_ENT_UD, type: perpetual, quantity: 10, cssEnd: 2025-06-30 }
  - { id: ends-today, product: MPS_ENT_CCU, type: subscription, quantity: 10, end: 2026-11-28 }
  - { id: ended, product: PVS_STD_CCS, type: subscription, quantity: 10, end: 2026-11-27 }
licenseServers:
  - { hostname: MyLicenseServer1, environment: production, state: decommissioned }
  - { hostname: MyLicenseServer2, environment: production, state: active }
netscalerConsoles:
  - { hostname: adm01.corp.example, deployment: on-premises, environment: production, state: active }
  - { hostname: cloud.corp.example, deployment: service, environment: production, state: active }
allocations:
`;

ruleTests('allocation/orphaned-hostname', [
  {
    name: "the seed's story: licenses moved to MyLicenseServer2, the allocation to MyLicenseServer1 was never returned",
    yaml: `${base}  - { entitlement: uhmc, hostname: MyLicenseServer1, quantity: 1000 }\n  - { entitlement: uhmc, hostname: MyLicenseServer2, quantity: 1000 }\n`,
    lines: [14],
    messages: ['the allocation of 1,000 XDT_PLT_UD licenses from `uhmc` is bound to `MyLicenseServer1`, which is decommissioned: return the allocation in the licensing portal: Manage Licenses, select the allocation, Return allocations'],
  },
  {
    name: 'a ghost hostname that is in no list',
    yaml: `${base}  - { entitlement: uhmc, hostname: ls-gone.corp.example, quantity: 5 }\n`,
    lines: [14],
    messages: ['which is not a license server or NetScaler Console of the inventory'],
  },
  {
    name: 'hostnames equal except for case',
    yaml: `${base}  - { entitlement: uhmc, hostname: mylicenseserver2, quantity: 5 }\n`,
    lines: [14],
    messages: ['differs from license server `MyLicenseServer2` only in letter case'],
  },
  {
    name: 'active servers, on-premises consoles and Console Service are valid targets',
    yaml: `${base}  - { entitlement: uhmc, hostname: MyLicenseServer2, quantity: 5 }\n  - { entitlement: uhmc, hostname: adm01.corp.example, quantity: 5 }\n  - { entitlement: uhmc, hostname: cloud.corp.example, quantity: 5 }\n`,
    lines: [],
  },
]);

ruleTests('allocation/over-entitlement', [
  {
    name: 'allocations add up to more than was bought',
    yaml: `${base}  - { entitlement: uhmc, hostname: MyLicenseServer2, quantity: 600 }\n  - { entitlement: uhmc, hostname: adm01.corp.example, quantity: 500 }\n`,
    lines: [3],
    messages: ['entitlement `uhmc` (XDT_PLT_UD) has 1,100 licenses allocated across 2 allocations but only 1,000 bought: return 100 licenses'],
  },
  { name: 'exactly the quantity bought', yaml: `${base}  - { entitlement: uhmc, hostname: MyLicenseServer2, quantity: 1000 }\n`, lines: [] },
  { name: 'an entitlement with no allocations', yaml: base, lines: [] },
]);

ruleTests('allocation/inactive-entitlement', [
  {
    name: 'perpetual maintenance and a subscription that ended before as-of',
    yaml: `${base}  - { entitlement: old, hostname: MyLicenseServer2, quantity: 10 }\n  - { entitlement: ended, hostname: MyLicenseServer2, quantity: 10 }\n`,
    lines: [14, 15],
    messages: ['perpetual entitlement `old`, whose maintenance (CSS) ended on 2025-06-30', 'subscription `ended`, whose term ended on 2026-11-27'],
  },
  { name: 'a subscription ending on the as-of date is still active', yaml: `${base}  - { entitlement: ends-today, hostname: MyLicenseServer2, quantity: 10 }\n`, lines: [] },
]);

ruleTests('inventory/reference', [
  {
    name: 'an unknown entitlement, with a suggestion',
    yaml: `${base}  - { entitlement: uhmc2, hostname: MyLicenseServer2, quantity: 10 }\n`,
    lines: [14],
    messages: ['names entitlement `uhmc2`, which is not in the inventory: did you mean `uhmc`?'],
  },
]);

ruleTests('inventory/duplicate', [
  {
    name: 'license servers equal except for case, and a repeated entitlement id',
    yaml: `version: 1
entitlements:
  - { id: a, product: XDT_PLT_UD, type: subscription, quantity: 1, end: 2027-01-01 }
  - { id: a, product: XDT_PLT_UD, type: subscription, quantity: 1, end: 2027-01-01 }
licenseServers:
  - { hostname: LS1.corp.example, environment: production, state: active }
  - { hostname: ls1.corp.example, environment: test, state: active }
netscalerConsoles:
  - { hostname: adm, deployment: on-premises, environment: production, state: active }
  - { hostname: ADM, deployment: on-premises, environment: production, state: active }
`,
    lines: [4, 7, 10],
  },
]);
