import type { Reporter } from './context.js';
import { githubReporter } from './github.js';
import { gitlabReporter } from './gitlab.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';

/** Every output format: pure functions of (run, context) to text. */
export const REPORTERS: Readonly<Record<string, Reporter>> = {
  github: githubReporter,
  gitlab: gitlabReporter,
  json: jsonReporter,
  junit: junitReporter,
  markdown: markdownReporter,
  sarif: sarifReporter,
  text: textReporter,
};

export const FORMAT_NAMES = Object.keys(REPORTERS).sort();
