// Issue 13, "Done when": the examples as a user runs them with the CLI. That Fabrikam
// fires every registered rule is test/golden.test.ts (its golden is the CLI's output).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { type AdvisedFinding, harmfulReturnAdvice, listedHosts } from './helpers/return-advice.js';
import { cli } from './helpers/cli-in-process.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const yamlTexts = (example: string) =>
  readdirSync(path.join(PROJECT_ROOT, 'examples', example), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f) && !path.basename(f).startsWith('.'))
    .map((f) => readFileSync(path.join(PROJECT_ROOT, 'examples', example, f), 'utf8'));

const findingsOf = async (example: string) => {
  const run = await cli([`examples/${example}`, '--format', 'json']);
  return { status: run.status, findings: (JSON.parse(run.stdout) as { findings: AdvisedFinding[] }).findings };
};

test('examples/contoso (LAS consoles without license files, short hostnames, host-ID allocations): 0 findings', async () => {
  const { status, findings } = await findingsOf('contoso');
  assert.equal(status, 0);
  assert.deepEqual(findings, []);
});

// Fabrikam's one FQDN allocation is a mistake on purpose (it fires the rule's `fqdn` message).
const HOSTNAME_KEYS = {
  contoso: ['licenseServers', 'netscalerConsoles', 'allocations'],
  fabrikam: ['licenseServers', 'netscalerConsoles'],
};

test('the examples record hosts by the short name `hostname` prints ("Do not enter FQDN in the hostname", CTX696555)', async () => {
  const fqdns: string[] = [];
  for (const [example, keys] of Object.entries(HOSTNAME_KEYS)) {
    for (const source of yamlTexts(example)) {
      for (const document of parseAllDocuments(source)) {
        const doc = document.toJS() as Record<string, unknown> | null;
        for (const key of keys) {
          const rows = (doc?.[key] ?? []) as { hostname?: unknown }[];
          for (const row of rows)
            if (typeof row.hostname === 'string' && row.hostname.includes('.')) fqdns.push(`${example} ${key}: ${row.hostname}`);
        }
      }
    }
  }
  assert.deepEqual(fqdns, []);
});

test('no finding on the examples advises returning an allocation bound to a host the example lists', async () => {
  for (const example of ['contoso', 'fabrikam']) {
    assert.deepEqual(harmfulReturnAdvice((await findingsOf(example)).findings, listedHosts(yamlTexts(example))), [], example);
  }
});

test('the return-advice check trips when a host a finding advises returning from is listed', async () => {
  // Control: fabrikam's ghost `ctxls-old99`, listed as an active server, makes that advice harmful.
  const listed = listedHosts([
    ...yamlTexts('fabrikam'),
    'licenseServers:\n  - { hostname: CTXLS-OLD99.fabrikam.example, state: active }\n',
  ]);
  const harmful = harmfulReturnAdvice((await findingsOf('fabrikam')).findings, listed);
  assert.equal(harmful.length, 1, harmful.join('\n'));
  assert.match(
    harmful[0]!,
    /^allocation\/orphaned-hostname: the allocation of 100 PVS_STD_CCS licenses from `pvs-2024` is bound to `ctxls-old99`/,
  );
});
