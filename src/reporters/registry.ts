import type { Reporter } from './context.js';
import { gitlabReporter } from './gitlab.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';

/** Formats that render to text. `github` is special: annotations go to stdout as commands. */
export const REPORTERS: Readonly<Record<string, Reporter>> = {
  gitlab: gitlabReporter,
  json: jsonReporter,
  junit: junitReporter,
  markdown: markdownReporter,
  sarif: sarifReporter,
  text: textReporter,
};

export const FORMAT_NAMES = [...Object.keys(REPORTERS), 'github'].sort();
