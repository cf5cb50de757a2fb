/**
 * 1500 → "1,500": counts in messages read the way the licensing portal shows them.
 * Grouped by hand: setting up Intl.NumberFormat costs about 20 ms of every run's start.
 */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "a, b and c" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** 1 → "1st", 30 → "30th", 22 → "22nd". */
export function ordinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th');
  return `${value}${suffix}`;
}

/** Longest piece of source text a message quotes: enough to recognise it, too little to carry a secret. */
export const QUOTE_LIMIT = 40;

/** Shortens every "quoted" piece of `message` longer than QUOTE_LIMIT, keeping its start. */
export function capQuotes(message: string): string {
  return message.replace(/"([^"\n]*)"/g, (whole, inner: string) =>
    inner.length > QUOTE_LIMIT ? `"${inner.slice(0, QUOTE_LIMIT - 3)}..."` : whole,
  );
}

/** Longest message a finding carries; rules write a sentence or two, far below this. */
export const MESSAGE_LIMIT = 1_000;

export function capMessage(message: string): string {
  return message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT - 1)}…` : message;
}
