/**
 * Export text as `import` writes it into YAML, as a value or in a comment: exports and their
 * file names are anyone's to write. Line breaks of every kind (LF, CR, VT, FF, and NEL, LS and
 * PS, which YAML 1.1 readers also break lines at) and other control characters are shown as
 * escapes, so no value can end a comment and start a line of its own (a key, or a comment of
 * its own); and the linter's directive word is broken, so no value can read as a suppression
 * (`# citrix-license-lint-disable … -- accepted`).
 */
import type { Observations } from '../exports/observations.js';
import { escapeControls } from '../util/terminal.js';

export function inert(text: string): string {
  return escapeControls(text).replace(/citrix-license-lint-/gi, (word) => `${word.slice(0, -1)}\\-`);
}

/** Every string of the observations made inert: the writers take nothing from an export raw. */
export function inertObservations(observations: Observations): Observations {
  return deepInert(observations) as Observations;
}

function deepInert(value: unknown): unknown {
  if (typeof value === 'string') return inert(value);
  if (Array.isArray(value)) return value.map(deepInert);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, deepInert(v)]));
  return value;
}
