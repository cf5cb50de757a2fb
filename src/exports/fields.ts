import { escapeControls } from '../util/terminal.js';
import { ExportError } from './export-error.js';

/** A whole number from JSON (a number) or CSV (its text); empty means unknown. */
export function wholeNumber(value: unknown, what: string): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(number)) throw new ExportError(`${what} is ${quoted(value)}, not a whole number`);
  return number;
}

/**
 * A count of licenses: a whole number from 0 up to the largest a number holds exactly. A
 * count beyond that is no count a server holds (1e308 read as one made "remove Infinity
 * installed licenses"), and a negative one is none either.
 */
export function licenseCount(value: unknown, what: string): number | undefined {
  const number = wholeNumber(value, what);
  if (number !== undefined && !isLicenseCount(number)) throw new ExportError(`${what} is ${quoted(value)}, not a count of licenses`);
  return number;
}

export function isLicenseCount(number: number): boolean {
  return Number.isSafeInteger(number) && number >= 0;
}

/** Installed without overdraft, from a count that includes it (LicensesAvailable, WMI Count, a Historical Use total). */
export function withoutOverdraft(installed: number, overdraft: number | undefined, what: string): number {
  if (overdraft !== undefined && overdraft > installed)
    throw new ExportError(`${what}: the overdraft (${overdraft}) is more than the licenses installed (${installed}), which include it`);
  return installed - (overdraft ?? 0);
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** `yes`/`true`/true → true (NITRO booleans arrive as either). */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return /^(true|yes)$/i.test(value) ? true : /^(false|no)$/i.test(value) ? false : undefined;
  return undefined;
}

/** A feature code as the inventory schema allows one (`product`): XDT_PLT_UD, CNS_V1000_SERVER. */
const FEATURE_CODE = /^[A-Za-z0-9_]+$/;

/**
 * A product as an export names it, when it is a feature code. Anything else (a formula, markup,
 * a line break) names no product: counting it would advise removing or buying licenses of a
 * product nobody sells, in words a spreadsheet or a comment would run.
 */
export function featureCode(product: string, what: string): string {
  if (!FEATURE_CODE.test(product))
    throw new ExportError(`${what} ${quoted(product)} is not a feature code: letters, digits and underscores, such as XDT_PLT_UD`);
  return product;
}

/** Most characters of an export value a message quotes: enough to recognise it, never a whole file. */
const QUOTED_MAX = 60;

/**
 * An export value as a message quotes it: a string capped and with control characters
 * escaped, a number or boolean as written, anything else by its kind. Never serialised
 * whole: a value may be megabytes of nested objects.
 */
export function quoted(value: unknown): string {
  if (typeof value === 'string') return `"${clipped(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Export text a message shows unquoted (a property name, a host): capped, control characters escaped. */
export function clipped(text: string): string {
  return escapeControls(text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX - 3)}...` : text);
}

/** Property or column names as a message shows them: the first six, each capped. */
export function names(keys: readonly string[]): string {
  return keys
    .slice(0, 6)
    .map((key) => clipped(key))
    .join(', ');
}
