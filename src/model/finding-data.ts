import type { IsoDate } from './inventory.js';

/**
 * What a finding tells the reader to do, as a kind. Tools and the safety checks read this,
 * never the words of the message: rewording a message cannot hide that it advises a return.
 *
 * - `return`: give an allocation back in the licensing portal;
 * - `remove`: remove installed licenses or a license file from a host;
 * - `buy`: buy more licenses;
 * - `renew`: renew a subscription or its maintenance (Customer Success Services);
 * - `reallocate`: allocate or move licenses in the licensing portal (and install the new file);
 * - `install`: install a license file on a host (a renewed one, the one declared);
 * - `upgrade`: upgrade a host, or move it to the License Activation Service;
 * - `report`: make a host report telemetry (turn it on, upload by hand);
 * - `check`: find out on the host before acting (what `hostname` prints, whether licenses are in use);
 * - `fix-input`: correct what was written (the inventory, a license file path, a directive, the configuration).
 *
 * The first three change what Citrix counts and are harmful when built on a misread value.
 */
export const ADVICE_KINDS = [
  'return',
  'remove',
  'buy',
  'renew',
  'reallocate',
  'install',
  'upgrade',
  'report',
  'check',
  'fix-input',
] as const;
export type Advice = (typeof ADVICE_KINDS)[number];

/** Advice that changes what Citrix counts: never given on a value the linter could not read. */
export const HARMFUL_ADVICE: readonly Advice[] = ['return', 'remove', 'buy'];

/** A placeholder's value: JSON-safe, as it is written into the message. */
export type MessageValue = string | number;
export type MessageValues = Record<string, MessageValue>;

/**
 * A finding as data: what it is about, what it measures, when it runs out, what it advises,
 * and the values its message was rendered from (`meta.messages[messageId]` of its rule).
 * Every decision (comparing runs, ordering, withholding, Markdown) reads this, never the prose.
 */
export interface FindingData {
  /** What the finding is about, as written: hostnames, host IDs, entitlement ids, products, file names. */
  subjects: string[];
  /** What it advises, in the order the message says it; empty when it advises nothing. */
  advice: Advice[];
  /** The size of the problem, where the rule measures one (`meta.measures` says in what): larger is worse. */
  amount?: number;
  /** The last day before something runs out or falls due, where the message names one. */
  due?: IsoDate;
  /** Every placeholder of the message, thresholds included: the template and these give the message. */
  values: MessageValues;
}
