// Issue 17: a mistake in the inventory is reported at its cause, and never turns into advice
// to return allocations, remove licenses or buy more. Each kind of mistake admins make is
// injected into the realistic examples, one at a time, and linted with the CLI.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from './helpers/run-cli.js';
import { advisesHarm, lintJson, mutatedExample, type JsonFinding } from './helpers/mutated-example.js';

interface Mutation {
  example: string;
  file: string;
  kind: string;
  /** 0-based line the mistake is made on. */
  line: number;
  edit(lines: string[]): void;
}

const ENUM_KEYS = new Set(['state', 'environment', 'activation', 'type', 'mode', 'licensing', 'kind', 'deployment']);
const DATE_KEYS = new Set(['start', 'end', 'cssEnd', 'allocatedOn', 'deployedOn', 'lastReported', 'expires', 'cssDate']);
const COUNT_KEYS = new Set(['quantity', 'count']);
/** Names other than `hostname` that allocations and license files bind a host by (issue 13). */
const HOST_KEYS = new Set(['hostId', 'fqdn']);
const KEY_LINE = /^(\s*)(- )?([A-Za-z]+):(?:\s+(.*))?$/;

/** A letter dropped from the middle: `hostname` → `hostnme`. */
const typo = (word: string) => word.slice(0, -3) + word.slice(-2);

function yamlFiles(example: string): string[] {
  const root = path.join(PROJECT_ROOT, 'examples', example);
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.yaml')) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Every kind of mistake, on the first line of each file that can take it per key. */
function mutations(example: string): Mutation[] {
  const out: Mutation[] = [];
  for (const file of yamlFiles(example)) {
    const lines = readFileSync(path.join(PROJECT_ROOT, 'examples', example, file), 'utf8').split('\n');
    const seen = new Set<string>();
    const once = (kind: string, key: string) => !seen.has(`${kind}:${key}`) && seen.add(`${kind}:${key}`);
    lines.forEach((text, line) => {
      const add = (kind: string, edit: (l: string[]) => void) => out.push({ example, file, kind, line, edit });
      const flow = /\{ *(\w+): [^}]*\}/.exec(text);
      if (flow && once('unclosed-flow', file)) add('unclosed {', (l) => (l[line] = text.replace(/\s*\}\s*$/, '')));
      if (flow && once('flow-key-typo', flow[1]!))
        add(`key typo in a flow mapping (${flow[1]})`, (l) => (l[line] = text.replace(`{ ${flow[1]}:`, `{ ${typo(flow[1]!)}:`)));
      // The names an allocation binds to besides the hostname, wherever a flow mapping holds them.
      for (const key of HOST_KEYS) {
        if (flow && new RegExp(`[{,] ${key}:`).test(text) && once('flow-key-typo', key))
          add(`key typo in a flow mapping (${key})`, (l) => (l[line] = text.replace(`${key}:`, `${typo(key)}:`)));
      }
      const match = KEY_LINE.exec(text);
      if (!match) return;
      const [, indent, dash = '', key, value = ''] = match as unknown as [string, string, string | undefined, string, string | undefined];
      if (indent === '' && !dash) {
        if (key !== 'version' && once('top', key))
          add(`top-level key typo (${key})`, (l) => (l[line] = `${typo(key)}:${text.slice(key.length + 1)}`));
        return;
      }
      if (once('key', key) && key.length > 3) add(`key typo (${key})`, (l) => (l[line] = text.replace(`${key}:`, `${typo(key)}:`)));
      if (ENUM_KEYS.has(key) && value && once('enum', key))
        add(`wrong ${key} value`, (l) => (l[line] = text.replace(`: ${value}`, `: ${typo(value.split(/\s/)[0]!)}`)));
      if (DATE_KEYS.has(key) && /^\d{4}-\d\d-\d\d/.test(value) && once('date', key))
        add(`bad ${key} date`, (l) => (l[line] = text.replace(/\d{4}-\d\d-\d\d/, `${value.slice(0, 8)}32`)));
      if (COUNT_KEYS.has(key) && /^\d+$/.test(value) && once('count', key)) {
        add(
          `decimal ${key}`,
          (l) => (l[line] = text.replace(`: ${value}`, `: ${Number(value) >= 1000 ? `${Number(value) / 1000}.000` : `${value}.0`}`)),
        );
        add(`quoted ${key}`, (l) => (l[line] = text.replace(`: ${value}`, `: "${value}"`)));
      }
      if (indent.length >= 4 && !dash && once('tab', file)) add('tab in indentation', (l) => (l[line] = `\t${text.slice(4)}`));
      const name = value.split(/\s/)[0]!;
      // A slip in the name itself: a dropped hex digit, an FQDN without its dots.
      if (HOST_KEYS.has(key) && name && once('host-value', key))
        add(
          `wrong ${key} value`,
          (l) => (l[line] = text.replace(`: ${name}`, `: ${key === 'fqdn' ? name.replaceAll('.', '') : typo(name)}`)),
        );
      if ((ENUM_KEYS.has(key) || key === 'hostname' || HOST_KEYS.has(key)) && !dash && once('dup', key)) {
        add(`duplicate ${key}`, (l) => l.splice(line + 1, 0, `${indent}${key}: ${key === 'state' ? 'decommissioned' : value}`));
      }
    });
  }
  return out;
}

/** Each finding whose data advises returning, removing or buying, by kind (never by its words). */
const advice = (findings: readonly JsonFinding[]) =>
  findings.filter((f) => !f.ruleId.startsWith('inventory/') && advisesHarm(f)).map((f) => `${f.ruleId}: ${f.message}`);

const isCause = (f: JsonFinding) => f.ruleId === 'inventory/schema' || f.ruleId === 'inventory/yaml-syntax';
const cause = (f: JsonFinding) => `${f.file}|${f.message}`;

/** What the sweep finds wrong with one mutation of an example: a mistake not reported, or new harmful advice. */
async function sweep(t: Parameters<typeof mutatedExample>[0], example: string, mutation: Mutation): Promise<string[]> {
  const clean = await cleanRun(example);
  const known = new Set(advice(clean.findings));
  const cleanCauses = new Set(clean.findings.filter(isCause).map(cause));
  const root = mutatedExample(t, example, mutation.file, (text) => {
    const lines = text.split('\n');
    mutation.edit(lines);
    return lines.join('\n');
  });
  const run = await lintJson(root, ['.']);
  const where = `${mutation.kind} at ${mutation.file}:${mutation.line + 1}`;
  const failures: string[] = [];
  if (run.stderr !== '') failures.push(`${where}: stderr ${run.stderr}`);
  // The mistake is reported: a syntax or schema finding the clean example does not have,
  // or the one it has on that very line (a value yaml drops for a repeated key).
  const reported = run.findings.some(
    (f) => isCause(f) && (!cleanCauses.has(cause(f)) || (f.file === mutation.file && Math.abs(f.line - (mutation.line + 1)) <= 1)),
  );
  if (!reported) failures.push(`${where}: not reported`);
  for (const said of advice(run.findings)) if (!known.has(said)) failures.push(`${where}: new advice: ${said}`);
  return failures;
}

const cleanRuns = new Map<string, ReturnType<typeof lintJson>>();
const cleanRun = (example: string) =>
  cleanRuns.get(example) ?? cleanRuns.set(example, lintJson(path.join(PROJECT_ROOT, 'examples', example), ['.'])).get(example)!;

test('the sweep trips on a change that really calls for a return: its check can fail', async (t) => {
  // Not a mistake but a real retirement (ctxls-dr01 decommissioned while it still holds an
  // allocation): its advice to return the allocation is new.
  const control: Mutation = {
    example: 'contoso',
    file: 'license-servers.yaml',
    kind: 'control: server retired',
    line: 22,
    edit: (lines) => {
      assert.equal(lines[22], '    state: active');
      lines[22] = '    state: decommissioned';
    },
  };
  const failures = await sweep(t, 'contoso', control);
  assert.ok(
    failures.some((f) => f.includes('new advice: allocation/orphaned-hostname')),
    failures.join('\n'),
  );
});

for (const example of ['contoso', 'fabrikam']) {
  test(`${example}: no injected mistake yields new return/remove/buy advice, and each is reported`, async (t) => {
    const list = mutations(example);
    assert.ok(list.length >= (example === 'contoso' ? 30 : 40), `only ${list.length} mutations`);
    const kinds = new Set(list.map((m) => m.kind.replace(/ \(.*$/, '').replace(/^(wrong|bad|decimal|quoted|duplicate) .*/, '$1')));
    for (const kind of [
      'key typo',
      'top-level key typo',
      'wrong',
      'bad',
      'decimal',
      'quoted',
      'tab in indentation',
      'duplicate',
      'unclosed {',
    ]) {
      assert.ok(kinds.has(kind), `no mutation of kind ${kind}`);
    }
    // Every name an allocation can bind a host by is mistaken at least once.
    const exactKinds = new Set(list.map((m) => m.kind));
    for (const kind of [
      'key typo (hostId)',
      'duplicate hostId',
      'wrong hostId value',
      'key typo (fqdn)',
      'duplicate fqdn',
      'wrong fqdn value',
    ]) {
      assert.ok(exactKinds.has(kind), `no mutation ${kind}`);
    }
    const failures: string[] = [];
    for (const mutation of list) failures.push(...(await sweep(t, example, mutation)));
    assert.deepEqual(failures, []);
  });
}
