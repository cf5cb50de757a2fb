import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LineCounter, parseDocument } from 'yaml';
import { MAX_QUICK_DEPTH, quickParse } from '../src/yaml/quick-scanner.js';
import { buildPositionTable } from '../src/yaml/positions.js';
import { locate, type SourceFile } from '../src/yaml/read-yaml.js';
import { agreesWithYaml } from './helpers/agrees-with-yaml.js';
import { cli } from './helpers/cli-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

// The texts on which the quick reader once differed from yaml (found by running it against
// the YAML test suite and real-world files), each now left to yaml or read as yaml reads it.

const yamlReads = (text: string) => {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false });
  return { data: doc.toJS(), errors: doc.errors.map((e) => e.code) };
};

interface Finding {
  ruleId: string;
  message: string;
  line: number;
}

/** The findings of the CLI on `text` as the only inventory file, and its exit status. */
async function lint(t: Parameters<typeof tempRepo>[0], text: string): Promise<{ status: number | null; findings: Finding[] }> {
  const repo = tempRepo(t, { 'inventory.yaml': text });
  const run = await cli(['inventory.yaml', '--format', 'json', '--as-of', '2026-11-28'], { cwd: repo });
  assert.doesNotMatch(run.stderr, /\n\s+at /);
  const findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.map(({ ruleId, message, line }) => ({
    ruleId,
    message,
    line,
  }));
  return { status: run.status, findings };
}

/**
 * The same inventory read by yaml for sure: a `%YAML` directive is something the quick
 * reader never takes, and changes nothing else but moves every line down by two.
 */
async function lintByYaml(t: Parameters<typeof tempRepo>[0], text: string): Promise<{ status: number | null; findings: Finding[] }> {
  const run = await lint(t, `%YAML 1.2\n---\n${text}`);
  return { status: run.status, findings: run.findings.map((f) => ({ ...f, line: f.line - 2 })) };
}

test('a value below its key after a blank line and a comment at column 0 is left to yaml, which reads it its own way', async () => {
  // The YAML specification reads these as {a: x, b: 1} and [x, y]; yaml 2.9 does not. The
  // quick reader gives them to yaml so that one file always gets one reading.
  assert.deepEqual(yamlReads('a:\n\n#\n x\nb: 1\n'), { data: { a: { 'x b': 1 } }, errors: ['MULTILINE_IMPLICIT_KEY'] });
  assert.deepEqual(yamlReads('-\n\n#\n  x\n- y\n'), { data: ['x - y'], errors: [] });
  for (const text of ['a:\n\n#\n x\nb: 1\n', '-\n\n#\n  x\n- y\n', 'a: # c\n\n#\n  x\nb: 1\n', 'a:\n\n# c\n\n  x\nb: 1\n']) {
    assert.equal(quickParse(text), undefined, JSON.stringify(text));
  }
  // Without the blank line yaml reads it as the specification does, and so does the quick reader.
  assert.equal(agreesWithYaml('a:\n  x\nb: 1\n'), true);
});

test('a clean inventory with a value after a blank line and a comment gets the same verdict whichever reader reads it', async (t) => {
  const text = 'version: 1\norganization:\n  name:\n\n# as the portal shows it\n    Contoso\n  orgId: "1234"\n';
  const quick = await lint(t, text);
  assert.deepEqual(quick, await lintByYaml(t, text));
  assert.equal(quick.status, 1);
  assert.deepEqual(quick.findings, [
    { ruleId: 'inventory/yaml-syntax', message: 'Implicit keys need to be on a single line: fix the YAML syntax here', line: 6 },
  ]);
});

test('an implicit key whose `:` is over 1,024 characters from its start is left to yaml, which reports it', async () => {
  const padded = (spaces: number) => `version${' '.repeat(spaces)}: 1\n`;
  assert.deepEqual(yamlReads(padded(1100)).errors, ['KEY_OVER_1024_CHARS']);
  assert.equal(quickParse(padded(1100)), undefined);
  // The `:` at 1,025 characters from the key's start is the first yaml reports.
  assert.deepEqual(yamlReads(padded(1018)).errors, ['KEY_OVER_1024_CHARS']);
  assert.equal(quickParse(padded(1018)), undefined);
  assert.equal(agreesWithYaml(padded(1017)), true);
  assert.equal(agreesWithYaml(`${'k'.repeat(1024)}: 1\n`), true);
  assert.equal(quickParse(`${'k'.repeat(1025)}: 1\n`), undefined);
});

test(`nesting deeper than ${MAX_QUICK_DEPTH} levels is left to yaml, in every shape`, async () => {
  const shapes = {
    'flow sequences': (depth: number) => `a: ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}\n`,
    'flow mappings': (depth: number) => `a: ${'{k: '.repeat(depth - 1)}1${'}'.repeat(depth - 1)}\n`,
    'block sequences': (depth: number) => `a:\n${'- '.repeat(depth - 1)}x\n`,
    'block mappings': (depth: number) => `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`,
  };
  for (const [shape, nested] of Object.entries(shapes)) {
    assert.equal(agreesWithYaml(nested(MAX_QUICK_DEPTH)), true, shape);
    for (const depth of [MAX_QUICK_DEPTH + 1, 500, 800, 1500, 2800, 5000])
      assert.equal(quickParse(nested(depth)), undefined, `${shape}, ${depth} levels`);
  }
});

test('a key holding NUL has a position of its own, apart from the path of the two keys around it', async () => {
  const text = 'a:\n  b: 1\n"a\\0b": 2\n';
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const quick = quickParse(text);
  assert.ok(quick);
  assert.deepEqual(quick.data, { a: { b: 1 }, 'a\0b': 2 });
  const sources: SourceFile[] = [
    { file: 'f', text, lineCounter: quick.lineCounter, doc: undefined, positions: quick.positions },
    { file: 'f', text, lineCounter, doc: undefined, positions: buildPositionTable(doc, text) },
    { file: 'f', text, lineCounter, doc },
  ];
  for (const source of sources) {
    assert.equal(locate(source, ['a', 'b']).line, 2);
    assert.equal(locate(source, ['a\0b']).line, 3);
    assert.equal(locate(source, ['a\0b'], true).column, 1);
  }
  assert.equal(agreesWithYaml(text), true);
  assert.equal(agreesWithYaml('"a\\0": 1\n"a\\x01": 2\n"a\\x010": 3\n"a\\x01\\x01": 4\n"a\\0\\0": 5\na:\n  "": 6\n'), true);
});

test('a block collection ends where yaml ends it when its last value is empty or comment lines follow', async () => {
  // Taken, and ending as yaml ends them (the differential test compares every node's end).
  const taken = [
    'a:\n  b:\nc: 1\n',
    'a:\n  b:   \n\nc: 1\n',
    'a:\n  b: # c\nc: 1\n',
    'a:\r\n  b:\r\nc: 1\r\n',
    '- a:\n  -\n',
    'a:\n  - x\n  -\nc: 1\n',
    'a:\n  b: 1\n  # at the column of b\nc: 1\n',
    'a:\n  b: 1\n# at column 0\nc: 1\n',
    'a:\n  b: 1\n# at the end\n',
    'servers:\n  # first\n  - hostname: a\n    state: active\n  # second\n  - hostname: b\n',
  ];
  for (const text of taken) assert.equal(agreesWithYaml(text), true, JSON.stringify(text));
  // yaml counts these comment lines into the collection by rules of its own parser: left to yaml.
  const left = [
    'a:\n  b: 1\n    # more indented\nc: 1\n',
    'a:\n  - 1\n   # more indented\n',
    'a:\n  b:\n# after an empty value\nd: 1\n',
    'a:\n  b: # c\n\nc: 1\n',
    '- a\n# c\n-\n',
    'a:\n  - b: 1\n    # at the column of b\nd: 1\n',
  ];
  for (const text of left) assert.equal(quickParse(text), undefined, JSON.stringify(text));
});

test('property: comment and blank lines at any indentation between any two lines are read as yaml reads them or left to it', async () => {
  const bases = [
    'a:\n  b: 1\n  c:\n    - x\n    -\n    - { y: 1 }\nd:\n- 1\n- e: 2\n  f:\ng: [1]\n',
    '- a: 1\n  b:\n    c: 2\n-\n- - x\n  - y\n-   z\n',
    'k:\n  l:\n    m:\n      n: 1\n    o: 2\np: ""\n',
    'servers:\n  - hostname: a\n    telemetry:\n      mode: automatic\n  - hostname: b\n    files:\n      - path: x\nend: 1\n',
  ];
  const inserted = fc.tuple(fc.nat({ max: 8 }), fc.constantFrom('# c', '', '#'), fc.nat({ max: 40 }));
  let taken = 0;
  fc.assert(
    fc.property(fc.constantFrom(...bases), fc.array(inserted, { minLength: 1, maxLength: 4 }), fc.boolean(), (base, lines, crlf) => {
      const out = base.split('\n');
      out.pop();
      for (const [indent, body, at] of lines) out.splice(at % (out.length + 1), 0, ' '.repeat(indent) + body);
      const text = out.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
      if (agreesWithYaml(text)) taken++;
    }),
    { numRuns: 1500 },
  );
  assert.ok(taken > 300, `taken ${taken}`);
});
