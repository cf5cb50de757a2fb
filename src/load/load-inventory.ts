import type { Inventory } from '../model/inventory.js';
import type { RawFinding } from '../model/raw-finding.js';
import { validateInventory as validate } from '../schema/inventory-validator.js';
import { describeSchemaErrors } from '../schema/describe-errors.js';
import { addToModel, emptyInventory } from './build-model.js';
import { createLicenseFileResolver } from './license-file-resolver.js';
import { parseInventoryFile, DEFAULT_PARSE_LIMITS, type ParseLimits } from './parse-inventory-file.js';
import type { YamlText } from '../yaml/read-yaml.js';
import type { InventoryRoot } from './discover.js';
import { diskFileSystem, type FileSystem } from '../io/file-system.js';

export interface LoadedInventory {
  inventory: Inventory;
  /** Every parsed YAML file by absolute path, for locating findings. */
  sources: Map<string, YamlText>;
  /** Findings of loading: YAML syntax, schema, references to license files, license file syntax. */
  findings: RawFinding[];
}

export function loadInventory(
  roots: readonly InventoryRoot[],
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  fs: FileSystem = diskFileSystem,
): LoadedInventory {
  const inventory = emptyInventory();
  const sources = new Map<string, YamlText>();
  const findings: RawFinding[] = [];
  const report = (finding: RawFinding) => findings.push(finding);
  const rootOf = new Map<string, string>();
  for (const root of roots) for (const file of root.files) rootOf.set(file, root.repositoryRoot);
  for (const root of roots) {
    for (const { file, problem } of root.refused) {
      // Located at the link itself: nothing was read, so there is no line to point at.
      findings.push({
        ruleId: 'inventory/reference',
        message: `not read: this path ${problem}; commit the file itself inside the repository`,
        where: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
        entity: `${file}#link`,
      });
    }
  }
  const resolve = createLicenseFileResolver((yamlFile) => rootOf.get(yamlFile)!, limits.maxLicenseFileBytes, fs);

  for (const file of rootOf.keys()) {
    if (sources.has(file)) continue;
    inventory.files.push(file);
    const parsed = parseInventoryFile(file, limits, fs);
    sources.set(file, parsed.source);
    findings.push(...parsed.findings);
    if (parsed.data == null) {
      if (parsed.findings.length === 0) {
        findings.push({
          ruleId: 'inventory/schema',
          message: 'the inventory file is empty: start it with `version: 1`',
          where: { file, path: [] },
          entity: `${file}#empty`,
        });
      }
      continue;
    }
    if (!parsed.broken && !validate(parsed.data)) {
      for (const problem of describeSchemaErrors(validate.errors ?? [], parsed.data)) {
        // Located now, while the Document is alive: it is dropped below.
        findings.push({
          ruleId: 'inventory/schema',
          message: problem.message,
          where: parsed.source.locate(problem.path, problem.onKey),
          entity: `${file}#schema#${problem.message}`,
        });
      }
    }
    parsed.source.compact();
    addToModel(inventory, { file, data: parsed.data }, resolve, report);
  }
  return { inventory, sources, findings };
}
