/**
 * The Citrix Licensing Manager's Historical Use export: Historical Use → pick product, model,
 * Customer Success Services date ("All" from build 23201) and a date range → Export, a CSV of
 * "daily usage information, including the number of licenses in overdraft" (docs.citrix.com
 * licensing 11-17-2-36000 and current-release, "Dashboard and Historical Use"; 11-14 "Historical
 * usage"). Citrix publishes what it holds, not its header, and no public sample was found, so
 * columns are recognised by name, tolerantly, from the fields Citrix documents for the same data:
 * the Dashboard's per-license details (CSS date, total installed, overdraft, in use) and
 * Get-LicHistoricalUsage's pool (ProductEditionModel, CustomerSuccessServicesDate,
 * TotalLicensesIncludingOverDraft, OverdraftLicenses) and samples (Datetime, Count).
 * The installed count is read as including overdraft, as every Citrix export that states both
 * does (docs/exports.md §0 fact 4), and stored without it.
 */
import { parseCsv } from './csv.js';
import { ExportError } from './export-error.js';
import { clipped, isLicenseCount, names, quoted, withoutOverdraft } from './fields.js';
import type { ExportObservations } from './observations.js';
import type { ProductUsage, UsageDay } from '../model/evidence.js';
import { isIsoDate } from '../util/dates.js';

type Role = 'date' | 'product' | 'edition' | 'model' | 'css' | 'installed' | 'overdraft' | 'inUse';

/** Header names per role, compared lower-case without spaces or punctuation. */
const NAMES: Record<Role, readonly string[]> = {
  date: ['date', 'day', 'sampledate', 'usagedate', 'datetime', 'timestamp'],
  product: ['product', 'productedition', 'productandedition', 'producteditionmodel', 'pem', 'feature'],
  edition: ['edition', 'productedition'],
  model: ['model', 'licensemodel'],
  css: ['css', 'cssdate', 'customersuccessservicesdate', 'customersuccessservicedate', 'sadate', 'subscriptionadvantagedate'],
  installed: ['installed', 'totalinstalled', 'totalinstalledlicenses', 'total', 'totallicenses', 'totallicensesincludingoverdraft'],
  overdraft: ['overdraft', 'overdraftlicenses', 'licensesinoverdraft'],
  inUse: ['inuse', 'licensesinuse', 'used', 'usage', 'count', 'peakusage', 'maxinuse'],
};

const FEATURE_CODE = /^[A-Z0-9]+_[A-Z0-9]+_[A-Z0-9]+$/i;
const CODE_PART = /^[A-Z0-9]+$/i;

const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The header line (after a BOM, a `#TYPE` line or blank lines) names a date, a count in use and a product or counts. */
export function isHistoricalUse(text: string): boolean {
  const lines = text.split('\n', 4).filter((line) => line.trim() !== '' && !line.startsWith('#TYPE'));
  const header = lines[0];
  if (!header) return false;
  const names = new Set(header.split(/[,;]/).map((cell) => key(cell.replace(/"/g, ''))));
  const has = (role: Role) => NAMES[role].some((name) => names.has(name));
  return has('date') && has('inUse') && (has('product') || has('installed') || has('overdraft'));
}

export function fromHistoricalUse(text: string): ExportObservations {
  return fromHistoricalRecords(parseCsv(text).records);
}

/** The export's rows, keyed by header (the CSV reading is csv.ts's). */
export function fromHistoricalRecords(records: readonly Record<string, string>[]): ExportObservations {
  const first = records[0];
  if (!first) throw new ExportError('the Historical Use export has a header but no rows: pick a longer date range and export it again');
  const column = columnsOf(Object.keys(first));
  if (!column.product)
    throw new ExportError(
      `the Historical Use export has no product column (its columns are ${names(Object.keys(first))}): without one its counts belong to no product; export it again with the product in the file (docs/collect.md)`,
    );
  const order = dayOrder(records.map((r) => r[column.date!] ?? ''));
  // Per product, day and CSS pool: the most in use that day; pools of one day add up. One map
  // per product keyed by day and pool: a map per day made a year of history mostly garbage.
  const pools = new Map<string, Map<string, UsageDay>>();
  // Messages are built only on error: a year of history is tens of thousands of rows.
  const where = (index: number, name?: string) => `row ${index + 1}${name === undefined ? '' : ` ${clipped(name)}`}`;
  records.forEach((record, index) => {
    const product = productOf(record, column, index);
    const day = readDay(record[column.date!] ?? '', order, () => where(index, column.date));
    const inUse = count(record[column.inUse!], () => where(index, column.inUse)) ?? missing(where(index), column.inUse!);
    const total = column.installed ? count(record[column.installed], () => where(index, column.installed)) : undefined;
    const overdraft = column.overdraft ? count(record[column.overdraft], () => where(index, column.overdraft)) : undefined;
    const key = `${day}\0${column.css ? (record[column.css] ?? '') : ''}`;
    let samples = pools.get(product);
    if (!samples) pools.set(product, (samples = new Map()));
    const seen = samples.get(key);
    if (seen && seen.inUse >= inUse) return;
    const sample: UsageDay = { day, inUse };
    if (total !== undefined) sample.installed = withoutOverdraft(total, overdraft, where(index));
    if (overdraft !== undefined) sample.overdraft = overdraft;
    samples.set(key, sample);
  });
  const usage: ProductUsage[] = [...pools]
    .map(([product, samples]) => ({ product, days: perDay(samples.values()) }))
    .sort((a, b) => a.product.localeCompare(b.product));
  // The export was taken no earlier than its last day: that dates it, as a collector's timestamp would.
  const lastDay = usage
    .map((u) => u.days.at(-1)!.day)
    .sort()
    .at(-1)!;
  return {
    format: 'Historical Use',
    family: 'license-server',
    collectedAt: `${lastDay}T00:00:00Z`,
    licenses: [],
    systemPools: [],
    notes: ['the Historical Use export shows usage, not license files: it goes to collected/<hostname>/, not into the inventory'],
    usage,
  };
}

function columnsOf(names: readonly string[]): Partial<Record<Role, string>> {
  const found: Partial<Record<Role, string>> = {};
  for (const role of Object.keys(NAMES) as Role[]) {
    const name = names.find((n) => NAMES[role].includes(key(n)) && !Object.values(found).includes(n));
    if (name !== undefined) found[role] = name;
  }
  return found;
}

/** `XDT_PLT_UD` in one column, or `XDT`, `PLT` and `UD` in three (the SDK's LicenseProductName, LicenseEdition, LicenseModel). */
function productOf(record: Record<string, string>, column: Partial<Record<Role, string>>, index: number): string {
  const product = (record[column.product!] ?? '').trim();
  if (FEATURE_CODE.test(product)) return product.toUpperCase();
  const parts = [product, column.edition ? record[column.edition] : '', column.model ? record[column.model] : ''].map((p) =>
    (p ?? '').trim(),
  );
  if (parts.every((p) => CODE_PART.test(p))) return parts.join('_').toUpperCase();
  throw new ExportError(
    `row ${index + 1}: product ${quoted(parts.filter(Boolean).join(' '))} is not a feature code such as XDT_PLT_UD (or XDT, PLT and UD in three columns): export it with the codes, not the product's display name`,
  );
}

/** The pools of each day added up, oldest day first; a count one pool does not state is not stated for the day. */
function perDay(samples: Iterable<UsageDay>): UsageDay[] {
  const days = new Map<string, UsageDay>();
  for (const sample of samples) {
    const day = days.get(sample.day);
    if (!day) {
      days.set(sample.day, { ...sample });
      continue;
    }
    day.inUse += sample.inUse;
    if (day.installed !== undefined) day.installed = sample.installed === undefined ? undefined : day.installed + sample.installed;
    if (day.overdraft !== undefined) day.overdraft = sample.overdraft === undefined ? undefined : day.overdraft + sample.overdraft;
  }
  return [...days.values()]
    .map((day) => {
      if (day.installed === undefined) delete day.installed;
      if (day.overdraft === undefined) delete day.overdraft;
      return day;
    })
    .sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** A count as a spreadsheet may write it: `1200`, `1,200`, `1.200` or `1 200`; empty means not stated. */
function count(value: string | undefined, what: () => string): number | undefined {
  const text = (value ?? '').trim();
  if (text === '') return undefined;
  const number = /^\d+$/.test(text) || /^\d{1,3}(?:[,. \u00a0]\d{3})+$/.test(text) ? Number(text.replace(/\D/g, '')) : Number.NaN;
  if (isLicenseCount(number)) return number;
  throw new ExportError(`${what()} is ${quoted(text)}, not a count of licenses`);
}

function missing(at: string, name: string): never {
  throw new ExportError(`${at}: ${clipped(name)} is empty: every day of the export must say how many licenses were in use`);
}

type Order = 'month-first' | 'day-first';

/**
 * A day written `a/b/yyyy` is month first or day first depending on the exporting machine's
 * locale. One series has one locale: a row whose first or second number is over 12 decides
 * for every row (a daily series longer than twelve days always has one).
 */
function dayOrder(texts: readonly string[]): Order | undefined {
  for (const text of texts) {
    const m = /^\s*(\d{1,2})[./-](\d{1,2})[./-]\d{4}/.exec(text);
    if (!m) continue;
    if (Number(m[1]) > 12) return 'day-first';
    if (Number(m[2]) > 12) return 'month-first';
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The calendar day as written; a time of day is the sample's, so it is dropped, not rounded. */
function readDay(value: string, order: Order | undefined, what: () => string): string {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  const named = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:$|\s)/.exec(text);
  const local = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:$|\s)/.exec(text);
  let date: string | undefined;
  if (iso) date = `${iso[1]}-${iso[2]}-${iso[3]}`;
  else if (named && MONTHS.includes(named[2]!.toLowerCase()))
    date = ymd(+named[3]!, MONTHS.indexOf(named[2]!.toLowerCase()) + 1, +named[1]!);
  else if (local) {
    const [a, b] = [Number(local[1]), Number(local[3])];
    if (a !== b && order === undefined)
      throw new ExportError(
        `${what()} ${quoted(text)} reads as month/day or day/month, and no day of the export tells which: export a range longer than twelve days, or with ISO dates`,
      );
    date = order === 'day-first' ? ymd(+local[4]!, b, a) : ymd(+local[4]!, a, b);
  }
  if (date === undefined || !isIsoDate(date)) throw new ExportError(`${what()} ${quoted(text)} is not a date this importer reads`);
  return date;
}

function ymd(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
