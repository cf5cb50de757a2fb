import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { quickParse } from '../src/yaml/quick-scanner.js';
import { readYaml } from '../src/yaml/read-yaml.js';
import { agreesWithYaml, type Path } from './helpers/agrees-with-yaml.js';

// The quick reader must give exactly what yaml gives (data, every position, line starts) for
// any text it accepts, and hand everything else to yaml. yaml itself is the oracle here.

// QUICK_PARSE_RUNS=200000 for a deeper search than the suite's (about a minute).
const RUNS = Number(process.env.QUICK_PARSE_RUNS) > 0 ? Number(process.env.QUICK_PARSE_RUNS) : 1500;

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('the bundled examples are read quickly, with the data and positions yaml gives', () => {
  const files = [...yamlFiles('examples/contoso'), ...yamlFiles('examples/fabrikam')];
  const taken = files.filter((file) => agreesWithYaml(readFileSync(file, 'utf8')));
  // One fabrikam file has a YAML error on purpose: that one goes to yaml.
  assert.deepEqual(
    files.filter((file) => !taken.includes(file)).map((file) => `${path.basename(path.dirname(file))}/${path.basename(file)}`),
    ['emea/license-servers.yaml'],
  );
});

test('the common shapes of an inventory are taken and agree with yaml', () => {
  const texts = [
    'version: 1\nallocations:\n  - entitlement: e1 # trailing comment\n    hostname: ls1\n  - { entitlement: e2, hostname: "ls2", quantity: 3 }\n',
    '---\n# header comment\nversion: 1\n\nlicenseServers:\n- hostname: a\n  empty:\n  list: []\n  map: {}\n- \n-\n',
    'a: 1\r\nb:\r\n  - x\r\n  - [1, 2.5, true, null, ~, 0x1F, .inf, -.5e3]\r\n',
    'quoted: \'it\'\'s\'\ndouble: "tab\\there \\u00e9"\nkey with spaces: value with spaces\n"quoted key": x\n',
    'nested:\n    deeper:\n        - - inner\n          - second\n        - last\n',
    'root: [a, [b, {c: d}], {e: [f]}, ]\n',
    '  indented: root\n  second: key\n',
  ];
  for (const text of texts) assert.equal(agreesWithYaml(text), true, text);
});

test('anything outside the common shapes goes to yaml', () => {
  const declined = [
    '', // no document: yaml decides what that means
    '# only a comment\n',
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    'text: |\n  block\n',
    'text: >\n  folded\n',
    'plain: first line\n  continued\n',
    'quoted: "first\n  second"\n',
    'a: 1\n---\nb: 2\n',
    'a: 1\n...\n',
    '%YAML 1.2\n---\na: 1\n',
    'a: 1\na: 2\n',
    '? complex\n: key\n',
    '1: numeric key\n',
    'true: boolean key\n',
    'a:\tb\n',
    'a: b: c\n',
    'a:\n  - 1\n  b: 2\n',
    'list:\n  - a\n   - b\n',
    'a: [1,\n  2]\n',
    'a: "x"#comment\n',
    '__proto__: x\n',
    '<<: x\n',
    'a: @reserved\n',
    'a: x\rb: y\n',
    'a: "escaped \\\n line break"\n',
    'a: b\u2028c\n',
    `${'k'.repeat(1100)}: long key\n`,
    '- a\nb: 1\n',
  ];
  for (const text of declined) assert.equal(quickParse(text), undefined, JSON.stringify(text));
});

test('a large file records its entities and finds deeper paths, present or not, where a full walk does', () => {
  const items = Array.from(
    { length: 4000 },
    (_, i) =>
      `  - entitlement: e${i}\n    hostname: host${i}.example\n    features:\n      - { product: P${i % 7}, count: ${i} }\n      - product: Q\n        count:\n`,
  );
  const text = `version: 1\nallocations:\n${items.join('')}  - { entitlement: last, hostname: h }\n`;
  assert.ok(text.length > 256 * 1024, 'large enough to record entities only');
  const quick = quickParse(text);
  assert.ok(quick);
  assert.equal(quick.positions.depth, 2);
  // The facade over each reader: yaml's Document walked, and the scanner's table.
  const walked = readYaml('f', text, { maxAliasCount: 100, strict: true, reader: 'full' });
  const tabled = readYaml('f', text, { maxAliasCount: 100 });
  const probes: Path[] = [
    ['allocations', 3999, 'features', 0, 'count'],
    ['allocations', 3999, 'features', 1, 'count'],
    ['allocations', 12, 'features', 1],
    ['allocations', 12, 'features', 5, 'product'],
    ['allocations', 17, 'hostname'],
    ['allocations', 17, 'missing', 'deeper'],
    ['allocations', 4000, 'hostname'],
    ['allocations', 4000, 'quantity'],
    ['allocations', 2500],
    ['allocations', 9999, 'x'],
    ['version'],
    ['nothing'],
  ];
  for (const where of probes) {
    for (const onKey of [false, true]) assert.deepEqual(tabled.locate(where, onKey), walked.locate(where, onKey), JSON.stringify(where));
  }
});

// Random documents written in random styles, then (often) damaged at random places.

const SCALARS = [
  'a',
  'ent-1',
  'ls1.example',
  '1',
  '-2',
  '0x1F',
  '0o17',
  '1.5',
  '.inf',
  '.NaN',
  '1e3',
  'true',
  'False',
  'null',
  '~',
  'NULL',
  '',
  ' x',
  'a b',
  '#x',
  'a #b',
  'a#b',
  'x:',
  'a: b',
  '- x',
  '[x]',
  '{y}',
  ',z',
  '%p',
  '@a',
  '`b',
  "it's",
  'say "hi"',
  'back\\slash',
  'é',
  '2025-01-10',
  'yes',
  '? q',
  '&a',
  '*b',
  '!t',
  '|',
  '>',
  'a\tb',
  'x ',
  ':',
  '-',
  '#',
  'a:b',
  'a,b',
  '[',
  '}',
  '"',
  "'",
  '--- x',
  '...',
  'line\nbreak',
  '\\"',
];

type Tree = string | number | boolean | null | Tree[] | { [key: string]: Tree };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((self) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(self('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'key', 'hostname', 'x y', '1', 'true', '"q"', "'s'", 'k:', '- d', '#c', ''), self('node'), {
      maxKeys: 4,
    }),
  ),
})).node;

interface Style {
  indent: number;
  newline: string;
  quote: number;
  flow: number;
  comments: boolean;
  header: boolean;
  seqAtKeyColumn: boolean;
}

const style: fc.Arbitrary<Style> = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  newline: fc.constantFrom('\n', '\n', '\r\n'),
  quote: fc.nat({ max: 1000 }),
  flow: fc.nat({ max: 1000 }),
  comments: fc.boolean(),
  header: fc.boolean(),
  seqAtKeyColumn: fc.boolean(),
});

function scalarText(value: Tree, s: Style, salt: number): string {
  const raw = value === null ? 'null' : String(value);
  switch ((s.quote + salt) % 3) {
    case 0:
      return raw;
    case 1:
      return `'${raw.replaceAll("'", "''")}'`;
    default:
      return JSON.stringify(raw);
  }
}

function flowText(value: Tree, s: Style, salt: number): string {
  if (Array.isArray(value)) return `[${value.map((item, i) => flowText(item, s, salt + i)).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v], i) => `${scalarText(k, s, salt + i)}: ${flowText(v, s, salt + i + 1)}`)
      .join(', ')} }`;
  return scalarText(value, s, salt);
}

function isCollection(value: Tree): value is Tree[] | { [key: string]: Tree } {
  return value !== null && typeof value === 'object';
}

/** Lines of `value` as a block node at `column`; the first line is returned without its indentation. */
function blockLines(value: Tree, s: Style, column: number, salt: number): string[] {
  const pad = ' '.repeat(column);
  const comment = (i: number) => (s.comments && (salt + i) % 3 === 0 ? ' # note' : '');
  if (!isCollection(value) || (salt * 7 + s.flow) % 5 === 0) return [flowText(value, s, salt)];
  const lines: string[] = [];
  const entries: [string | null, Tree][] = Array.isArray(value) ? value.map((v) => [null, v]) : Object.entries(value);
  if (entries.length === 0) return [flowText(value, s, salt)];
  entries.forEach(([key, child], i) => {
    const lead = i === 0 ? '' : pad;
    const head = key === null ? `${lead}-` : `${lead}${scalarText(key, s, salt + i)}:`;
    if (s.comments && (salt + i) % 4 === 1) lines.push(`${pad}# between entries`);
    if (!isCollection(child) || (salt + i + s.flow) % 4 === 0) {
      lines.push(`${head} ${flowText(child, s, salt + i)}${comment(i)}`);
    } else if (key === null && !Array.isArray(child) && (salt + i) % 2 === 0) {
      // A compact mapping on the dash line.
      const inner = blockLines(child, s, column + 2, salt + i + 1);
      lines.push(`${head} ${inner[0]}`, ...inner.slice(1));
    } else {
      const childColumn = key !== null && Array.isArray(child) && s.seqAtKeyColumn ? column : column + s.indent;
      const inner = blockLines(child, s, childColumn, salt + i + 1);
      lines.push(`${head}${comment(i)}`, `${' '.repeat(childColumn)}${inner[0]}`, ...inner.slice(1));
    }
  });
  return lines;
}

function render(value: Tree, s: Style): string {
  const body = blockLines(value, s, 0, s.quote).join(s.newline) + s.newline;
  return (s.header ? `---${s.newline}` : '') + body;
}

const DAMAGE = ' \t\n\r:-{}[],#&*!|>\'"\\%@`?0aZ.\x01\x85\u2028\ufeffé';

const damaged = (text: string) =>
  fc
    .array(
      fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 2 }), fc.string({ maxLength: 3, unit: fc.constantFrom(...DAMAGE.split('')) })),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) => {
      let out = text;
      for (const [at, removed, inserted] of edits) out = out.slice(0, at) + inserted + out.slice(at + removed);
      return out;
    });

const documents = fc.tuple(tree, style).map(([value, s]) => render(value, s));

/**
 * Every text from `texts` agrees with yaml or is left to it; and the reader takes more than
 * `minShare` of them, without which the property would say little.
 */
function assertAgreesOrDefers(texts: fc.Arbitrary<string>, minShare: number): void {
  let taken = 0;
  fc.assert(
    fc.property(texts, (text) => {
      if (agreesWithYaml(text)) taken++;
    }),
    { numRuns: RUNS },
  );
  assert.ok(taken > RUNS * minShare, `taken ${taken} of ${RUNS}`);
}

test('property: random documents in random styles are read as yaml reads them', () => {
  assertAgreesOrDefers(documents, 1 / 4);
});

test('property: damaged documents are either read as yaml reads them or handed to yaml', () => {
  assertAgreesOrDefers(documents.chain(damaged), 1 / 20);
});

/** Whole lines moved in or out, repeated, dropped or split: the damage indentation suffers. */
const reindented = (text: string) => {
  const lines = text.split('\n');
  return fc
    .array(
      fc.tuple(
        fc.nat({ max: lines.length - 1 }),
        fc.constantFrom('indent', 'outdent', 'repeat', 'drop', 'split', 'blank'),
        fc.integer({ min: 1, max: 3 }),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((edits) => {
      const out = [...lines];
      for (const [at, edit, by] of edits) {
        const line = out[at] ?? '';
        if (edit === 'indent') out[at] = ' '.repeat(by) + line;
        else if (edit === 'outdent') out[at] = line.replace(new RegExp(`^ {1,${by}}`), '');
        else if (edit === 'repeat') out.splice(at, 0, line);
        else if (edit === 'drop') out.splice(at, 1);
        else if (edit === 'blank') out.splice(at, 0, ' '.repeat(by - 1));
        else {
          const cut = Math.min(line.length, line.search(/\S/) + by + 1);
          out.splice(at, 1, line.slice(0, cut), ' '.repeat(by) + line.slice(cut));
        }
      }
      return out.join('\n');
    });
};

test('property: re-indented documents are either read as yaml reads them or handed to yaml', () => {
  assertAgreesOrDefers(documents.chain(reindented), 1 / 20);
});
