import { isIsoDate } from '../util/dates.js';
import { ExportError } from './export-error.js';

/**
 * Dates as PowerShell exports them → a UTC calendar date.
 *
 * Citrix licensing dates are midnights (the CSS date is the INCREMENT version `yyyy.mmdd`),
 * and the SDK hands them out as DateTime values shifted to the server's local time: Citrix's
 * own Get-LicInventory help shows the start-up license's CSS date 2038.0101 as
 * `12/31/2037 7:00:00 PM` (docs/exports.md §0 fact 2). So a time of day is rounded to the
 * nearest midnight, which is exact for every time zone within ±12 hours of UTC:
 * - Windows PowerShell 5.1 ConvertTo-Json: `\/Date(1830211200000)\/` (ms since the epoch, UTC);
 * - PowerShell 7 ConvertTo-Json: ISO 8601 with `Z` or an offset;
 * - Export-Csv: the culture's rendering, `12/30/2027 7:00:00 PM` (en-US), `31.12.2027 00:00:00`
 *   (de-DE). Day and month are told apart only when one of them is over 12; otherwise the date
 *   is refused, never guessed.
 */
export const UNAMBIGUOUS_HINT =
  "export dates unambiguously: pipe to ConvertTo-Json instead of Export-Csv, or select each date as @{n='LicenseExpirationDate';e={$_.LicenseExpirationDate.ToUniversalTime().ToString('yyyy-MM-dd')}} (see docs/collect.md)";

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MS = 86_400_000;

export function parseExportDate(value: unknown, what: string): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  // 5.1 serialises a DateTime that carries PowerShell notes as {"value": "\/Date(..)\/", "DisplayHint": 2, "DateTime": "..."}.
  if (typeof value === 'object' && 'value' in value) return parseExportDate((value as { value: unknown }).value, what);
  if (typeof value !== 'string') throw new ExportError(`${what} is ${JSON.stringify(value)}, not a date`);
  const text = value.trim();
  const msDate = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(text);
  if (msDate) return nearestMidnight(Number(msDate[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso;
    if (!isIsoDate(`${y}-${mo}-${d}`)) throw new ExportError(`${what} "${text}" is not a real date`);
    return nearestMidnight(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s) - offsetMs(zone));
  }
  const named = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(text);
  if (named) {
    const month = MONTHS.indexOf(named[2]!.toLowerCase()) + 1;
    if (month > 0) return checked(+named[3]!, month, +named[1]!, text, what);
  }
  const local = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/.exec(text);
  if (local) {
    const [, a, , b, y, h = '0', mi = '0', s = '0', ampm] = local;
    const first = Number(a);
    const second = Number(b);
    if (first <= 12 && second <= 12 && first !== second) {
      throw new ExportError(
        `${what} "${text}" reads as ${monthName(first)} ${second} or ${monthName(second)} ${first} depending on the exporting machine's locale, so it is refused; ${UNAMBIGUOUS_HINT}`,
      );
    }
    const [month, day] = first > 12 ? [second, first] : [first, second];
    let hours = Number(h) % 12;
    if (!ampm) hours = Number(h);
    else if (/p/i.test(ampm)) hours += 12;
    checked(+y!, month, day, text, what);
    return nearestMidnight(Date.UTC(+y!, month - 1, day, hours, +mi, +s));
  }
  throw new ExportError(`${what} "${text}" is not a date this importer reads; ${UNAMBIGUOUS_HINT}`);
}

function checked(year: number, month: number, day: number, text: string, what: string): string {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(date)) throw new ExportError(`${what} "${text}" is not a real date`);
  return date;
}

function offsetMs(zone: string | undefined): number {
  if (!zone || /^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

function nearestMidnight(ms: number): string {
  return new Date(Math.round(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

function monthName(month: number): string {
  return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][
    month - 1
  ]!;
}

/**
 * The SDK has no "permanent": Citrix's help example prints the permanent start-up license's
 * expiry as 12/31/1999 7:00:00 PM, i.e. 2000-01-01 UTC (docs/exports.md §2.2, marked [?]).
 * Dates up to that sentinel are read as permanent.
 */
export function sdkExpiry(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  return date <= '2000-01-01' ? 'permanent' : date;
}

/** A full timestamp (collection time) → ISO 8601 UTC, or undefined when it is not one. */
export function parseTimestamp(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'value' in value) return parseTimestamp((value as { value: unknown }).value);
  if (typeof value !== 'string') return undefined;
  const msDate = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(value.trim());
  if (msDate) return new Date(Number(msDate[1])).toISOString();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || !/(Z|[+-]\d{2}:?\d{2})$/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z');
}
