import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { generateValidatorSource } from '../scripts/generate-validator.mjs';
import { validateInventory } from '../src/schema/inventory-validator.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const schema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'inventory-schema', 'inventory.schema.json'), 'utf8')) as Record<
  string,
  unknown
>;

test('the compiled validator matches the schema (npm run build regenerates it)', () => {
  const committed = readFileSync(path.join(PROJECT_ROOT, 'src', 'schema', 'inventory-validator.generated.ts'), 'utf8');
  const cwd = process.cwd();
  process.chdir(PROJECT_ROOT);
  try {
    assert.equal(committed, (generateValidatorSource as () => string)());
  } finally {
    process.chdir(cwd);
  }
});

test('every property of the inventory schema has a description (editors show it on hover)', () => {
  const missing: string[] = [];
  const definitions = schema.definitions as Record<string, Record<string, unknown>>;
  const visit = (node: Record<string, unknown>, where: string) => {
    for (const [key, value] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) {
      const target = typeof value.$ref === 'string' ? definitions[value.$ref.split('/').pop()!]! : value;
      if (typeof value.description !== 'string' && typeof target.description !== 'string') missing.push(`${where}.${key}`);
      visit(value, `${where}.${key}`);
    }
  };
  visit(schema, '(root)');
  for (const [name, definition] of Object.entries(definitions)) visit(definition, name);
  assert.deepEqual(missing, []);
});

test('every mapping of the schema rejects unknown keys', () => {
  const open: string[] = [];
  const visit = (node: unknown, where: string) => {
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'object' && record.additionalProperties !== false) open.push(where);
    for (const [key, value] of Object.entries(record)) visit(value, `${where}/${key}`);
  };
  visit(schema, '#');
  assert.deepEqual(open, []);
});

test('the compiled validator collects errors in place, so a long list of broken entries stays linear', () => {
  const committed = readFileSync(path.join(PROJECT_ROOT, 'src', 'schema', 'inventory-validator.generated.ts'), 'utf8');
  // ajv's `vErrors.concat(...)` copied every error so far for each failing item.
  assert.equal(committed.includes('.concat('), false);
  assert.match(committed, /for \(const e of validate\d+\.errors\) vErrors\.push\(e\);/);
});

test('each of 20,000 broken allocations gets its own schema error, at its own path', () => {
  const validate = validateInventory;
  const allocations = Array.from({ length: 20_000 }, (_, i) => ({ entitlement: `e${i}`, hostname: `h${i}`, quantity: -1 }));
  assert.equal(validate({ version: 1, allocations }), false);
  const paths = new Set((validate.errors ?? []).map((e) => e.instancePath));
  assert.equal(paths.size, 20_000);
  assert.ok(paths.has('/allocations/0/quantity') && paths.has('/allocations/19999/quantity'));
});
