import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ENUMS } from '../src/model/inventory.js';

// The loader reads enumerated keys with ENUMS (a value not listed reads as undefined), so a
// value added to the schema alone would silently vanish from the model: keep them equal.
const schema = JSON.parse(readFileSync(new URL('../inventory-schema/inventory.schema.json', import.meta.url), 'utf8'));

/** Where each list sits in the schema, as a path of keys. */
const WHERE: Record<keyof typeof ENUMS, string[]> = {
  environment: ['definitions', 'environment'],
  state: ['definitions', 'state'],
  telemetryMode: ['definitions', 'telemetry', 'properties', 'mode'],
  entitlementType: ['definitions', 'entitlement', 'properties', 'type'],
  fileKind: ['definitions', 'licenseFile', 'properties', 'kind'],
  serverActivation: ['definitions', 'licenseServer', 'properties', 'activation'],
  deployment: ['definitions', 'netscalerConsole', 'properties', 'deployment'],
  consoleActivation: ['definitions', 'netscalerConsole', 'properties', 'activation'],
  licensing: ['definitions', 'netscalerInstance', 'properties', 'licensing'],
};

/** Every enum in the schema, by its path. */
function schemaEnums(node: unknown, path: string[] = [], out = new Map<string, unknown[]>()): Map<string, unknown[]> {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum' && Array.isArray(value)) out.set(path.join('/'), value);
      else schemaEnums(value, [...path, key], out);
    }
  }
  return out;
}

test('the model reads every enumerated key with exactly the values the schema allows', () => {
  const enums = schemaEnums(schema);
  for (const [name, path] of Object.entries(WHERE)) {
    assert.deepEqual(enums.get(path.join('/')), [...ENUMS[name as keyof typeof ENUMS]], `${name} at ${path.join('/')}`);
  }
  // Every enum of the schema is one the model reads, except the instance platform (kept as text).
  const covered = new Set(Object.values(WHERE).map((p) => p.join('/')));
  assert.deepEqual(
    [...enums.keys()].filter((p) => !covered.has(p)),
    ['definitions/netscalerInstance/properties/platform'],
  );
});
