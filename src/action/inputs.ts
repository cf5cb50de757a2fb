import * as z from 'zod/mini';
import { isIsoDate } from '../util/dates.js';

const flag = (name: string) =>
  z.stringbool({ truthy: ['true'], falsy: ['false'], case: 'insensitive', error: `input \`${name}\` must be true or false` });

/** The action's inputs as the runner passes them (INPUT_<NAME> variables, strings). */
export const inputsSchema = z.object({
  inventory: z.string(),
  config: z.string(),
  'as-of': z
    .string()
    .check(
      z.refine((v: string) => v === '' || isIsoDate(v), { error: 'input `as-of` must be a date written YYYY-MM-DD, or empty for today' }),
    ),
  'fail-on': z.enum(['error', 'warning', 'never'], { error: 'input `fail-on` must be error, warning or never' }),
  'sarif-file': z.string(),
  comment: flag('comment'),
  'check-run': flag('check-run'),
  'tracking-issue': flag('tracking-issue'),
  'only-new': flag('only-new'),
  'github-token': z.string(),
  id: z
    .string()
    .check(
      z.refine((v: string) => /^[\w./+-]{0,60}$/.test(v), { error: 'input `id` may hold letters, digits and . _ / + - (at most 60)' }),
    ),
  category: z.string(),
  'tracking-issue-on': z.enum(['error', 'warning'], { error: 'input `tracking-issue-on` must be error or warning' }),
});

export type ActionInputs = z.output<typeof inputsSchema>;

const DEFAULTS: Record<keyof z.input<typeof inputsSchema>, string> = {
  inventory: '',
  config: '',
  'as-of': '',
  'fail-on': 'error',
  'sarif-file': '',
  comment: 'true',
  'check-run': 'false',
  'tracking-issue': 'false',
  'only-new': 'false',
  'github-token': '',
  id: '',
  category: '',
  'tracking-issue-on': 'error',
};

/** Reads the inputs from the environment; every problem is listed in one message. */
export function readInputs(env: Readonly<Record<string, string | undefined>>): { inputs?: ActionInputs; problem?: string } {
  const raw = Object.fromEntries(
    Object.entries(DEFAULTS).map(([name, fallback]) => {
      const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
      return [name, value === undefined || value.trim() === '' ? fallback : value.trim()];
    }),
  );
  const parsed = inputsSchema.safeParse(raw);
  if (parsed.success) return { inputs: parsed.data };
  return { problem: parsed.error.issues.map((issue) => issue.message).join('; ') };
}
