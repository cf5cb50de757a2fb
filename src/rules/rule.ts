import type { Inventory, IsoDate } from '../model/inventory.js';
import type { Severity } from '../model/finding.js';
import type { Where } from '../model/location.js';
import type { InventoryIndex } from '../domain/inventory-index.js';
import type { Settings } from '../domain/settings.js';
import type { Deadline } from '../domain/deadlines.js';
import { versionedDocsUrl } from '../util/docs-url.js';

/** A rule's level as configured: a severity, or off. */
export type RuleLevel = Severity | 'off';

export type MessageData = Record<string, string | number>;

export interface ReportDescriptor<M extends string> {
  messageId: M;
  at: Where;
  data?: MessageData;
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

export interface RuleMeta<M extends string> {
  id: string;
  severity: Severity;
  /** One line, shown in SARIF and the rules index. */
  description: string;
  messages: Record<M, string>;
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

/** A rule's page as of this version's release tag: the page that matches the rule that fired. */
export function docsUrl(ruleId: string): string {
  return versionedDocsUrl(`docs/rules/${ruleId}.md`);
}

/** The rules index as of this version's release tag. */
export const DOCS_BASE = versionedDocsUrl('docs/rules/README.md');

/**
 * Fills `{{name}}` placeholders from `data`, else from `fallback` (as `{ ...fallback, ...data }`
 * would, without copying both for every finding); a missing value is a programming error
 * caught by tests.
 */
export function renderMessage(template: string, data: MessageData = {}, fallback?: MessageData): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = fallback === undefined || Object.hasOwn(data, name) ? data[name] : fallback[name];
    if (value === undefined) throw new Error(`message placeholder {{${name}}} has no value`);
    return String(value);
  });
}
