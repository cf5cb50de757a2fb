// Issue 26.1: one version everywhere. package.json holds it; the code derives every link and
// URL from it (src/util/docs-url.ts); every file that writes one out is checked against it
// here, and so is what the tool prints and writes. Workflows and schema URLs name the major
// tag (v1), which the release workflow moves; links to files name the exact tag (v1.0.0).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { publishedFiles } from './helpers/published.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
const MAJOR = `v${pkg.version.split('.')[0]}`;
const EXACT = `v${pkg.version}`;
const REPO = 'citrix-license-lint/citrix-license-lint';

/** Each kind of version-bearing reference: how to find it, and what it must say. */
const REFERENCES: { kind: string; pattern: RegExp; expected: string; in?: RegExp }[] = [
  { kind: 'action tag', pattern: new RegExp(`${REPO}@([\\w.-]+)`, 'g'), expected: MAJOR },
  { kind: 'schema URL', pattern: new RegExp(`raw\\.githubusercontent\\.com/${REPO}/([\\w.-]+)/`, 'g'), expected: MAJOR },
  { kind: 'link to a file', pattern: new RegExp(`github\\.com/${REPO}/(?:blob|tree)/([\\w.-]+)/`, 'g'), expected: EXACT },
  { kind: 'changes since the release', pattern: new RegExp(`github\\.com/${REPO}/compare/([\\w.-]+)\\.\\.\\.HEAD`, 'g'), expected: EXACT },
  { kind: 'pre-commit rev', pattern: /^\s*rev: ['"]?([\w.-]+)/gm, expected: EXACT, in: /\.(md|ya?ml)$/ },
];

/** Every version-bearing reference in `text` that differs from package.json. */
function disagreements(where: string, text: string): string[] {
  const wrong: string[] = [];
  for (const { kind, pattern, expected, in: files } of REFERENCES) {
    if (files && !files.test(where)) continue;
    for (const match of text.matchAll(pattern)) {
      if (match[1] !== expected) {
        const line = text.slice(0, match.index).split('\n').length;
        wrong.push(`${where}:${line}: ${kind} ${match[1]}, not ${expected}`);
      }
    }
  }
  return wrong;
}

function countReferences(text: string): number {
  return REFERENCES.reduce((sum, { pattern }) => sum + [...text.matchAll(pattern)].length, 0);
}

/** The repository's files as a clone has them (tests are left out: their fixtures are not published). */
const published = publishedFiles().filter((file) => !file.startsWith('test/') && file !== 'package-lock.json');

test('every version-bearing reference in the repository agrees with package.json', () => {
  const wrong: string[] = [];
  let found = 0;
  for (const file of published) {
    const bytes = readFileSync(path.join(PROJECT_ROOT, file));
    if (bytes.includes(0)) continue;
    const text = bytes.toString('utf8');
    found += countReferences(text);
    wrong.push(...disagreements(file, text));
  }
  assert.deepEqual(wrong, []);
  // README, the docs, the three example workflows, both schemas, the SchemaStore entries, the
  // generated validator and the changelog hold them: the scan must see them.
  assert.ok(found >= 20, `${found} references found`);
  const lock = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as {
    version: string;
    packages: Record<string, { version?: string }>;
  };
  assert.equal(lock.version, pkg.version);
  assert.equal(lock.packages['']!.version, pkg.version);
});

test('the scan catches a stale version of each kind', () => {
  const stale = [
    `uses: ${REPO}@v0`,
    `$schema=https://raw.githubusercontent.com/${REPO}/v0/inventory-schema/inventory.schema.json`,
    `https://github.com/${REPO}/blob/main/docs/rules/README.md`,
    `[Unreleased]: https://github.com/${REPO}/compare/v0.1.0...HEAD`,
    '    rev: v0.1.0',
  ].join('\n');
  assert.equal(disagreements('x.md', stale).length, 5, disagreements('x.md', stale).join('\n'));
});

test('what the tool prints and writes names this version: --version, every --help, --list-rules, SARIF, Markdown, init', async (t) => {
  const outputs: [string, string][] = [['--version', (await cli(['--version'])).stdout]];
  assert.equal(outputs[0]![1], `${pkg.version}\n`);
  for (const args of [['--help'], ['inspect', '--help'], ['history', '--help'], ['import', '--help'], ['init', '--help']])
    outputs.push([args.join(' '), (await cli(args)).stdout]);
  outputs.push(['--list-rules --format json', (await cli(['--list-rules', '--format', 'json'])).stdout]);
  const sarif = (await cli(['examples/fabrikam', '--format', 'sarif'])).stdout;
  assert.equal((JSON.parse(sarif) as { runs: { tool: { driver: { version: string } } }[] }).runs[0]!.tool.driver.version, pkg.version);
  outputs.push(['SARIF', sarif]);
  outputs.push(['markdown', (await cli(['examples/fabrikam', '--format', 'markdown'])).stdout]);
  const dir = mkdtempSync(path.join(tmpdir(), 'cll-versions-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.equal((await cli(['init'], { cwd: dir })).status, 0);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    outputs.push([`init's ${path.relative(dir, full)}`, readFileSync(full, 'utf8')]);
  }
  const wrong = outputs.flatMap(([where, text]) => disagreements(where, text));
  assert.deepEqual(wrong, []);
  for (const [where, text] of outputs.slice(1)) assert.ok(countReferences(text) > 0, `${where} names no version`);
});

test('the release workflow moves the major tag that the references name', () => {
  const release = readFileSync(path.join(PROJECT_ROOT, '.github', 'workflows', 'release.yml'), 'utf8');
  const move = release.split('\n').find((line) => line.includes('major='))!;
  const major = spawnSync('bash', ['-c', `${move.trim()}; echo "$major"`], { env: { GITHUB_REF_NAME: EXACT }, encoding: 'utf8' });
  assert.equal(major.stdout.trim(), MAJOR);
});
