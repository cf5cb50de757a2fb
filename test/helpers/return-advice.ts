// Issue 13: "no message of any rule suggests returning an allocation that is bound to a listed
// appliance, console, `ANY`, or a server that exists under another spelling". Returning an
// allocation unlicenses whatever it is bound to, so this sweep reads each inventory itself
// (not through src/) and flags any finding whose data advises a return for such a target.
import { parseAllDocuments } from 'yaml';

interface Listed {
  /** Hostnames and fqdns of active license servers and consoles. */
  names: string[];
  /** Host IDs of active consoles and of instances, lower-cased. */
  hostIds: Set<string>;
}

type Row = Record<string, unknown>;
const rows = (doc: Row, key: string): Row[] =>
  Array.isArray(doc[key]) ? (doc[key] as unknown[]).filter((r): r is Row => typeof r === 'object' && r !== null) : [];
const text = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);

/** The hosts that exist, from every inventory text of a repository (unparseable ones add nothing). */
export function listedHosts(yamlTexts: readonly string[]): Listed {
  const listed: Listed = { names: [], hostIds: new Set() };
  for (const source of yamlTexts) {
    for (const document of parseAllDocuments(source)) {
      let doc: Row | null;
      try {
        doc = document.toJS?.({ maxAliasCount: 100 }) as Row | null;
      } catch {
        continue; // aliases that expand too far: nothing is read from it
      }
      if (!doc || typeof doc !== 'object') continue;
      for (const host of [...rows(doc, 'licenseServers'), ...rows(doc, 'netscalerConsoles')]) {
        if (host.state === 'decommissioned') continue;
        for (const name of [text(host.hostname), text(host.fqdn)]) if (name) listed.names.push(name);
        const id = text(host.hostId);
        if (id) listed.hostIds.add(id.toLowerCase());
      }
      for (const instance of rows(doc, 'netscalerInstances')) {
        const id = text(instance.hostId);
        if (id) listed.hostIds.add(id.toLowerCase());
      }
    }
  }
  return listed;
}

/** The same host under another spelling: letter case, or a short name against an FQDN's first label. */
function sameHost(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (x.includes('.') && y.includes('.')) return false;
  return x.split('.')[0] === y.split('.')[0];
}

// Returning an allocation whose entitlement has ended is advice about the entitlement, not about
// what the allocation is bound to: that rule names a listed server on purpose.
const RETURN_FOR_ANOTHER_REASON = new Set(['allocation/inactive-entitlement']);

/** A finding as the sweep reads it: the kind of its advice and what it is about, as data. */
export interface AdvisedFinding {
  ruleId: string;
  message: string;
  data: { advice: readonly string[]; subjects: readonly string[] };
}

/**
 * Each finding that advises returning an allocation (its data says `return`) while a host it
 * is about exists, as `rule: message`. The advice kind, not the wording: rewording a message
 * cannot hide a return from this sweep (test/examples.test.ts holds a finding that trips it).
 */
export function harmfulReturnAdvice(findings: readonly AdvisedFinding[], listed: Listed): string[] {
  const harmful: string[] = [];
  for (const f of findings) {
    if (RETURN_FOR_ANOTHER_REASON.has(f.ruleId) || !f.data.advice.includes('return')) continue;
    const exists = f.data.subjects.some(
      (target) =>
        target.toUpperCase() === 'ANY' || listed.hostIds.has(target.toLowerCase()) || listed.names.some((name) => sameHost(target, name)),
    );
    if (exists) harmful.push(`${f.ruleId}: ${f.message}`);
  }
  return harmful;
}
