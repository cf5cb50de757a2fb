import { isIsoDate } from '../util/dates.js';
import { ExportError } from './export-error.js';
import { quoted } from './fields.js';

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

/**
 * Years an export's date may have. Citrix dates are this century's (the SDK's "permanent" is
 * 2000-01-01, the start-up license's CSS date 2038); a value outside this range is no date
 * (`\/Date(-99999999999999)\/` is the year -1199), and is refused rather than read as
 * "permanent" or written as `-001199-02`.
 */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
const FIRST_MS = Date.UTC(FIRST_YEAR, 0, 1);
// Midnight, so that rounding to the nearest midnight cannot reach the year 10000.
const LAST_MS = Date.UTC(LAST_YEAR, 11, 31);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MS = 86_400_000;

export function parseExportDate(value: unknown, what: string): string | undefined {
  const unwrapped = dateTimeValue(value);
  if (unwrapped === null || unwrapped === undefined || unwrapped === '') return undefined;
  if (typeof unwrapped !== 'string') throw new ExportError(`${what} is ${quoted(unwrapped)}, not a date`);
  const text = unwrapped.trim();
  const msDate = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(text);
  if (msDate) return nearestMidnight(inRange(Number(msDate[1]), text, what));
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso;
    if (!isIsoDate(`${y}-${mo}-${d}`)) throw new ExportError(`${what} ${quoted(text)} is not a real date`);
    return nearestMidnight(inRange(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s) - offsetMs(zone), text, what));
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
        `${what} ${quoted(text)} reads as ${monthName(first)} ${second} or ${monthName(second)} ${first} depending on the exporting machine's locale, so it is refused; ${UNAMBIGUOUS_HINT}`,
      );
    }
    const [month, day] = first > 12 ? [second, first] : [first, second];
    let hours = Number(h) % 12;
    if (!ampm) hours = Number(h);
    else if (/p/i.test(ampm)) hours += 12;
    checked(+y!, month, day, text, what);
    return nearestMidnight(inRange(Date.UTC(+y!, month - 1, day, hours, +mi, +s), text, what));
  }
  throw new ExportError(`${what} ${quoted(text)} is not a date this importer reads; ${UNAMBIGUOUS_HINT}`);
}

/**
 * Windows PowerShell 5.1 serialises a DateTime that carries PowerShell notes as
 * `{"value": "\/Date(..)\/", "DisplayHint": 2, "DateTime": "..."}`: one level, unwrapped once.
 * Deeper nesting is no date (and is never followed: a file may nest a million levels).
 */
function dateTimeValue(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'value' in value
    ? (value as { value: unknown }).value
    : value;
}

/** Milliseconds since the epoch, when they fall in the years a date may have. */
function inRange(ms: number, text: string, what: string): number {
  if (!(ms >= FIRST_MS && ms <= LAST_MS))
    throw new ExportError(`${what} ${quoted(text)} is not a date between the years ${FIRST_YEAR} and ${LAST_YEAR}`);
  return ms;
}

function checked(year: number, month: number, day: number, text: string, what: string): string {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(date)) throw new ExportError(`${what} ${quoted(text)} is not a real date`);
  if (year < FIRST_YEAR) throw new ExportError(`${what} ${quoted(text)} is not a date between the years ${FIRST_YEAR} and ${LAST_YEAR}`);
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

/**
 * A full timestamp (collection time, upload time) → ISO 8601 UTC, or undefined when it is not
 * one, or not in the years a date may have.
 */
export function parseTimestamp(value: unknown): string | undefined {
  const text = dateTimeValue(value);
  if (typeof text !== 'string') return undefined;
  const msDate = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(text.trim());
  let ms: number;
  if (msDate) ms = Number(msDate[1]);
  else if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) || !/(Z|[+-]\d{2}:?\d{2})$/.test(text)) return undefined;
  else ms = Date.parse(text);
  return ms >= FIRST_MS && ms <= LAST_MS ? new Date(ms).toISOString().replace('.000Z', 'Z') : undefined;
}
