// Everything that talks to the GitHub API, loaded only when the action needs it.
export { createGithubClient, createOnce } from './github-client.js';
export { classifyFailure, describeApiFailure } from './api-failure.js';
export { tokenIdentity } from './identity.js';
export { upsertComment } from './publish/sticky-comment.js';
export { publishCheckRun } from './publish/check-run.js';
export { syncTrackingIssue } from './publish/tracking-issue.js';
export { changedLines } from './publish/changed-lines.js';
