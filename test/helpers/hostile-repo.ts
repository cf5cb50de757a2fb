import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import type { FakeGitHub } from './fake-github.js';
import { GitRepo } from './git-repo.js';
import type { ActionRun } from './run-action.js';

/**
 * What `actions/checkout` persists in `.git/config` (base64 of `x-access-token:fake`): the
 * credential a hostile pull request tries to make the linter publish.
 */
export const FAKE_CREDENTIAL = 'eC1hY2Nlc3MtdG9rZW46ZmFrZQ==';
/** A marker in a file outside the repository. */
export const OUTSIDE_SECRET = 'OUTSIDE-SECRET-7f3a9c1e';

/** A real git repository whose .git/config holds a credential, and a folder outside it holding a secret. */
export class HostileRepo extends GitRepo {
  readonly outside: string;

  constructor(t: TestContext) {
    super(t);
    appendFileSync(
      path.join(this.root, '.git', 'config'),
      `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${FAKE_CREDENTIAL}\n`,
    );
    this.outside = mkdtempSync(path.join(tmpdir(), 'cll-outside-'));
    t.after(() => rmSync(this.outside, { recursive: true, force: true }));
    writeFileSync(
      path.join(this.outside, 'secret.yaml'),
      `version: 1\norganization: { name: ${OUTSIDE_SECRET} }\nlicenseServers:\n  - { hostname: ${OUTSIDE_SECRET}, environment: test, state: active, telemetry: { mode: disabled } }\n`,
    );
    writeFileSync(path.join(this.outside, 'secret.lic'), `SERVER this_host HOSTNAME=${OUTSIDE_SECRET}\nVENDOR CITRIX\n`);
  }

  /** A symbolic link at `name` (inside the repository) pointing at `target`, as a commit would check it out. */
  link(name: string, target: string): void {
    const full = path.join(this.root, name);
    mkdirSync(path.dirname(full), { recursive: true });
    symlinkSync(target, full);
  }
}

/**
 * Asserts that nothing of the credential (no 8 consecutive characters of it, nor its
 * decoded form) and nothing of the outside files reaches `texts`.
 */
export function assertNothingLeaks(texts: Record<string, string>): void {
  const needles = [OUTSIDE_SECRET, 'x-access-token', 'AUTHORIZATION: basic', 'extraheader'];
  for (let i = 0; i + 8 <= FAKE_CREDENTIAL.length; i++) needles.push(FAKE_CREDENTIAL.slice(i, i + 8));
  for (const [where, text] of Object.entries(texts)) {
    for (const needle of needles) assert.ok(!text.includes(needle), `${where} contains "${needle}"`);
  }
}

/** Every output of an action run: streams, summary, outputs, and what it sent to the fake API. */
export function everyActionOutput(run: ActionRun, server: FakeGitHub, extraFiles: string[] = []): Record<string, string> {
  const texts: Record<string, string> = {
    stdout: run.stdout,
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    comments: JSON.stringify(server.comments),
    checkRuns: JSON.stringify(server.checkRuns),
    issues: JSON.stringify(server.issues),
  };
  for (const file of extraFiles) if (existsSync(file)) texts[file] = readFileSync(file, 'utf8');
  return texts;
}

/** The names in a folder, for asserting that nothing was written there. */
export function listing(folder: string): string[] {
  return readdirSync(folder).sort();
}
