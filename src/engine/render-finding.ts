import type { FindingData, MessageValues } from '../model/finding-data.js';
import type { RawFinding } from '../model/raw-finding.js';
import { messageAdvice, messageTemplate, type RuleMeta } from '../rules/rule.js';
import { capMessage } from '../util/format.js';
import { fillTemplate, placeholdersOf, type TemplateValues } from '../util/template.js';

/**
 * A raw finding's message and data: its rule's template (`meta.messages[messageId]`) filled
 * from its values, else from the run's thresholds. The data keeps exactly the values the
 * template uses, so that template and values give the message again (Markdown does).
 */
export function renderFinding(
  raw: RawFinding,
  meta: Pick<RuleMeta<string>, 'id' | 'messages' | 'advice'>,
  thresholds: TemplateValues,
): { message: string; data: FindingData } {
  const template = messageTemplate(meta, raw.messageId);
  if (template === undefined) throw new Error(`${meta.id} has no message \`${raw.messageId}\``);
  const values: MessageValues = {};
  for (const name of placeholdersOf(template)) {
    const value = Object.hasOwn(raw.values, name) ? raw.values[name] : thresholds[name];
    if (value === undefined) throw new Error(`message placeholder {{${name}}} of ${meta.id}:${raw.messageId} has no value`);
    values[name] = value;
  }
  const data: FindingData = {
    subjects: [...new Set(raw.subjects.filter((subject) => subject !== ''))],
    advice: [...(raw.advice ?? messageAdvice(meta, raw.messageId))],
    ...(raw.amount === undefined ? {} : { amount: raw.amount }),
    ...(raw.due === undefined ? {} : { due: raw.due }),
    values,
  };
  // A rule may quote a value written in the inventory: bounded, whatever was written.
  return { message: capMessage(fillTemplate(template, values)), data };
}
