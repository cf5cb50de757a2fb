import type { ConfigChange } from '../change/config-weakening.js';
import type { Finding } from '../model/finding.js';
import { plural } from '../util/format.js';
import { escapeControls } from '../util/terminal.js';
import { mdMessage } from './markdown-escape.js';
import type { StandingWarning } from './standing-warning.js';

/** Most items listed: the rest are counted. */
const MAX_LISTED = 50;

/**
 * The first thing a reviewer reads when a pull request changes what it is judged by: each
 * change to the configuration and each suppression it adds (with its reason), and how many
 * findings those changes hide. Undefined when the change touches neither. Every body
 * carries it, cut to fit if it must be (standing-warning.ts).
 */
export function weakeningWarning(change: ConfigChange | undefined): StandingWarning | undefined {
  if (!change || (change.weakenings.length === 0 && change.hidden.length === 0)) return undefined;
  const items = change.weakenings.slice(0, MAX_LISTED).map((w) => {
    const reason = w.reason === undefined ? '' : ` — reason given: ${inline(w.reason)}`;
    return `- ${inline(w.text)}${reason}`;
  });
  const hidden =
    change.hidden.length > 0
      ? `${plural(change.hidden.length, 'finding')} of this change would be reported under the base's configuration and ${change.hidden.length === 1 ? 'is' : 'are'} hidden by it; \`only-new\` counts ${change.hidden.length === 1 ? 'it' : 'them'} as introduced.`
      : undefined;
  return {
    head: '> [!WARNING]\n> **This change modifies its own checks** (configuration or suppressions): review these first.',
    items,
    unlisted: Math.max(0, change.weakenings.length - MAX_LISTED),
    ...(hidden ? { tail: hidden } : {}),
  };
}

/** The same, as one line for the log and the step's failure message. */
export function weakeningLine(change: ConfigChange | undefined): string | undefined {
  if (!change || (change.weakenings.length === 0 && change.hidden.length === 0)) return undefined;
  const listed = change.weakenings
    .slice(0, 10)
    .map((w) => escapeControls(w.text))
    .join('; ');
  const more = change.weakenings.length > 10 ? `; and ${change.weakenings.length - 10} more` : '';
  const hidden = change.hidden.length > 0 ? ` (${plural(change.hidden.length, 'finding')} hidden by it)` : '';
  return `this change modifies its own checks${hidden}: ${listed}${more}`;
}

/** Suppressed findings with the reason given for each: an auditor reads them, not only their count. */
export function suppressedMarkdown(findings: readonly Finding[]): string | undefined {
  const suppressed = findings.filter((f) => f.suppression);
  if (suppressed.length === 0) return undefined;
  const rows = suppressed
    .slice(0, MAX_LISTED)
    .map((f) => `- \`${f.ruleId}\`: ${inline(f.message)} — reason given: ${inline(f.suppression!.justification)}`);
  if (suppressed.length > MAX_LISTED) rows.push(`- and ${suppressed.length - MAX_LISTED} more (listed in the SARIF and JSON reports)`);
  return `<details><summary>${plural(suppressed.length, 'finding')} suppressed inline, with the reasons given</summary>\n\n${rows.join('\n')}\n\n</details>`;
}

/** Free text inside a list item, capped, through the one Markdown escaper (issue 15). */
function inline(text: string): string {
  return mdMessage(text.length > 300 ? `${text.slice(0, 297)}...` : text);
}
