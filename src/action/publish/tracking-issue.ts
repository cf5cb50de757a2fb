import { createOnce, type GithubClient } from '../github-client.js';
import { writtenBy } from '../identity.js';
import { startsWithMarker } from './marker.js';
import type { RepoRef } from './sticky-comment.js';

export type TrackingOutcome = 'opened' | 'updated' | 'updated, with a comment on what changed' | 'reopened' | 'closed' | 'none';

/** The violations the issue tracks, keyed so the next run can tell which are new. */
export interface TrackedViolation {
  key: string;
  /** One Markdown line, already escaped. */
  line: string;
}

/** The violations the issue lists, as keys: the body's last line, where the action writes it and reads it. */
const STATE = /^<!-- citrix-license-lint:violations ([0-9a-z ]*) -->$/;

function stateLine(keys: readonly string[]): string {
  return `<!-- citrix-license-lint:violations ${keys.join(' ')} -->`;
}

/** The keys in the state line, read from the body's last line only; none when it is not ours. */
function readState(body: string | null | undefined): Set<string> {
  const text = (body ?? '').trimEnd();
  const last = text.slice(text.lastIndexOf('\n') + 1).replace(/\r$/, '');
  return new Set(STATE.exec(last)?.[1]?.split(' ').filter(Boolean) ?? []);
}

/**
 * One issue per action id that lists the current violations. Found by its label among the
 * issues this token's identity opened whose first line is the marker (never one a person
 * wrote, nor one that quotes the marker further down), without listing the repository's
 * other issues and pull requests. Opened when violations
 * appear, edited while they last, with a comment whenever the set changes (an edit notifies
 * nobody; a comment notifies the issue's subscribers), closed with a comment when they are
 * gone, reopened if they come back.
 */
export async function syncTrackingIssue(
  client: GithubClient,
  ref: RepoRef,
  options: {
    marker: string;
    label: string;
    title: string;
    login: string;
    violations: readonly TrackedViolation[];
    /** The report, built to leave room for the state line. */
    body: string;
    /** A comment that says what changed (given the new violations), built to its limit. */
    changeComment: (added: readonly TrackedViolation[], resolved: number) => string;
    closingComment: string;
  },
): Promise<TrackingOutcome> {
  const find = async () => {
    const labelled = await client.paginate(client.rest.issues.listForRepo, { ...ref, labels: options.label, state: 'all', per_page: 100 });
    const ours = labelled.filter((i) => !i.pull_request && writtenBy(i, options.login) && startsWithMarker(i.body, options.marker));
    return ours.find((i) => i.state === 'open') ?? ours.sort((a, b) => b.number - a.number)[0];
  };
  const existing = await find();
  const keys = options.violations.map((v) => v.key);
  const body = `${options.body}\n${stateLine(keys)}\n`;
  if (options.violations.length === 0) {
    if (existing?.state !== 'open') return 'none';
    await client.rest.issues.update({ ...ref, issue_number: existing.number, body, state: 'closed', state_reason: 'completed' });
    await client.rest.issues.createComment({ ...ref, issue_number: existing.number, body: options.closingComment });
    return 'closed';
  }
  if (!existing) {
    await createOnce(
      async () => {
        await client.rest.issues.create({ ...ref, title: options.title, body, labels: [options.label] });
        return true;
      },
      async () => ((await find())?.state === 'open' ? true : undefined),
    );
    return 'opened';
  }
  const before = readState(existing.body);
  const reopening = existing.state !== 'open';
  await client.rest.issues.update({ ...ref, issue_number: existing.number, body, ...(reopening ? { state: 'open' as const } : {}) });
  const added = options.violations.filter((v) => !before.has(v.key));
  const resolved = [...before].filter((k) => !keys.includes(k)).length;
  if (reopening || added.length > 0 || resolved > 0) {
    // Not retried: a lost comment costs one notification; a duplicate costs one more.
    await client.rest.issues.createComment({ ...ref, issue_number: existing.number, body: options.changeComment(added, resolved) });
  }
  if (reopening) return 'reopened';
  return added.length > 0 || resolved > 0 ? 'updated, with a comment on what changed' : 'updated';
}
