import { ExportError } from './export-error.js';

/** A whole number from JSON (a number) or CSV (its text); empty means unknown. */
export function wholeNumber(value: unknown, what: string): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(number)) throw new ExportError(`${what} is ${JSON.stringify(value)}, not a whole number`);
  return number;
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
