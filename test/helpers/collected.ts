/** One XDT pool as the collection script of docs/collect.md writes it (counts include the overdraft, as the SDK's do). */
export interface CollectedPoolSpec {
  edition: string;
  model: string;
  installed: number;
  overdraft: number;
  inUse: number;
}

/** The collection script's JSON for `host`, collected the day before the tests' as-of (2026-11-28). */
export function collectorJson(host: string, pools: readonly CollectedPoolSpec[]): string {
  return JSON.stringify({
    collectedAt: '2026-11-27T03:00:12Z',
    server: host,
    slVersion: 'v11.17.2.0 build 56200 i86_n3',
    pools: pools.map((p) => ({ product: 'XDT', type: 'RetailS', expires: '2027-12-31', ...p })),
  });
}
