import type { TestContext } from 'node:test';
import { GitRepo } from './git-repo.js';

/** One license server, ctxls01, on a given build and telemetry. */
export const serverInventory = (version = '11.17.2.0 build 56200', telemetry = '{ mode: automatic }') =>
  `version: 1\nlicenseServers:\n  - hostname: ctxls01\n    fqdn: ctxls01.corp.example\n    environment: production\n    state: active\n    version: ${version}\n    activation: las-online\n    telemetry: ${telemetry}\n`;

/** The collection script's JSON of docs/collect.md, collected 2026-11-27 unless `fields` say otherwise. */
export const collectorJson = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({
    collectedAt: '2026-11-27T03:00:00Z',
    server: 'ctxls01',
    slVersion: 'v11.17.2.0 build 56200 i86_n3',
    pools: [],
    ...fields,
  });

/** The upload bundle a license server keeps, named for its upload time. */
export const bundleName = (iso: string) => `upload_${Date.parse(iso) / 1000}.zip`;

/**
 * A base where ctxls01 runs build 34000, by the inventory and by its evidence, and a head that
 * changes nothing but the evidence: build 56200, with current dates (issue 24's forged slVersion).
 */
export function forgedBuildRepo(t: TestContext): { repo: GitRepo; base: string; head: string } {
  const repo = new GitRepo(t);
  const base = repo.commit(
    'base',
    {
      'inventory.yaml': serverInventory('11.16.6.0 build 34000'),
      'collected/ctxls01/collected.json': collectorJson({ slVersion: 'v11.16.6.0 build 34000 i86_n3' }),
    },
    '2026-11-27T04:00:00Z',
  );
  const head = repo.commit('only evidence', { 'collected/ctxls01/collected.json': collectorJson() }, '2026-11-27T05:00:00Z');
  return { repo, base, head };
}
