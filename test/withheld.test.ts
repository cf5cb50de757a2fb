// Issue 22.1: a finding held back because it may rest on what could not be read is listed
// with the error it waits for, in every output; it is never counted as fixed, and the verdict
// does not pass because findings went into hiding. Only what the unreadable part could change
// is held back.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { GitRepo } from './helpers/git-repo.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';
import { tempRepo } from './helpers/temp-repo.js';

const AS_OF = ['--as-of', '2026-11-28'];

interface Report {
  summary: { errors: number; warnings: number; withheld: number; compliant: boolean };
  comparison?: { introduced: number; fixed: number; unchanged: number; withheld: number };
  findings: { ruleId: string; messageId: string; message: string; file: string; line: number }[];
  withheld: { ruleId: string; message: string; line: number; status?: string; waitsFor: { ruleId: string; file: string; line: number } }[];
}

/** Every file of an example, as a repository's content. */
function exampleFiles(name: string): Record<string, string> {
  const root = path.join(PROJECT_ROOT, 'examples', name);
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(root, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
  }
  return files;
}

/** The example committed as the base, `edit` applied to one file in the work tree: the pull request. */
function changedExample(t: Parameters<typeof tempRepo>[0] & object, name: string, file: string, edit: (text: string) => string) {
  const repo = new GitRepo(t);
  const files = exampleFiles(name);
  const base = repo.commit('base', files);
  const after = edit(files[file]!);
  assert.notEqual(after, files[file]);
  repo.write({ [file]: after });
  return { repo, base };
}

/** The JSON report; standard error holds nothing, or only `says` (what --base says of a change to its own checks). */
async function json(args: string[], cwd: string, says = ''): Promise<{ status: number | null; report: Report }> {
  const run = await cli([...args, '--format', 'json', ...AS_OF], { cwd });
  assert.equal(run.stderr, says);
  return { status: run.status, report: JSON.parse(run.stdout) as Report };
}

test('a note at the top of a file holds nothing back: the change introduces its schema error and fixes nothing', async (t) => {
  const { repo, base } = changedExample(t, 'fabrikam', 'netscaler.yaml', (text) => `${text}notes: see the wiki\n`);
  const { report } = await json(['.', '--base', base], repo.root);
  // Was "introduces 2, fixes 20": 48 errors became 31.
  assert.deepEqual(report.comparison, { ...report.comparison, introduced: 1, fixed: 0 });
  assert.deepEqual(
    report.findings.filter((f) => f.ruleId === 'inventory/schema' && f.file === 'netscaler.yaml').map((f) => f.messageId),
    ['unknownKeyNoMatch'],
  );
  // Fabrikam's 53 errors (its placeholder, its collection dated in the future and its use beyond what was
  // bought and installed included) and the note's schema error.
  assert.equal(report.summary.errors, 54);
});

test('findings an unreadable file withholds are listed with what they wait for, unchanged, never fixed', async (t) => {
  // A tab in the indentation of netscaler.yaml: everything after it is a best effort.
  const { repo, base } = changedExample(t, 'fabrikam', 'netscaler.yaml', (text) => text.replace('\n    hostId:', '\n\thostId:'));
  const { status, report } = await json(['.', '--base', base], repo.root);
  assert.equal(status, 1);
  assert.equal(report.comparison!.fixed, 0, 'a withheld finding is never fixed');
  assert.ok(report.comparison!.withheld > 0);
  assert.equal(report.summary.withheld, report.withheld.length);
  assert.ok(report.withheld.length > 0);
  const waiting = report.withheld.filter((f) => f.waitsFor.file === 'netscaler.yaml');
  for (const f of waiting) assert.equal(f.waitsFor.ruleId, 'inventory/yaml-syntax');
  // Found in the base and withheld in the head: unchanged. (An allocation to a console's host ID
  // the head could not read is withheld too, and new: it may rest on the unread part.)
  assert.ok(waiting.filter((f) => f.status === 'unchanged').length >= 10);
  const text = await cli(['.', '--base', base, ...AS_OF], { cwd: repo.root });
  assert.match(
    text.stdout,
    /^Compared with \w+: introduces \d+ findings, fixes 0, \d+ unchanged \(\d+ withheld, not fixed: they wait for the errors they rest on\)\.$/m,
  );
  assert.match(
    text.stdout,
    /a tab is used for indentation: YAML indents with spaces only {2}inventory\/yaml-syntax\n {6}withheld until this is fixed \(\d+ findings; their advice may rest on what could not be read\):\n {8}\S+:\d+:\d+ {2}error /,
  );
  assert.match(text.stdout, /, \d+ findings withheld until the errors they wait for are fixed\./);
});

const suppressedKeyAndRaisedAllocation = (text: string) =>
  text.replace(
    '  - entitlement: uhmc-2025\n    hostname: ctxls01\n    quantity: 1200\n',
    '  # citrix-license-lint-disable-next-line inventory/schema -- a note for the auditors\n  - entitlement: uhmc-2025\n    hostname: ctxls01\n    quantity: 900000\n    note: PO 4711\n',
  );

test('a suppressed unknown key on an allocation raised to 900,000 is not compliant: the over-allocation is withheld, new, and fails', async (t) => {
  const { repo, base } = changedExample(t, 'contoso', 'allocations.yaml', suppressedKeyAndRaisedAllocation);
  // The CLI names the suppression the change adds, as the action does.
  const { status, report } = await json(
    ['.', '--base', base],
    repo.root,
    'citrix-license-lint: this change modifies its own checks: suppression of inventory/schema added: "unknown key `note` in allocation of 900,000 from `uhmc-2025` to `ctxls01`: the keys allowed here are `entitlement`, `hostname`, `quantity`, `allocatedOn`"\n',
  );
  assert.equal(status, 1);
  assert.equal(report.summary.compliant, false);
  assert.deepEqual(
    report.withheld.map((f) => [f.ruleId, f.status, f.waitsFor.ruleId, f.waitsFor.file]),
    [['allocation/over-entitlement', 'new', 'inventory/schema', 'allocations.yaml']],
  );
  assert.deepEqual(report.comparison, { ...report.comparison, introduced: 1, fixed: 0, withheld: 1 });
  // Was "✅ compliant" with "Fixed by this change (2)".
  const markdown = await cli(['.', '--base', base, '--format', 'markdown', ...AS_OF], { cwd: repo.root });
  assert.match(markdown.stdout, /^## ❌ citrix-license-lint: not compliant$/m);
  assert.doesNotMatch(markdown.stdout, /Fixed by this change/);
  assert.match(markdown.stdout, /### Withheld until the errors they wait for are fixed \(1\)/);
  assert.match(
    markdown.stdout,
    /\| 🆕 entitlement `uhmc-2025` \(XDT_PLT_UD\) has 900,300 licenses allocated .* \| `inventory\/schema` at `allocations\.yaml:\d+` \|/,
  );
});

test('the suppressed key and the raised allocation, in every other format', async (t) => {
  const { repo } = changedExample(t, 'contoso', 'allocations.yaml', suppressedKeyAndRaisedAllocation);
  const run = async (format: string) => (await cli(['.', '--format', format, ...AS_OF], { cwd: repo.root })).stdout;
  const withheldNote = 'withheld until the inventory/schema error at allocations.yaml:';
  const sarif = JSON.parse(await run('sarif')) as {
    runs: { results: { ruleId: string; message: { text: string }; properties?: object }[] }[];
  };
  const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'allocation/over-entitlement');
  assert.ok(result?.message.text.includes(withheldNote), 'SARIF keeps it a result that says so');
  assert.ok(result?.properties && 'withheld' in result.properties);
  assert.match(
    await run('github'),
    /::error title=allocation\/over-entitlement,file=entitlements\.yaml,.*::withheld until the inventory\/schema error at allocations\.yaml:\d+ is fixed/,
  );
  assert.ok((await run('junit')).includes(withheldNote));
  assert.ok((await run('gitlab')).includes(withheldNote));
  const text = await run('text');
  // The error it waits for is suppressed: the list stands apart, under what it waits for.
  assert.match(
    text,
    /Withheld until the inventory\/schema error at allocations\.yaml:\d+ is fixed:\n {2}entitlements\.yaml:\d+:\d+ {2}error {4}entitlement `uhmc-2025`/,
  );
  assert.match(text, /1 finding withheld until the error it waits for is fixed\./);
});

test('a hand-typed inventory keeps its duplicates when another file of the folder has a tab', async (t) => {
  const root = tempRepo(t, {
    'inventory/licensing.yaml': [
      'version: 1',
      'entitlements:',
      '  - { id: uhmc-2025, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }',
      '  - { id: uhmc-2025, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }',
      'licenseServers:',
      '  - { hostname: ctxls01, environment: production, state: active, version: 11.17.2.0 build 56200, telemetry: { mode: manual, lastReported: 2026-11-20 } }',
      '  - { hostname: CTXLS01, environment: production, state: active, version: 11.17.2.0 build 56200, telemetry: { mode: manual, lastReported: 2026-11-20 } }',
      'netscalerConsoles:',
      '  - { hostname: adm01, deployment: service, environment: production, state: active }',
      '  - { hostname: adm01, deployment: service, environment: production, state: active }',
      '',
    ].join('\n'),
    'inventory/allocations.yaml': 'version: 1\nallocations:\n  - entitlement: uhmc-2025\n\thostname: ctxls01\n',
  });
  const { report } = await json(['inventory'], root);
  assert.deepEqual(
    report.findings.filter((f) => f.ruleId === 'inventory/duplicate').map((f) => `${f.messageId}@${f.line}`),
    ['entitlement@4', 'host@7', 'host@10'],
  );
  assert.ok(report.findings.some((f) => f.ruleId === 'inventory/yaml-syntax' && f.messageId === 'tab'));
});

test('readable allocations that exceed what was bought stand beside an unreadable file, and an allocation in doubt is left out of the sum', async (t) => {
  const inventory = (extra: string) => ({
    'inventory/licensing.yaml': [
      'version: 1',
      'entitlements:',
      '  - { id: uhmc-2025, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }',
      'licenseServers:',
      '  - { hostname: ctxls01, environment: production, state: active, version: 11.17.2.0 build 56200, telemetry: { mode: manual, lastReported: 2026-11-20 } }',
      'allocations:',
      '  - { entitlement: uhmc-2025, hostname: ctxls01, quantity: 150 }',
      extra,
      '',
    ].join('\n'),
    'inventory/other.yaml': 'version: 1\nnetscalerInstances:\n  - name: vpx1\n\tplatform: VPX\n',
  });
  const stands = await json(['inventory'], tempRepo(t, inventory('')));
  assert.deepEqual(
    stands.report.findings.filter((f) => f.ruleId === 'allocation/over-entitlement').map((f) => f.message),
    [
      'entitlement `uhmc-2025` (XDT_PLT_UD) has 150 licenses allocated across 1 allocation but only 100 bought: check the inventory against the licensing portal (Manage Licenses), which never allocates more than was bought, and correct what differs (a mistyped quantity, a missing entitlement, an allocation already returned)',
    ],
  );
  // An allocation of that entitlement with a misspelt key: what it holds is in doubt, so the sum is
  // of the readable allocations alone, and says so in its amount.
  const waits = await json(
    ['inventory'],
    tempRepo(t, inventory('  - { entitlement: uhmc-2025, hostname: ctxls01, quantity: 20, quantty: 5 }')),
  );
  assert.deepEqual(
    waits.report.findings.filter((f) => f.ruleId === 'allocation/over-entitlement').map((f) => f.message),
    [
      'entitlement `uhmc-2025` (XDT_PLT_UD) has 150 licenses allocated across 1 allocation but only 100 bought: check the inventory against the licensing portal (Manage Licenses), which never allocates more than was bought, and correct what differs (a mistyped quantity, a missing entitlement, an allocation already returned)',
    ],
    'the readable allocations alone give the finding, with their own amount',
  );
});
