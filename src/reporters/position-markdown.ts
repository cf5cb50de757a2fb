/**
 * The license position in Markdown: the whole table (`position --format markdown`, the
 * tracking issue), and the rows a change moves (the pull request comment and job summary).
 * Inventory text enters only as code spans (markdown-escape.ts); each part fits its budget.
 */
import { formatCount } from '../util/format.js';
import { githubSize } from './github-limits.js';
import { mdCell, mdCode } from './markdown-escape.js';
import { UNREAD_WORDS, type HostRecord, type PositionRecord, type PositionReport } from './position.js';

const HEAD =
  '| Product | Bought | Allocated | Installed | Overdraft | In use | Peak in use | Hosts |\n|---|---:|---:|---:|---:|---:|---|---|';
const NUMBERS = ['bought', 'allocated', 'installed', 'overdraft', 'inUse'] as const;

const count = (n: number | null) => (n === null ? '_unknown_' : formatCount(n));
const peak = (r: PositionRecord | undefined) => (r?.peakInUse == null ? '_unknown_' : `${formatCount(r.peakInUse)} (${r.peakOn})`);

function hostCell(hosts: readonly HostRecord[]): string {
  if (hosts.length === 0) return '—';
  return hosts
    .map(
      (h) =>
        `${mdCode(h.host)} ${h.installed === null && h.inUse === null ? '_unknown_' : `${count(h.installed)} / ${count(h.inUse)} in use`}`,
    )
    .join(', ');
}

function unseenLine(report: PositionReport): string {
  const unread = report.unread ? `\n\n_Unknown_: ${UNREAD_WORDS}` : '';
  if (report.unseen.length === 0) return unread;
  const names = report.unseen.map((u) => mdCode(u.host)).join(', ');
  return `\n\n_Unknown_: nothing read shows what ${names} ${report.unseen.length === 1 ? 'holds' : 'hold'}; collect their pools (docs/collect.md, docs/position.md).${unread}`;
}

/**
 * The whole position within `budget` bytes; the rows that do not fit are counted. Rows are
 * in product order, so a cut table still shows the first products whole.
 */
export function positionMarkdown(report: PositionReport, budget = Number.POSITIVE_INFINITY): string {
  const title = `### License position as of ${report.asOf}`;
  if (report.products.length === 0) return `${title}\n\nNo product is bought, allocated or installed.`;
  const closing = unseenLine(report);
  const rows = report.products.map(
    (r) => `| ${mdCell(mdCode(r.product))} | ${NUMBERS.map((k) => count(r[k])).join(' | ')} | ${peak(r)} | ${mdCell(hostCell(r.hosts))} |`,
  );
  return withinBudget(`${title}\n\n${HEAD}`, rows, closing, budget, 'product');
}

/**
 * The rows a change moves: every product whose bought, allocated, installed, overdraft, in-use
 * or peak count differs between the base and the head, as `before → after`. Undefined when
 * no row moves (the comment says nothing about the position then).
 */
export function positionChangeMarkdown(base: PositionReport, head: PositionReport, budget: number): string | undefined {
  const before = new Map(base.products.map((r) => [r.product, r]));
  const after = new Map(head.products.map((r) => [r.product, r]));
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  const rows: string[] = [];
  for (const name of names) {
    const [b, a] = [before.get(name), after.get(name)];
    const cells = NUMBERS.map((k) => moved(b?.[k] ?? (b ? null : 0), a?.[k] ?? (a ? null : 0), count));
    const peakCell = peak(b) === peak(a) ? peak(a) : `${peak(b)} → ${peak(a)}`;
    if (!cells.some((c) => c.moved) && peak(b) === peak(a)) continue;
    rows.push(`| ${mdCell(mdCode(name))} | ${cells.map((c) => c.text).join(' | ')} | ${peakCell} | ${mdCell(hostCell(a?.hosts ?? []))} |`);
  }
  if (rows.length === 0) return undefined;
  const title = `### What this change does to the license position (as of ${head.asOf})`;
  return withinBudget(`${title}\n\n${HEAD}`, rows, unseenLine(head), budget, 'moved row');
}

function moved(before: number | null, after: number | null, words: (n: number | null) => string): { text: string; moved: boolean } {
  return before === after ? { text: words(after), moved: false } : { text: `${words(before)} → ${words(after)}`, moved: true };
}

function withinBudget(head: string, rows: readonly string[], closing: string, budget: number, what: string): string {
  let text = head;
  let shown = 0;
  const reserve = githubSize(closing) + 120;
  for (const row of rows) {
    if (githubSize(text) + githubSize(row) + 1 + reserve > budget) break;
    text += `\n${row}`;
    shown++;
  }
  const left = rows.length - shown;
  const more =
    left > 0
      ? `\n\n_${formatCount(left)} more ${left === 1 ? what : `${what}s`} left out to stay within GitHub's size limit: run \`citrix-license-lint position\` for all._`
      : '';
  return `${text}${more}${closing}`;
}
