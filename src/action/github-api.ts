// Everything that talks to the GitHub API, loaded only when the action needs it.
export { createGithubClient, describeApiFailure } from './github-client.js';
export { upsertComment } from './publish/sticky-comment.js';
export { publishCheckRun } from './publish/check-run.js';
export { syncTrackingIssue } from './publish/tracking-issue.js';
export { changedLines } from './publish/changed-lines.js';
