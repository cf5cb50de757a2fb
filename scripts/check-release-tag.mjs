// Run by the release workflow before publishing: the pushed tag (v1.2.3) must be the
// version in package.json, the version the built CLI prints, and a CHANGELOG.md section.
// Exits 1 with one line per mismatch.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tag = process.argv[2] ?? '';
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const printed = execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), '--version'], { encoding: 'utf8' }).trim();
const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');

const problems = [];
if (tag !== `v${version}`) problems.push(`tag "${tag}" is not v${version}, the version in package.json`);
if (printed !== version) problems.push(`dist/cli.js --version prints ${printed}, not ${version}: rebuild dist/`);
if (!new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(changelog)) {
  problems.push(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section`);
}
for (const problem of problems) console.error(`check-release-tag: ${problem}`);
if (problems.length === 0) console.log(`v${version}: package.json, dist/cli.js --version and CHANGELOG.md agree`);
process.exit(problems.length > 0 ? 1 : 0);
