import type { Severity } from './finding.js';
import type { IsoDate } from './inventory.js';
import type { Where } from './location.js';
import type { Advice, MessageValues } from './finding-data.js';

/**
 * A finding before it is located, given its configured severity and rendered: a message id
 * of its rule's `meta.messages` and the values of its placeholders. Rules report through
 * their context; the loader and the suppressor build these themselves.
 */
export interface RawFinding {
  ruleId: string;
  /** A key of the rule's `meta.messages` (or of the messages every rule shares, rules/rule.ts). */
  messageId: string;
  values: MessageValues;
  /** What the finding is about (hostnames, ids, products, files); see FindingData. */
  subjects: readonly string[];
  amount?: number;
  due?: IsoDate;
  /** Only where the advice depends on more than the message id; else the rule's `meta.advice`. */
  advice?: readonly Advice[];
  /** The key the finding says its entity lacks (rules/rule.ts ReportDescriptor.absent). */
  absent?: string;
  where: Where;
  /** Point at the key of the node rather than its value (an unknown key). */
  onKey?: boolean;
  /** The entity the finding is about, for the fingerprint (hostname, entitlement id...). */
  entity: string;
  /**
   * Identified by what is wrong rather than where (a syntax or schema problem): the rendered
   * message completes `entity`, so lines added above it do not make it new.
   */
  keyedByMessage?: true;
  /** A rule whose severity depends on the date (file-based activation) sets it here. */
  severity?: Severity;
}
