import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

// Every hostile or broken input of issue 9, through the CLI as a user runs it: the
// message at its position, the exit status, and never a stack trace.

const bomb = (() => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
})();

const CASES: { name: string; content: string | Buffer; status: number; expect: RegExp }[] = [
  {
    name: 'an empty file',
    content: '',
    status: 1,
    expect: /f\.yaml:1:1 {2}error {4}the inventory file is empty: start it with `version: 1` {2}inventory\/schema/,
  },
  {
    name: 'a file of only comments',
    content: '# to do\n# later\n',
    status: 1,
    expect: /f\.yaml:1:1 {2}error {4}the inventory file is empty/,
  },
  {
    name: 'a list instead of a mapping',
    content: '- a\n- b\n',
    status: 1,
    expect: /f\.yaml:1:1 {2}error {4}this entry in the top level must be a mapping \(key: value lines\), not a list/,
  },
  {
    name: 'a scalar instead of a mapping',
    content: 'just text\n',
    status: 1,
    expect: /f\.yaml:1:1 {2}error {4}this entry in the top level must be a mapping \(key: value lines\), not "just text"/,
  },
  {
    name: 'several YAML documents',
    content: 'version: 1\n---\nversion: 1\n',
    status: 1,
    expect: /f\.yaml:2:1 {2}error {4}a second YAML document \(after `---`\) is not read/,
  },
  {
    name: 'a binary file',
    content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]),
    status: 1,
    expect: /f\.yaml:1:1 {2}error {4}this is a binary file, not YAML/,
  },
  {
    name: 'non-UTF-8 bytes',
    content: Buffer.concat([Buffer.from('version: 1\norganization: { name: "Caf'), Buffer.from([0xe9]), Buffer.from('" }\n')]),
    status: 1,
    expect: /f\.yaml:2:\d+ {2}error {4}the file is not valid UTF-8: save it as UTF-8/,
  },
  { name: 'a UTF-8 BOM (valid: no finding)', content: '\uFEFFversion: 1\n', status: 0, expect: /No problems in 1 file/ },
  {
    name: 'CRLF line ends (valid: no finding)',
    content: 'version: 1\r\norganization: { name: Contoso }\r\n',
    status: 0,
    expect: /No problems in 1 file/,
  },
  {
    name: 'a YAML alias bomb',
    content: bomb,
    status: 1,
    expect: /f\.yaml:1:1 {2}error {4}the file cannot be read as data: .*remove the aliases \(\*name\) that expand too far/,
  },
  {
    name: 'a duplicate key',
    content: 'version: 1\nversion: 1\n',
    status: 1,
    expect: /f\.yaml:2:1 {2}error {4}the key `version` is repeated in this mapping/,
  },
  {
    name: 'a tab used for indentation',
    content: 'version: 1\norganization:\n\tname: x\n',
    status: 1,
    expect: /f\.yaml:3:1 {2}error {4}a tab is used for indentation: YAML indents with spaces only {2}inventory\/yaml-syntax/,
  },
];

for (const c of CASES) {
  test(`hostile input through the CLI: ${c.name}`, async (t) => {
    const repo = tempRepo(t, { 'f.yaml': c.content });
    const run = await cli(['f.yaml', '--as-of', '2026-11-28'], { cwd: repo });
    assert.equal(run.status, c.status, run.stdout + run.stderr);
    assert.match(run.stdout, c.expect);
    assert.equal(run.stderr, '');
  });
}
