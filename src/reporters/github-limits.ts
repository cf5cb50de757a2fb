/**
 * GitHub's limits and conventions, in one place: every publisher of the action, and the
 * reporters that write for GitHub, size what they send by these numbers. Each carries where
 * it is documented. The module sits with the reporters (not in action/) because reporters
 * build the bodies and may not import the action's layer.
 *
 * Sizes are counted in UTF-8 bytes even where GitHub says "characters": bytes are never
 * fewer than characters, and GitHub's own schema issue about check runs
 * (github/rest-api-description#5399) reports the check-run limit behaving as bytes.
 */

/**
 * Issue and pull request comment bodies, and issue bodies: REST API answers 422 "Body is too
 * long (maximum is 65536 characters)" (REST API, issues and comments; the error text).
 */
export const COMMENT_BODY_MAX = 65_536;

/**
 * A check run's `output.summary` and `output.text`: "Maximum length: 65535 characters"
 * (REST API, "Create a check run", output object).
 */
export const CHECK_OUTPUT_MAX = 65_535;

/** A check run's `output.title`: no documented maximum; a title is one line, keep it short. */
export const CHECK_TITLE_MAX = 255;

/**
 * One annotation's `message`: "64 KB" (REST API, "Create a check run", annotations object:
 * "The message can have a maximum size of 64 KB"). Workflow-command annotations end up as
 * the same check-run annotations, so the same cap applies to them.
 */
export const ANNOTATION_MESSAGE_MAX = 64 * 1024;

/** "The Checks API limits the number of annotations to a maximum of 50 per API request" (same page). */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * GitHub allows about 500 content-creating requests an hour and 80 a minute (REST API,
 * "Rate limits for the REST API", secondary rate limits); each batch of 50 annotations is
 * one. 1,000 annotations (20 requests) leave room for everything else a workflow does.
 */
export const MAX_CHECK_ANNOTATIONS = 1_000;

/**
 * Annotations from workflow commands: GitHub shows at most 10 error, 10 warning and 10
 * notice annotations per step (actions/toolkit docs/problem-matchers.md, "Limitations";
 * REST API check-run docs: "GitHub Actions are limited to 10 warning annotations and 10
 * error annotations per step"). Past that they are dropped silently.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * A step's job summary (GITHUB_STEP_SUMMARY): "$GITHUB_STEP_SUMMARY upload aborted,
 * supports content up to a size of 1024k" (the runner's error; GitHub docs, "Workflow
 * commands", adding a job summary: 1 MiB per step). Everything is dropped when over.
 */
export const STEP_SUMMARY_MAX = 1024 * 1024;

/** Step outputs: "a maximum of 1 MB per job" (GitHub docs, "output limitations"). Stay at half. */
export const OUTPUT_REPORT_MAX = 512 * 1024;

/**
 * Code scanning: a SARIF run of more than 25,000 results is rejected (GitHub docs, "SARIF
 * support for code scanning", upload limits).
 */
export const SARIF_RESULTS_MAX = 25_000;

/** The login GitHub gives everything written with a workflow's GITHUB_TOKEN (GitHub docs, "Automatic token authentication"). */
export const GITHUB_TOKEN_LOGIN = 'github-actions[bot]';

/** Size as GitHub counts it for the limits above (see the note at the top). */
export function githubSize(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cuts `text` to at most `max` UTF-8 bytes without splitting a character, ending with `tail`. */
export function cutToSize(text: string, max: number, tail = '…'): string {
  if (githubSize(text) <= max) return text;
  const room = max - githubSize(tail);
  let out = '';
  let used = 0;
  for (const ch of text) {
    const size = githubSize(ch);
    if (used + size > room) break;
    out += ch;
    used += size;
  }
  return out + tail;
}
