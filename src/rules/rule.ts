import type { Inventory, IsoDate } from '../model/inventory.js';
import type { Severity } from '../model/finding.js';
import type { Where } from '../model/location.js';
import type { EntityList } from '../model/entity-lists.js';
import type { Advice, MessageValues } from '../model/finding-data.js';
import type { InventoryIndex } from '../domain/inventory-index.js';
import type { Settings } from '../domain/settings.js';
import type { Deadline } from '../domain/deadlines.js';
import { versionedDocsUrl } from '../util/docs-url.js';

export { fillTemplate as renderMessage } from '../util/template.js';

/** A rule's level as configured: a severity, or off. */
export type RuleLevel = Severity | 'off';

export type MessageData = MessageValues;

export interface ReportDescriptor<M extends string> {
  messageId: M;
  at: Where;
  data?: MessageData;
  /** What the finding is about, as written (hostnames, host IDs, entitlement ids, products): FindingData.subjects. */
  subjects: readonly string[];
  /** The size of the problem, for a rule that declares `meta.measures`. */
  amount?: number;
  /** The last day before something runs out, when the message names one. */
  due?: IsoDate;
  /** Only where the advice depends on more than the message (a deadline's kind): else `meta.advice[messageId]`. */
  advice?: readonly Advice[];
  /**
   * The key the finding says the entity lacks (`telemetry`, `version`): where a syntax error
   * cut the entity short after a line that writes it, the finding is no finding (engine/hold-back.ts).
   */
  absent?: string;
  /** What the finding is about (hostname, entitlement id, product...): its stable identity. */
  entity: string;
  /** Only for rules whose severity depends on the date. */
  severity?: Severity;
}

export interface RuleContext<M extends string> {
  inventory: Inventory;
  index: InventoryIndex;
  asOf: IsoDate;
  settings: Settings;
  /** Every deadline from as-of on, earliest first, computed once per run. */
  deadlines: readonly Deadline[];
  report(descriptor: ReportDescriptor<M>): void;
}

/**
 * How a rule's findings depend on a list of the inventory besides the entity each is about,
 * which decides what an unreadable part of the inventory (a schema or syntax error) withholds:
 * - `any`: an entry of the list may make or undo a finding (a host that exists is no ghost):
 *   while an entry it may concern, or the list as a whole, is in doubt, the finding waits;
 * - `adds`: entries only add to what the finding measures or says (a sum already too large, a
 *   second entry of one host): entries not read cannot undo it, so it stands on the readable
 *   ones, judged again without the entries in doubt.
 */
export type ReadMode = 'any' | 'adds';
export type Reads = Partial<Record<EntityList, ReadMode>>;

export interface RuleMeta<M extends string> {
  id: string;
  severity: Severity;
  /** What each message advises (FindingData.advice): the safety checks read this, not the words. */
  advice: Record<M, readonly Advice[]>;
  /** The lists it concludes from besides its own entity, and how (engine/hold-back.ts). A rule without it reads only that entity. */
  reads?: Reads;
  /**
   * It reads only names (hostnames, ids, references): a doubt about another field of an
   * entity (a misspelt `version`) does not change its findings.
   */
  identityOnly?: true;
  /**
   * It reads only collected evidence, never the inventory: no schema or syntax error in the
   * inventory can change its findings, so they are never withheld (engine/hold-back.ts).
   */
  evidenceOnly?: true;
  /** What `FindingData.amount` counts, for a rule whose findings measure something: a larger amount is a worse finding. */
  measures?: string;
  /**
   * The hosts of this list it judges by collected evidence in automatic telemetry mode: while
   * the rule is on, those no evidence covers are counted as unverified (`LintResult.telemetryUnverified`).
   */
  verifiesAutomaticTelemetry?: 'licenseServers' | 'netscalerConsoles';
  /** One line, shown in SARIF and the rules index. */
  description: string;
  messages: Record<M, string>;
  /** Its help: SARIF and Markdown show it, `npm run docs` writes the rule's page from it. */
  docs?: RuleDocs;
}

/**
 * A rule's help, in Markdown, with the sources it quotes written where it quotes them. The
 * page `docs/rules/<id>.md` is generated from it and from the rule's example cases
 * (`test/rules/<id>/docs-fires/`, `docs-passes/`); nothing is read back from the page.
 */
export interface RuleDocs {
  /** Why the rule exists: the Citrix requirement and its source. */
  why: string;
  /** How to fix a finding (the page adds how to turn the rule off). */
  fix: string;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  /**
   * Absent for the rules whose findings come from loading the inventory (YAML syntax,
   * schema, license file syntax): they are registered for their metadata and docs.
   */
  check?(context: RuleContext<M>): void;
}

/** Typing helper: a report with a message id the rule does not define fails to compile. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/**
 * Messages every rule has besides its own: the engine's summary of findings it did not keep
 * (engine/finding-cap.ts), said in the name of the rule whose findings it counts.
 */
export const SHARED_MESSAGES = {
  capped:
    'and {{dropped}} more findings of this rule, not listed: at most {{perEntity}} per entity and {{perRule}} per rule are kept; fix the ones shown and run again',
} as const;
const SHARED_ADVICE: Record<keyof typeof SHARED_MESSAGES, readonly Advice[]> = { capped: [] };

/** The template of one of a rule's messages (its own, or a shared one); undefined when it has none of that id. */
export function messageTemplate(meta: Pick<RuleMeta<string>, 'messages'>, messageId: string): string | undefined {
  return Object.hasOwn(meta.messages, messageId)
    ? meta.messages[messageId]
    : (SHARED_MESSAGES as Record<string, string | undefined>)[messageId];
}

/** What a message of a rule advises. */
export function messageAdvice(meta: Pick<RuleMeta<string>, 'advice'>, messageId: string): readonly Advice[] {
  return Object.hasOwn(meta.advice, messageId)
    ? meta.advice[messageId]!
    : ((SHARED_ADVICE as Record<string, readonly Advice[]>)[messageId] ?? []);
}

/** A rule's page as of this version's release tag: the page that matches the rule that fired. */
export function docsUrl(ruleId: string): string {
  return versionedDocsUrl(`docs/rules/${ruleId}.md`);
}

/** The rules index as of this version's release tag. */
export const DOCS_BASE = versionedDocsUrl('docs/rules/README.md');
