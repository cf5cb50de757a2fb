import { shortKey } from '../domain/host-names.js';

/**
 * One host, several spellings: `Get-LicServerInfo` may give the short name (`CTXLS01`)
 * where a license file binds the full one (`ctxls01.corp.example`). A short name matches
 * a full name when it equals its first label, ignoring case, and only when exactly one
 * full name does; otherwise the names stay apart rather than being guessed together.
 */
export function sameHost(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The one name in `candidates` that `name` stands for, if there is exactly one. */
export function matchHost(name: string, candidates: readonly string[]): string | undefined {
  const exact = candidates.filter((candidate) => sameHost(candidate, name));
  if (exact.length > 0) return exact[0];
  const isShort = (host: string) => !host.includes('.');
  const byLabel = candidates.filter((candidate) => (isShort(name) || isShort(candidate)) && shortKey(candidate) === shortKey(name));
  return byLabel.length === 1 ? byLabel[0] : undefined;
}
