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
 * Writes are expensive. "If you are making a large number of POST, PATCH, PUT, or DELETE
 * requests, wait at least one second between each request" and "make requests serially
 * instead of concurrently" (GitHub docs, "Best practices for using the REST API", pause
 * between mutative requests; avoid concurrent requests:
 * docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api). On top,
 * secondary rate limits allow "no more than 80 content-generating requests per minute and no
 * more than 500 content-generating requests per hour" (GitHub docs, "Rate limits for the REST
 * API", about secondary rate limits: docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api).
 * The action writes one request at a time, and paces them a second apart past the few
 * writes any of its runs needs (action/write-pacing.ts).
 */
export const WRITE_PAUSE_MS = 1_000;
export const WRITES_WITHOUT_PAUSE = 3;

/**
 * Every batch of 50 check-run annotations is a write, so a run annotates a bounded set
 * (reporters/annotation-scope.ts) in this many requests: a pull request then makes at most 3
 * writes (these and the comment), any other run 1 for its check run and up to 2 for its
 * tracking issue.
 */
export const ANNOTATION_REQUESTS = { pullRequest: 2, other: 1 } as const;

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
