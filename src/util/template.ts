/** A placeholder's value, as the text shows it. */
export type TemplateValues = Record<string, string | number>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Fills `{{name}}` placeholders from `values`, else from `fallback` (as `{ ...fallback, ...values }`
 * would, without copying both for every finding); a missing value is a programming error
 * caught by tests.
 */
export function fillTemplate(template: string, values: TemplateValues = {}, fallback?: TemplateValues): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = fallback === undefined || Object.hasOwn(values, name) ? values[name] : fallback[name];
    if (value === undefined) throw new Error(`message placeholder {{${name}}} has no value`);
    return String(value);
  });
}

const names = new Map<string, readonly string[]>();

/** The placeholder names of a template, in order, each once (computed once per template). */
export function placeholdersOf(template: string): readonly string[] {
  let found = names.get(template);
  if (!found) names.set(template, (found = [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))]));
  return found;
}

/** The pieces of a template: literal text, and placeholders by name, in order. */
export function templatePieces(template: string): ({ text: string } | { name: string })[] {
  const pieces: ({ text: string } | { name: string })[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) pieces.push({ text: template.slice(last, match.index) });
    pieces.push({ name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) pieces.push({ text: template.slice(last) });
  return pieces;
}
