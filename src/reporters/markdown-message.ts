import type { Finding } from '../model/finding.js';
import { messageTemplate } from '../rules/rule.js';
import type { RuleInfo } from '../rules/index.js';
import { fillTemplate, placeholdersOf } from '../util/template.js';
import { mdCode, mdMessage, mdText } from './markdown-escape.js';

/**
 * A finding's message as Markdown, from its rule's template and its data: the parts the
 * template quotes in backticks are code spans whatever their values hold (a hostname with a
 * backtick cannot end one), the rest is prose. A value that quotes names of its own (a
 * deadline's subject, "license server `ls1`") keeps its quotes as code spans. When the
 * template and data do not give the message (a baseline file's entry, a message cut to its
 * limit), the message is read as before: its backticks quote values.
 */
export function mdFinding(finding: Finding, rules: ReadonlyMap<string, Pick<RuleInfo, 'messages'>>): string {
  const rule = rules.get(finding.ruleId);
  const template = rule && messageTemplate(rule, finding.messageId);
  const values = finding.data.values;
  const renders = template !== undefined && placeholdersOf(template).every((name) => Object.hasOwn(values, name));
  if (!renders || fillTemplate(template, values) !== finding.message) return mdMessage(finding.message);
  return template
    .split('`')
    .map((part, i) => (i % 2 === 1 ? mdCode(fillTemplate(part, values)) : mdProse(fillTemplate(part, values))))
    .join('')
    .trim();
}

/** Rules by id, for `mdFinding`. */
export function rulesById(rules: readonly RuleInfo[]): Map<string, RuleInfo> {
  return new Map(rules.map((rule) => [rule.id, rule]));
}

/** Prose that may quote names of its own in pairs of backticks; with an odd one, all of it prose. */
function mdProse(text: string): string {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return mdText(text);
  return parts.map((part, i) => (i % 2 === 1 ? mdCode(part) : mdText(part))).join('');
}
