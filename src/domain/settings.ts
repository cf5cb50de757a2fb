import { LICENSE_SERVER_BUILDS, type BuildRelease } from '../data/license-server-builds.js';
import { NETSCALER_THRESHOLDS, type NetscalerThresholds } from '../data/netscaler.js';
import { POLICY, type Policy } from '../data/policy.js';

/** Everything a rule may consult besides the inventory: policy windows and release data. */
export interface Settings {
  policy: Policy;
  builds: readonly BuildRelease[];
  netscaler: NetscalerThresholds;
}

export function defaultSettings(): Settings {
  return { policy: { ...POLICY }, builds: LICENSE_SERVER_BUILDS, netscaler: { ...NETSCALER_THRESHOLDS } };
}
