/**
 * The license position as records and in the formats of `citrix-license-lint position`: pure
 * functions of the position computed in domain/license-position.ts. A number nothing shows is
 * `null` in JSON, empty in CSV and `unknown` in text, never 0.
 */
import type { HostHolding, LicensePosition, ProductPosition } from '../domain/license-position.js';
import { formatCount } from '../util/format.js';
import { displayPath } from '../util/paths.js';
import { escapeForLog } from '../util/terminal.js';

export interface HostRecord {
  host: string;
  kind: HostHolding['kind'];
  installed: number | null;
  /** `license files`, `evidence` or `unknown`: where `installed` comes from. */
  installedFrom: string;
  /** What collected evidence shows installed, when the license files give `installed`; null when none does. */
  installedCollected: number | null;
  overdraft: number | null;
  inUse: number | null;
  /** The export of the server's pools and the usage history read, relative to the current folder. */
  evidence: string | null;
  usage: string | null;
}

/** A product's row: the domain's counts (unknown where the inventory was not read), the peak flattened into columns. */
export interface PositionRecord extends Pick<ProductPosition, 'product' | 'installed' | 'overdraft' | 'inUse'> {
  bought: number | null;
  allocated: number | null;
  peakInUse: number | null;
  peakOn: string | null;
  peakFrom: string | null;
  peakTo: string | null;
  hosts: HostRecord[];
}

export interface UnseenRecord {
  host: string;
  kind: HostHolding['kind'];
  activation: string | null;
}

export interface PositionReport {
  asOf: string;
  products: PositionRecord[];
  /** Active hosts whose licenses nothing shows (docs/position.md says which export would). */
  unseen: UnseenRecord[];
  /** Set when parts of the inventory could not be read as written: the numbers they bear on are null. */
  unread?: true;
}

/** The columns of every format, in order: the CSV header and the JSON keys of a product. */
export const POSITION_COLUMNS = [
  'product',
  'bought',
  'allocated',
  'installed',
  'overdraft',
  'inUse',
  'peakInUse',
  'peakOn',
  'peakFrom',
  'peakTo',
  'hosts',
] as const;

export function positionReport(position: LicensePosition, cwd: string): PositionReport {
  const hostRecord = (h: HostHolding): HostRecord => ({
    host: h.host.hostname,
    kind: h.kind,
    // At least this many: unknown, as the row's total is.
    installed: h.partial ? null : h.installed,
    installedFrom: h.installedFrom,
    installedCollected: h.installedCollected ?? null,
    overdraft: h.inDoubt ? null : h.overdraft,
    inUse: h.inDoubt ? null : h.inUse,
    evidence: h.pools ? displayPath(h.pools.file.file, cwd) : null,
    usage: h.usage ? displayPath(h.usage.file.file, cwd) : null,
  });
  const product = (row: ProductPosition): PositionRecord => ({
    product: row.product,
    bought: row.unread?.bought ? null : row.bought,
    allocated: row.unread?.allocated ? null : row.allocated,
    installed: row.installed,
    overdraft: row.overdraft,
    inUse: row.inUse,
    peakInUse: row.peak?.inUse ?? null,
    peakOn: row.peak?.on ?? null,
    peakFrom: row.peak?.from ?? null,
    peakTo: row.peak?.to ?? null,
    hosts: row.hosts.map(hostRecord),
  });
  return {
    asOf: position.asOf,
    products: position.products.map(product),
    unseen: position.unseen.map(({ kind, host }) => ({ host: host.hostname, kind, activation: host.activation ?? null })),
    ...(position.unread ? { unread: true as const } : {}),
  };
}

/** Why numbers are unknown beyond what nothing shows, for the closing lines of text and Markdown. */
export const UNREAD_WORDS =
  'Parts of the inventory could not be read as written (a syntax or schema error): what they may change is unknown until the errors citrix-license-lint reports are fixed.';

export function positionJson(report: PositionReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const count = (n: number | null) => (n === null ? 'unknown' : formatCount(n));

/** `ctxls01: 1,200 installed (license files), 812 in use` per host. */
function hostWords(h: HostRecord): string {
  if (h.installed === null && h.inUse === null) return `${h.host}: unknown`;
  const collected =
    h.installedCollected !== null && h.installedCollected !== h.installed ? `; ${formatCount(h.installedCollected)} collected` : '';
  const parts = [`${count(h.installed)} installed${h.installed === null ? '' : ` (${h.installedFrom}${collected})`}`];
  if (h.overdraft !== null && h.overdraft > 0) parts.push(`${formatCount(h.overdraft)} overdraft`);
  parts.push(`${count(h.inUse)} in use`);
  return `${h.host}: ${parts.join(', ')}`;
}

function peakWords(row: PositionRecord): string {
  return row.peakInUse === null ? 'unknown' : `${formatCount(row.peakInUse)} on ${row.peakOn}`;
}

/** The unseen hosts, once, with what would show their licenses. */
function unseenWords(unseen: readonly UnseenRecord[]): string {
  const names = unseen.map((u) => `${u.host} (${u.kind}${u.activation ? `, ${u.activation}` : ''})`);
  return `Unknown: nothing read shows what ${names.length === 1 ? 'this host holds' : 'these hosts hold'}: ${names.join(', ')}. Collect the pools of each license server (docs/collect.md); docs/position.md says which export shows what.`;
}

/** An aligned table: counts right-aligned, names and hosts left-aligned. */
export function positionText(report: PositionReport): string {
  const header = ['PRODUCT', 'BOUGHT', 'ALLOCATED', 'INSTALLED', 'OVERDRAFT', 'IN USE', 'PEAK IN USE', 'HOSTS'];
  const rows = report.products.map((r) => [
    escapeForLog(r.product),
    count(r.bought),
    count(r.allocated),
    count(r.installed),
    count(r.overdraft),
    count(r.inUse),
    peakWords(r),
    escapeForLog(r.hosts.map(hostWords).join('; ') || '-'),
  ]);
  const numeric = new Set([1, 2, 3, 4, 5]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const title = `License position as of ${report.asOf} (unknown: nothing the linter reads shows it)`;
  if (rows.length === 0) return `${title}\n\nNo product is bought, allocated or installed.\n`;
  const unseen = report.unseen.length > 0 ? `\n${escapeForLog(unseenWords(report.unseen))}\n` : '';
  const unread = report.unread ? `\n${UNREAD_WORDS}\n` : '';
  return `${title}\n\n${[header, ...rows].map(line).join('\n')}\n${unseen}${unread}`;
}

/** One row per product, the columns of POSITION_COLUMNS; unknown numbers are empty cells. */
export function positionCsv(report: PositionReport): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    // A spreadsheet runs a cell that starts with = + - @ as a formula: inventory text never does.
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    // Quoted also at `;` and tab: a spreadsheet whose list separator they are (Excel in de-DE)
    // would split an unquoted cell there, and the part after it could start a formula.
    return /[",;\t\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = report.products.map((r) =>
    POSITION_COLUMNS.map((column) => cell(column === 'hosts' ? r.hosts.map(hostWords).join('; ') : r[column])).join(','),
  );
  return `${[POSITION_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
