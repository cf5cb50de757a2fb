import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineCounter, parseDocument } from 'yaml';
import { quickParse } from '../src/yaml/quick-scanner.js';
import { locate, type SourceFile } from '../src/yaml/read-yaml.js';

// Two paths used to take time in proportion to the square of the input on a long line (a
// JSON-style inventory on one line): the shown end of each node in a flow collection
// (searched to the end of the line), and the re-read of one item for a finding deeper than
// an entity (padded with, and scanned back over, everything before it on its line). Each
// test scales the input ten times and compares the times: linear work grows about ten times,
// the old quadratic work about a hundred. No absolute time is asserted.

/** A one-line inventory of `count` license servers, each with a telemetry mode the schema rejects. */
function oneLineInventory(count: number): string {
  const servers = Array.from(
    { length: count },
    (_, i) =>
      `{"hostname": "ctxls${i}.example", "environment": "test", "state": "active", "telemetry": {"mode": "sometimes", "lastReported": "2026-11-01"}}`,
  );
  return `{"version": 1, "licenseServers": [${servers.join(', ')}]}\n`;
}

/**
 * The best of a few runs, in CPU time (this process's, not the wall clock's: other work on
 * the machine changes it less), in ms.
 */
function fastest(runs: number, work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage();
    work();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Both sizes are large files (over 256 KB), so that both record entities only. */
const SMALL = 3_000;
const LARGE = 30_000;
/**
 * Linear work: about 10 (up to about 25 seen on a busy machine). The quadratic paths ran for
 * minutes on the larger input (a ratio in the hundreds).
 */
const MAX_RATIO = 40;

test('reading a one-line file ten times longer takes about ten times longer', (t) => {
  // The quick reader records the position table itself; yaml's table (buildPositionTable)
  // gets the shown ends from the same function.
  const small = oneLineInventory(SMALL);
  const large = oneLineInventory(LARGE);
  assert.ok(small.length > 256 * 1024, 'large enough to record entities only');
  quickParse(small); // warm up
  const ratio = fastest(5, () => quickParse(large)) / fastest(5, () => quickParse(small));
  t.diagnostic(`ratio ${ratio.toFixed(1)}`);
  assert.ok(ratio < MAX_RATIO, `ratio ${ratio.toFixed(1)}`);
});

test('locating a finding in each item of a one-line file ten times longer takes about ten times longer', (t) => {
  const locateAll = (text: string, count: number) => {
    const quick = quickParse(text);
    assert.ok(quick);
    const source: SourceFile = { file: 'f', text, lineCounter: quick.lineCounter, doc: undefined, positions: quick.positions };
    return () => {
      // A fresh table each time: items read again are cached in it.
      quick.positions.items.clear();
      for (let i = 0; i < count; i++) {
        const at = locate(source, ['licenseServers', i, 'telemetry', 'mode']);
        if (at.line !== 1) throw new Error(`line ${at.line}`);
      }
    };
  };
  const small = oneLineInventory(SMALL);
  const large = oneLineInventory(LARGE);
  const locateSmall = locateAll(small, SMALL);
  const locateLarge = locateAll(large, LARGE);
  locateSmall(); // warm up
  const ratio = fastest(5, locateLarge) / fastest(5, locateSmall);
  t.diagnostic(`ratio ${ratio.toFixed(1)}`);
  assert.ok(ratio < MAX_RATIO, `ratio ${ratio.toFixed(1)}`);

  // And where: the value of each mode, as yaml's own positions give it.
  const lineCounter = new LineCounter();
  const doc = parseDocument(small, { lineCounter });
  const walked: SourceFile = { file: 'f', text: small, lineCounter, doc };
  const quick = quickParse(small)!;
  const tabled: SourceFile = { file: 'f', text: small, lineCounter: quick.lineCounter, doc: undefined, positions: quick.positions };
  for (const i of [0, 1, 1234, SMALL - 1]) {
    for (const where of [
      ['licenseServers', i, 'telemetry', 'mode'],
      ['licenseServers', i, 'telemetry', 'absent'],
    ]) {
      assert.deepEqual(locate(tabled, where), locate(walked, where), JSON.stringify(where));
    }
  }
});
