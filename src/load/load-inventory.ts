import path from 'node:path';
import type { Inventory } from '../model/inventory.js';
import type { RawFinding } from '../model/raw-finding.js';
import { validateInventory as validate } from '../schema/inventory-validator.js';
import { describeSchemaErrors } from '../schema/describe-errors.js';
import { addToModel, emptyInventory, type LicenseFileResolver } from './build-model.js';
import { isSourceRange, type SourceRange, type Where } from '../model/location.js';
import { createLicenseFileResolver } from './license-file-resolver.js';
import { parseInventoryFile, DEFAULT_PARSE_LIMITS, type ParseLimits } from './parse-inventory-file.js';
import type { YamlText } from '../yaml/read-yaml.js';
import type { InventoryRoot } from './discover.js';
import { diskFileSystem, type FileSystem } from '../io/file-system.js';
import { Doubts } from './doubts.js';
import { checkWrittenValues } from './written-values.js';

export interface LoadedInventory {
  inventory: Inventory;
  /** Every parsed YAML file by absolute path, for locating findings. */
  sources: Map<string, YamlText>;
  /** Findings of loading: YAML syntax, schema, references to license files, license file syntax. */
  findings: RawFinding[];
  /** License file (absolute path) → the inventory files naming it. */
  licenseFileUsers: Map<string, Set<string>>;
  /** What could not be read as written: rules' findings built on it are held back. */
  doubts: Doubts;
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
        messageId: 'link',
        values: { problem },
        subjects: [path.basename(file)],
        where: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
        entity: `${file}#link`,
      });
    }
  }
  const resolveFile = createLicenseFileResolver((yamlFile) => rootOf.get(yamlFile)!, limits.maxLicenseFileBytes, fs);
  const licenseFileUsers = new Map<string, Set<string>>();
  const note = (where: unknown, yamlFile: string) => {
    if (!where || !isSourceRange(where as Where)) return;
    const file = (where as SourceRange).file;
    licenseFileUsers.set(file, (licenseFileUsers.get(file) ?? new Set()).add(yamlFile));
  };
  const resolve: LicenseFileResolver = (entry, reportTo) => {
    const result = resolveFile(entry, (finding) => {
      note(finding.where, entry.yamlFile);
      reportTo(finding);
    });
    for (const feature of result?.features ?? []) note(feature.at, entry.yamlFile);
    note(result?.hostnameAt, entry.yamlFile);
    return result;
  };
  const doubts = new Doubts();

  for (const file of rootOf.keys()) {
    if (sources.has(file)) continue;
    inventory.files.push(file);
    const parsed = parseInventoryFile(file, limits, fs);
    sources.set(file, parsed.source);
    findings.push(...parsed.findings);
    for (const { finding, at, repeatedKey } of parsed.doubts) {
      doubts.atLine(file, parsed.source, parsed.data, parsed.source.rangeAt(at, 0).line, repeatedKey, finding);
    }
    if (parsed.data == null) {
      // A file that could not be read may have held entries of any list; an empty one held none.
      if (parsed.findings.length > 0) doubts.fileNotRead(file, parsed.doubts[0]?.finding ?? parsed.findings[0]!);
      else {
        findings.push({
          ruleId: 'inventory/schema',
          messageId: 'emptyFile',
          values: {},
          subjects: [path.basename(file)],
          where: { file, path: [] },
          entity: `${file}#empty`,
        });
      }
      continue;
    }
    if (!parsed.broken && !validate(parsed.data)) {
      for (const problem of describeSchemaErrors(validate.errors ?? [], parsed.data)) {
        // Located now, while the Document is alive: it is dropped below.
        const finding: RawFinding = {
          ruleId: 'inventory/schema',
          messageId: problem.messageId,
          values: problem.values,
          subjects: problem.subject === undefined ? [] : [problem.subject],
          where: parsed.source.locate(problem.path, problem.onKey),
          entity: `${file}#schema#`,
          keyedByMessage: true,
        };
        findings.push(finding);
        doubts.atPath(
          file,
          parsed.data,
          problem.missing === undefined ? problem.path : [...problem.path, problem.missing],
          problem.onKey,
          finding,
        );
      }
    }
    if (!parsed.broken) {
      for (const problem of checkWrittenValues(parsed.data, parsed.source)) {
        const finding: RawFinding = {
          ruleId: 'inventory/schema',
          messageId: problem.messageId,
          values: problem.values,
          subjects: [],
          where: parsed.source.locate(problem.path),
          entity: `${file}#schema#`,
          keyedByMessage: true,
        };
        findings.push(finding);
        doubts.atPath(file, parsed.data, problem.path, false, finding);
      }
    }
    parsed.source.compact();
    addToModel(inventory, { file, data: parsed.data }, resolve, report);
  }
  if (doubts.any)
    inventory.unread = {
      lists: [...doubts.wholeLists.keys()],
      names: Object.fromEntries([...doubts.namesByList].map(([list, names]) => [list, [...names.keys()]])),
    };
  return { inventory, sources, findings, doubts, licenseFileUsers };
}
