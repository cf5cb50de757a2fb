import type { Severity } from './finding.js';
import type { Where } from './location.js';

/** A finding before it is located and given its configured severity. */
export interface RawFinding {
  ruleId: string;
  /** The key of the rule's `meta.messages` it was rendered from; absent for loader findings. */
  messageId?: string;
  message: string;
  where: Where;
  /** Point at the key of the node rather than its value (an unknown key). */
  onKey?: boolean;
  /** The entity the finding is about, for the fingerprint (hostname, entitlement id...). */
  entity: string;
  /** A rule whose severity depends on the date (file-based activation) sets it here. */
  severity?: Severity;
}
