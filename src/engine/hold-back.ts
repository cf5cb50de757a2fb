import { isSourceRange } from '../model/location.js';
import type { RawFinding } from '../model/raw-finding.js';
import type { Doubts } from '../load/doubts.js';
import { EVIDENCE_ONLY, IDENTITY_ONLY, READS } from '../rules/reads.js';
import { isEntityList } from '../model/entity-lists.js';
import { shortKey } from '../domain/host-names.js';

/**
 * Keeps the rule findings that do not rest on anything the linter could not read. A finding
 * about an entity in doubt, or from a rule that reads a list holding one it may concern, may
 * follow from a schema or syntax error rather than from the inventory as meant: its advice
 * (return an allocation, remove licenses, buy more) must not be followed, so it waits until
 * the error, reported at its cause, is fixed.
 */
export function holdBack(findings: readonly RawFinding[], doubts: Doubts): RawFinding[] {
  if (!doubts.any) return [...findings];
  const allNames = doubts.names();
  return findings.filter((finding) => {
    if (EVIDENCE_ONLY.has(finding.ruleId)) return true;
    const names = namesIn(finding);
    if ((READS[finding.ruleId] ?? []).some((list) => doubts.concerns(list, names))) return false;
    if (!isSourceRange(finding.where)) {
      const list = finding.where.path[0];
      if (IDENTITY_ONLY.has(finding.ruleId)) return !(isEntityList(list) && doubts.wholeLists.has(list));
      return !doubts.hasEntity(finding.where.file, finding.where.path);
    }
    // Located in a license file: held back when the host holding it is in doubt.
    return ![...names].some((name) => allNames.has(name));
  });
}

/**
 * What a finding is about, lower-cased: the parts of its entity key and the words of its
 * message, each also by its short name, since an allocation to `CTXLS01.corp.example` is
 * one to the server `ctxls01`.
 */
function namesIn(finding: RawFinding): Set<string> {
  const words = finding.message.split(/[\s`(),;]+/).map((word) => word.replace(/[:.]+$/, ''));
  const names = [...finding.entity.split(':'), ...words].filter((word) => word !== '').map((word) => word.toLowerCase());
  return new Set(names.flatMap((name) => [name, shortKey(name)]));
}
