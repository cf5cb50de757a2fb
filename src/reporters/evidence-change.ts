import type { EvidenceChange, EvidenceDifference, HostEvidenceChange } from '../change/evidence-change.js';
import { plural } from '../util/format.js';
import { escapeControls } from '../util/terminal.js';
import { mdCode } from './markdown-escape.js';
import type { StandingWarning } from './standing-warning.js';

/** Most hosts listed: the rest are counted. */
const MAX_LISTED = 50;

type Quote = (text: string) => string;

/**
 * The first thing a reviewer reads when a pull request changes collected evidence, next to
 * any change to the configuration: per host, what its evidence now shows against what it
 * showed, which rules' findings that silences, and how many findings in all. Undefined when
 * the evidence did not change. Every body carries it, cut to fit if it must be
 * (standing-warning.ts).
 */
export function evidenceChangeWarning(change: EvidenceChange | undefined): StandingWarning | undefined {
  if (!change || change.hosts.length === 0) return undefined;
  const n = change.silenced.length;
  const silenced =
    n > 0
      ? `${plural(n, 'finding')} of this change would be reported with the base's evidence and ${n === 1 ? 'is' : 'are'} silenced by it; \`only-new\` counts ${n === 1 ? 'it' : 'them'} as introduced.`
      : undefined;
  return {
    head: '> [!WARNING]\n> **This change modifies collected evidence**, which the rules judge by: review these first.',
    items: change.hosts.slice(0, MAX_LISTED).map((host) => `- ${sentence(host, mdCode)}`),
    unlisted: Math.max(0, change.hosts.length - MAX_LISTED),
    ...(silenced ? { tail: silenced } : {}),
  };
}

/** The same, as one line for the log and the step's failure message. */
export function evidenceChangeLine(change: EvidenceChange | undefined): string | undefined {
  if (!change || change.hosts.length === 0) return undefined;
  const quote: Quote = (text) => `\`${escapeControls(text)}\``;
  const listed = change.hosts
    .slice(0, 10)
    .map((host) => sentence(host, quote))
    .join('; ');
  const more = change.hosts.length > 10 ? `; and ${change.hosts.length - 10} more hosts` : '';
  const silenced = change.silenced.length > 0 ? ` (${plural(change.silenced.length, 'finding')} silenced by it)` : '';
  return `this change modifies collected evidence${silenced}: ${listed}${more}`;
}

/** `evidence for `ctxls01` now shows 11.17.2.0 build 56200, was 11.17.2.0 build 34000: this silences `license-server/version-outdated`` */
function sentence(host: HostEvidenceChange, quote: Quote): string {
  const parts = host.differences.map((d) => difference(d, quote));
  const silences = host.silences.length > 0 ? `: this silences ${host.silences.map(quote).join(', ')}` : '';
  return `evidence for ${quote(host.host)} ${parts.join('; ')}${silences}`;
}

function difference(d: EvidenceDifference, quote: Quote): string {
  switch (d.aspect) {
    case 'folder':
      return d.after === undefined ? 'is gone' : 'is new';
    case 'collected':
      if (d.before === undefined) return `is now dated ${d.after}`;
      if (d.after === undefined) return `has no file dated on or before the as-of day now, was dated ${d.before}`;
      return `is now dated ${d.after}, was ${d.before}`;
    case 'version':
      return `now shows ${d.after === undefined ? 'no version' : quote(d.after)}, was ${d.before === undefined ? 'none' : quote(d.before)}`;
    case 'installed':
      return `now shows ${d.after ?? 'no count of'} ${quote(d.product ?? '')} installed, was ${d.before ?? 'none'}`;
    case 'overdraft':
      return `now shows ${d.after ?? 'no'} ${quote(d.product ?? '')} overdraft, was ${d.before ?? 'none'}`;
    case 'inUse':
      return `now shows ${d.after ?? 'no count of'} ${quote(d.product ?? '')} in use, was ${d.before ?? 'none'}`;
    case 'peakInUse':
      return `now shows a usage history peak of ${d.after ?? 'none'} for ${quote(d.product ?? '')}, was ${d.before ?? 'none'}`;
    case 'usage':
      return `now shows another usage history for ${quote(d.product ?? '')} (${d.after} of ${d.before} days differ)`;
    case 'exports':
      return 'shows other exports than before, in what the rules read from them';
    case 'upload':
      return `now shows ${uploadWords(d.after)}, was ${d.before ?? 'none'}`;
  }
}

function uploadWords(value: string | undefined): string {
  if (value === undefined) return 'no telemetry upload';
  return value === 'never' ? 'that it never uploaded telemetry' : `the last telemetry upload on ${value}`;
}
