import { formatCount } from '../util/format.js';
import { githubSize } from './github-limits.js';

/**
 * A warning every GitHub body carries before its verdict, whatever else it must leave out
 * (the change modifies its own checks, …). Its head and tail always show; its items, one
 * line of escaped Markdown each, show as many as fit and the rest are counted. Cut to fit,
 * never dropped.
 */
export interface StandingWarning {
  head: string;
  items: readonly string[];
  /** Items that exist but are not given (over the warning's own cap): counted with the cut ones. */
  unlisted?: number;
  tail?: string;
}

/**
 * The warning in at most `room` bytes when its head and tail leave room for one item: items
 * are whole lines, so a cut never splits a code span. The head and tail are the action's own
 * short sentences; they show even when `room` is smaller.
 */
export function fitWarning(warning: StandingWarning, room: number, whereAll?: string): string {
  const tail = warning.tail ? `\n\n${warning.tail}` : '';
  const total = warning.items.length + (warning.unlisted ?? 0);
  const whole = render(warning.head, warning.items, moreLine(warning.unlisted ?? 0, false, whereAll), tail);
  if (githubSize(whole) <= room) return whole;
  const reserve = githubSize(moreLine(total, true, whereAll)) + 1;
  let used = githubSize(warning.head) + githubSize(tail) + 2 + reserve;
  const shown: string[] = [];
  for (const item of warning.items) {
    const size = githubSize(item) + 1;
    if (used + size > room) break;
    shown.push(item);
    used += size;
  }
  return render(warning.head, shown, moreLine(total - shown.length, true, whereAll), tail);
}

function render(head: string, items: readonly string[], more: string, tail: string): string {
  const lines = more ? [...items, more] : items;
  return `${head}${lines.length > 0 ? `\n\n${lines.join('\n')}` : ''}${tail}`;
}

function moreLine(count: number, cut: boolean, whereAll: string | undefined): string {
  if (count === 0) return '';
  if (!cut) return `- and ${formatCount(count)} more`;
  return `- and ${formatCount(count)} more, left out here to stay within GitHub's size limit${whereAll ? `: ${whereAll}` : ''}`;
}
