import type { Policy } from '../../data/policy.js';
import { currentEvidenceOf } from '../../domain/evidence.js';
import type { Inventory, IsoDate } from '../../model/inventory.js';

/**
 * What runs is what the version rules judge: where current evidence states a host's version,
 * the model's `version` becomes the collected one and the declared one is kept beside it
 * (collected/version-differs reports the difference). Findings still point at the
 * inventory's `version`, the line to correct.
 */
export function applyCollectedVersions(inventory: Inventory, asOf: IsoDate, policy: Policy): void {
  const hosts = [
    ...inventory.licenseServers.map((host) => ({ host, family: 'license-server' })),
    ...inventory.netscalerInstances.map((host) => ({ host, family: 'netscaler-instance' })),
  ];
  for (const { host, family } of hosts) {
    const stated = currentEvidenceOf(inventory, host, asOf, policy).find((e) => e.version && e.family === family)?.version;
    if (!stated) continue;
    host.versionCollected = { ...(host.version === undefined ? {} : { declared: host.version }), file: stated.file.file };
    host.version = stated.value;
  }
}
