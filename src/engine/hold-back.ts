import { isSourceRange } from '../model/location.js';
import type { RawFinding } from '../model/raw-finding.js';
import type { Doubts } from '../load/doubts.js';
import { READS } from '../rules/reads.js';

/**
 * Keeps the rule findings that do not rest on anything the linter could not read. A finding
 * about an entity in doubt, or from a rule that reads a list holding one, may follow from a
 * schema or syntax error rather than from the inventory as meant: its advice (return an
 * allocation, remove licenses, buy more) must not be followed, so it waits until the error,
 * which is reported at its cause, is fixed.
 */
export function holdBack(findings: readonly RawFinding[], doubts: Doubts): RawFinding[] {
  if (!doubts.any) return [...findings];
  return findings.filter((finding) => {
    if ((READS[finding.ruleId] ?? []).some((list) => doubts.lists.has(list))) return false;
    if (!isSourceRange(finding.where)) return !doubts.hasEntity(finding.where.file, finding.where.path);
    // Located in a license file: the entity key names the host holding it (domain/entity.ts).
    const host = /^(?:file|feature|server|console):([^:]+)/.exec(finding.entity)?.[1];
    return host === undefined || !doubts.names.has(host);
  });
}
