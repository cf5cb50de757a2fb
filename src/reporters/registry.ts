import type { Reporter } from './context.js';
import { jsonReporter } from './json.js';
import { textReporter } from './text.js';

export const REPORTERS: Readonly<Record<string, Reporter>> = {
  json: jsonReporter,
  text: textReporter,
};

export const FORMAT_NAMES = Object.keys(REPORTERS).sort();
