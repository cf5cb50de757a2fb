// Deterministic generator of realistic inventories for the benchmark: entitlements,
// license servers with inline and .lic license files, allocations, consoles and
// instances, with a few violations of each kind. Same size in, same bytes out.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Size {
  name: string;
  servers: number;
  allocationsPerServer: number;
}

export const SIZES: Size[] = [
  { name: 'S', servers: 50, allocationsPerServer: 100 },
  { name: 'M', servers: 250, allocationsPerServer: 110 },
  { name: 'L', servers: 2500, allocationsPerServer: 110 },
];

/** mulberry32: a small seeded generator, so every run writes the same inventory. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRODUCTS = ['XDT_PLT_UD', 'XDT_ENT_UD', 'MPS_ENT_CCU', 'PVS_STD_CCS', 'XDS_ADV_CCS', 'CXS_ENT_CCS'];
const BUILDS = ['56200', '56200', '56200', '54100', '53100', '52100', '49000'];

export function generate(size: Size, folder: string): { files: number; bytes: number } {
  const rand = random(20261128 + size.servers);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const pad = (n: number, width = 5) => String(n).padStart(width, '0');
  let bytes = 0;
  let files = 0;
  const write = (name: string, text: string) => {
    const full = path.join(folder, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    bytes += Buffer.byteLength(text);
    files++;
  };

  const entitlementCount = Math.max(20, Math.round(size.servers / 2));
  const entitlements: { id: string; product: string; quantity: number }[] = [];
  const ent: string[] = [
    '# yaml-language-server: $schema=inventory.schema.json',
    'version: 1',
    'organization: { name: Benchmark Corp, orgId: "7654321" }',
    'entitlements:',
  ];
  for (let i = 0; i < entitlementCount; i++) {
    const product = PRODUCTS[i % PRODUCTS.length]!;
    const perpetual = i % 5 === 0;
    const quantity = 20_000 + Math.floor(rand() * 50_000);
    const id = `ent-${pad(i)}`;
    entitlements.push({ id, product, quantity });
    ent.push(
      `  - id: ${id}`,
      `    product: ${product}`,
      `    type: ${perpetual ? 'perpetual' : 'subscription'}`,
      `    quantity: ${quantity}`,
    );
    // A few ended terms and lapsed maintenance, as real inventories have.
    const end = i % 37 === 0 ? '2026-06-30' : `202${7 + (i % 3)}-12-31`;
    ent.push(perpetual ? `    cssEnd: ${end}` : `    end: ${end}`, `    offering: ${perpetual ? 'perpetual' : 'UL HMC'}`);
  }
  write('entitlements.yaml', `${ent.join('\n')}\n`);

  const perFile = 250;
  const hostnames: string[] = [];
  for (let start = 0; start < size.servers; start += perFile) {
    const lines = ['version: 1', 'licenseServers:'];
    for (let i = start; i < Math.min(size.servers, start + perFile); i++) {
      const hostname = `ctxls${pad(i)}.region${i % 7}.bench.example`;
      hostnames.push(hostname);
      const decommissioned = i % 41 === 40;
      const mode = i % 53 === 0 ? 'disabled' : i % 4 === 0 ? 'manual' : 'automatic';
      const last =
        mode === 'manual' ? `2026-${String(8 + (i % 4)).padStart(2, '0')}-1${i % 9}` : i % 29 === 0 ? '2026-11-01' : '2026-11-27';
      lines.push(
        `  # ${i % 3 === 0 ? 'Datacenter' : 'Branch'} license server ${i}`,
        `  - hostname: ${hostname}`,
        `    environment: ${pick(['production', 'production', 'pre-production', 'test', 'disaster-recovery'])}`,
        `    state: ${decommissioned ? 'decommissioned' : 'active'}`,
        `    version: 11.17.2.0 build ${pick(BUILDS)}`,
        `    activation: ${i % 61 === 0 ? 'files' : mode === 'manual' ? 'las-offline' : 'las-online'}`,
        `    telemetry:`,
        `      mode: ${mode}`,
        `      lastReported: ${last}`,
        `    licenseFiles:`,
      );
      if (i % 10 === 0) {
        lines.push(`      - path: ../licenses/${hostname}.lic`);
        const product = PRODUCTS[i % PRODUCTS.length]!;
        const expiry = i % 20 === 0 ? '31-dec-2025' : '31-dec-2027';
        write(
          `licenses/${hostname}.lic`,
          [
            `SERVER this_host HOSTNAME=${hostname}`,
            'VENDOR CITRIX',
            'USE_SERVER',
            `INCREMENT ${product} CITRIX 2027.1231 ${expiry} 40 \\`,
            '\tVENDOR_STRING=;LT=RetailS;GP=720;CL=VDS,VDA,VDE,VDP;SA=1;ODP=0 \\',
            `\tDUP_GROUP=NONE ISSUED=10-jan-2025 NOTICE="Benchmark Corp" SN=LA-0007654321-${pad(i)}:1 \\`,
            '\tSTART=09-jan-2025 SIGN="0A1B 2C3D 4E5F 6A7B 8C9D 0E1F 2A3B 4C5D \\',
            '\t6E7F 8A9B"',
            '',
          ].join('\n'),
        );
      }
      lines.push(`      - name: inline-${pad(i)}.lic`, `        hostname: ${hostname}`, '        features:');
      for (let f = 0; f < 2; f++) {
        const product = PRODUCTS[(i + f) % PRODUCTS.length]!;
        const expires = product === 'XDT_ENT_UD' ? 'permanent' : i % 47 === 0 ? '2026-10-31' : '2027-12-31';
        lines.push(
          `          - { product: ${product}, count: ${10 + (i % 20)}, expires: ${expires}, licenseType: ${expires === 'permanent' ? 'Retail' : 'RetailS'} }`,
        );
      }
    }
    write(`license-servers/servers-${pad(start / perFile, 3)}.yaml`, `${lines.join('\n')}\n`);
  }

  const allocationsPerFile = 20_000;
  const total = size.servers * size.allocationsPerServer;
  for (let start = 0; start < total; start += allocationsPerFile) {
    const lines = ['version: 1', 'allocations:'];
    for (let i = start; i < Math.min(total, start + allocationsPerFile); i++) {
      const server = i % size.servers;
      const entitlement = entitlements[(server + Math.floor(i / size.servers)) % entitlements.length]!;
      const hostname = i % 997 === 0 ? `ghost${pad(i)}.bench.example` : hostnames[server]!;
      if (i % 3 === 0)
        lines.push(
          `  - entitlement: ${entitlement.id}`,
          `    hostname: ${hostname}`,
          `    quantity: ${1 + (i % 9)}`,
          `    allocatedOn: 2025-0${1 + (i % 9)}-1${i % 9}`,
        );
      else lines.push(`  - { entitlement: ${entitlement.id}, hostname: ${hostname}, quantity: ${1 + (i % 9)} }`);
    }
    write(`allocations/allocations-${pad(start / allocationsPerFile, 3)}.yaml`, `${lines.join('\n')}\n`);
  }

  const consoles = Math.max(2, Math.round(size.servers / 25));
  const ns = ['version: 1', 'netscalerConsoles:'];
  for (let c = 0; c < consoles; c++) {
    ns.push(
      `  - hostname: adm${pad(c, 3)}.bench.example`,
      '    deployment: on-premises',
      '    environment: production',
      '    state: active',
      `    version: "${c % 9 === 0 ? '13.1-49.15' : '14.1-51.83'}"`,
      `    activation: ${c % 11 === 0 ? 'files' : 'las'}`,
      '    telemetry: { mode: automatic, lastReported: 2026-11-27 }',
      '    licenseFiles:',
      `      - { kind: instances, name: adm${c}-instances.lic, hostname: adm${pad(c, 3)}.bench.example, features: [{ product: CNS_V1000_SERVER, count: 50, expires: 2027-09-30 }] }`,
    );
    if (c % 5 !== 0)
      ns.push(
        `      - { kind: bandwidth, name: adm${c}-bandwidth.lic, hostname: adm${pad(c, 3)}.bench.example, features: [{ product: CNS_BW_POOL, count: 5, expires: 2027-09-30 }] }`,
      );
  }
  ns.push('netscalerInstances:');
  for (let n = 0; n < consoles * 20; n++) {
    ns.push(
      `  - { name: vpx-${pad(n)}, platform: VPX, licensing: ${n % 3 === 0 ? 'pooled' : 'flexed'}${n % 97 === 0 ? '' : `, console: adm${pad(n % consoles, 3)}.bench.example`} }`,
    );
  }
  write('netscaler.yaml', `${ns.join('\n')}\n`);
  return { files, bytes };
}
