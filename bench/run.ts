// npm run bench: times the linter against the JSON floor (the same inventory as JSON, read
// and JSON.parsed: the headline ratio), its YAML floor (yaml's parseDocument alone), its own
// reader alone, a peer (ajv-cli, schema only) and an empty Node process, on generated
// inventories of three sizes, in the same run and interleaved, and reports medians; then
// `history` per commit (bench/history.ts). Not part of npm test.
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, SIZES } from './generate.js';
import { printPrPath } from './pr-path.js';
import { benchHistory } from './history.js';
import { writeJsonCopy } from './json-copy.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const HISTORY = 'history';
const RUNS: Record<string, number> = { S: 9, M: 5, L: 3 };

interface Sample {
  ms: number;
  /** CPU time, user + system (GNU time, 10 ms steps): what a loaded machine changes least. */
  cpuMs: number;
  maxRssMb: number;
}

/** Wall time by hrtime around the child; peak memory (KB) and CPU time (s) by GNU time. */
function measure(command: string[], cwd: string): Sample {
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', '%M %U %S', ...command], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const [kb, user, system] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { ms, cpuMs: (user! + system!) * 1000, maxRssMb: kb! / 1024 };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** bench/json-floor.ts as one small ES module: it imports nothing but Node's own modules. */
function bundleJsonFloor(folder: string): string {
  const outfile = path.join(folder, 'json-floor.mjs');
  buildSync({
    entryPoints: [path.join(ROOT, 'bench/json-floor.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  return outfile;
}

/** bench/floor.ts as one ES module, built like dist/ (it imports the TypeScript sources). */
function bundleFloor(folder: string): string {
  const outfile = path.join(folder, 'floor.mjs');
  // The bundle imports yaml, a CommonJS package that calls require().
  buildSync({
    entryPoints: [path.join(ROOT, 'bench/floor.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

function commands(folder: string, floor: string, jsonFloor: string, jsonFolder: string): Record<string, string[]> {
  return {
    lint: [node, path.join(ROOT, 'dist/cli.js'), folder, '--format', 'json', '--as-of', '2026-11-28', '--fail-on', 'never'],
    'JSON floor': [node, jsonFloor, jsonFolder],
    floor: [node, floor, 'yaml', folder],
    'own reader': [node, floor, 'own', folder],
    'ajv-cli': [
      node,
      path.join(ROOT, 'node_modules/ajv-cli/dist/index.js'),
      'validate',
      '-s',
      path.join(ROOT, 'inventory-schema/inventory.schema.json'),
      '-d',
      `${folder}/**/*.yaml`,
      '--strict=false',
      '-c',
      'ajv-formats',
      '--all-errors',
      '--errors=json',
    ],
    'node -e 0': [node, '-e', '0'],
  };
}

function bench(label: string, commandSet: Record<string, string[]>, runs: number, cwd: string) {
  const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(commandSet).map((k) => [k, []]));
  const names = Object.keys(commandSet);
  for (let run = 0; run < runs; run++) {
    // Rotate the order so no command always runs first (cold caches) or last.
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + run) % names.length]!;
      samples[name]!.push(measure(commandSet[name]!, cwd));
    }
  }
  const result = Object.fromEntries(
    Object.entries(samples).map(([k, s]) => [
      k,
      { ms: median(s.map((x) => x.ms)), cpuMs: median(s.map((x) => x.cpuMs)), maxRssMb: median(s.map((x) => x.maxRssMb)) },
    ]),
  );
  return { label, runs, result, samples };
}

/** One row of the headline table: the lint against the JSON floor, wall and CPU time, peak memory. */
function jsonFloorRow(
  size: string,
  bytes: number,
  jsonBytes: number,
  runs: number,
  lint: Sample,
  json: Sample,
  lints: Sample[],
  jsons: Sample[],
) {
  const perRound = (of: (x: Sample) => number) => median(lints.map((x, i) => of(x) / of(jsons[i]!))).toFixed(2);
  return `| ${size} | ${(bytes / 1e6).toFixed(1)} MB | ${(jsonBytes / 1e6).toFixed(1)} MB | ${runs} | ${lint.ms.toFixed(0)} ms | ${json.ms.toFixed(0)} ms | ${perRound((x) => x.ms)} | ${lint.cpuMs.toFixed(0)} ms | ${json.cpuMs.toFixed(0)} ms | ${perRound((x) => x.cpuMs)} | ${lint.maxRssMb.toFixed(0)} MB | ${json.maxRssMb.toFixed(0)} MB |`;
}

const rows: string[] = [];
const print = (line: string) => {
  rows.push(line);
  console.log(line);
};
print(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
print('');
print(
  '| size | YAML | runs | lint (a) | floor (b) | own reader (b′) | ajv-cli (c) | node -e 0 (d) | a/b | a/b′ | a/c | lint peak RSS | floor peak RSS | own reader peak RSS |',
);
print('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const perSize: Record<string, number> = {};
/** Lint against the JSON floor, one row per size: printed after the table above. */
const headline: string[] = [];
const tools = mkdtempSync(path.join(tmpdir(), 'cll-bench-tools-'));
try {
  const floor = bundleFloor(tools);
  const jsonFloor = bundleJsonFloor(tools);
  for (const size of SIZES) {
    if (only.length && !only.includes(size.name)) continue;
    const folder = mkdtempSync(path.join(tmpdir(), `cll-bench-${size.name}-`));
    try {
      const { bytes } = generate(size, folder);
      // Beside the inventory, not in it: the lint and the floors read every file of its folder.
      const jsonFolder = `${folder}-json`;
      const jsonBytes = writeJsonCopy(folder, jsonFolder);
      const { result, runs, samples } = bench(size.name, commands(folder, floor, jsonFloor, jsonFolder), RUNS[size.name] ?? 3, ROOT);
      headline.push(
        jsonFloorRow(size.name, bytes, jsonBytes, runs, result.lint!, result['JSON floor']!, samples.lint!, samples['JSON floor']!),
      );
      const a = result.lint!;
      const b = result.floor!;
      const own = result['own reader']!;
      const c = result['ajv-cli']!;
      const d = result['node -e 0']!;
      perSize[size.name] = a.ms;
      const ms = (x: Sample) => `${x.ms.toFixed(0)} ms`;
      const mb = (x: Sample) => `${x.maxRssMb.toFixed(0)} MB`;
      const ratio = (x: Sample, y: Sample) => (x.ms / y.ms).toFixed(2);
      print(
        `| ${size.name} | ${(bytes / 1e6).toFixed(1)} MB | ${runs} | ${ms(a)} | ${ms(b)} | ${ms(own)} | ${ms(c)} | ${ms(d)} | ${ratio(a, b)} | ${ratio(a, own)} | ${ratio(a, c)} | ${mb(a)} | ${mb(b)} | ${mb(own)} |`,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(`${folder}-json`, { recursive: true, force: true });
    }
  }
} finally {
  rmSync(tools, { recursive: true, force: true });
}
print('\nThe lint against the JSON floor (medians; the ratios are medians of the ratios within each round):\n');
print(
  '| size | YAML | JSON | runs | lint, wall | JSON floor, wall | lint / JSON floor, wall | lint, CPU | JSON floor, CPU | lint / JSON floor, CPU | lint peak RSS | JSON floor peak RSS |',
);
print('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of headline) print(row);

if (perSize.M && perSize.L)
  print(
    `\nL / M time: ${(perSize.L / perSize.M).toFixed(2)} (linear growth would be about ${(SIZES[2]!.servers / SIZES[1]!.servers).toFixed(0)})`,
  );

print('\nStart-up on the examples (median of 15, interleaved):\n');
print('| example | lint | node -e 0 | difference |');
print('|---|---:|---:|---:|');
for (const example of ['examples/contoso', 'examples/fabrikam']) {
  const { result } = bench(
    example,
    { lint: [node, 'dist/cli.js', example, '--fail-on', 'never'], 'node -e 0': [node, '-e', '0'] },
    15,
    ROOT,
  );
  print(
    `| ${example} | ${result.lint!.ms.toFixed(0)} ms | ${result['node -e 0']!.ms.toFixed(0)} ms | +${(result.lint!.ms - result['node -e 0']!.ms).toFixed(0)} ms |`,
  );
}

// The action's pull request path (`npm run bench -- PR` alone).
if (only.length === 0 || only.includes('PR')) await printPrPath(ROOT, print);
// `npm run bench -- history` runs this part alone (with the start-up figures above).
if (!only.length || only.includes(HISTORY)) benchHistory(print);
