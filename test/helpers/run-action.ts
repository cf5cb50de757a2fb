import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './run-cli.js';

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

export interface ActionRunOptions {
  workspace: string;
  apiUrl: string;
  event: 'pull_request' | 'push' | 'schedule' | 'workflow_dispatch';
  inputs?: Record<string, string>;
  token?: string;
  pullNumber?: number;
  sha?: string;
  env?: Record<string, string>;
  baseSha?: string;
  before?: string;
  /** GITHUB_REF (default: the default branch, refs/heads/main). */
  ref?: string;
  /** Head repository of a pull request (a fork when not acme/inventory). */
  headRepository?: string;
  /** The action bundle to run (default this checkout's dist/index.js). */
  script?: string;
}

/** What the runner gives a step: its environment (inputs, event, files for the summary and outputs). */
export interface RunnerSetup {
  env: Record<string, string>;
  summaryFile: string;
  outputFile: string;
}

/** The environment GitHub's runner gives the step, with its event file, summary and output files in a temp folder. */
export function runnerSetup(options: ActionRunOptions): RunnerSetup {
  const temp = mkdtempSync(path.join(tmpdir(), 'cll-runner-'));
  const eventPath = path.join(temp, 'event.json');
  const sha = options.sha ?? 'a'.repeat(40);
  const payload =
    options.event === 'pull_request'
      ? {
          action: 'synchronize',
          number: options.pullNumber ?? 7,
          pull_request: {
            number: options.pullNumber ?? 7,
            head: { sha, ref: 'change', repo: { full_name: options.headRepository ?? 'acme/inventory' } },
            base: { sha: options.baseSha ?? 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/inventory' } },
          },
          repository: { full_name: 'acme/inventory' },
        }
      : options.event === 'schedule'
        ? { schedule: '0 6 * * *', repository: { full_name: 'acme/inventory', default_branch: 'main' } }
        : { repository: { full_name: 'acme/inventory', default_branch: 'main' }, ...(options.before ? { before: options.before } : {}) };
  writeFileSync(eventPath, JSON.stringify(payload));
  const summaryFile = path.join(temp, 'summary.md');
  const outputFile = path.join(temp, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const token = options.token ?? 'ghs_writetoken_1111111111111111111111111111';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/inventory',
    GITHUB_SHA: sha,
    GITHUB_REF: options.ref ?? (options.event === 'pull_request' ? `refs/pull/${options.pullNumber ?? 7}/merge` : 'refs/heads/main'),
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    // Retries wait 1 s, 2 s on GitHub; a tenth of that keeps the tests short.
    CITRIX_LICENSE_LINT_API_RETRY_MS: '100',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': token,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
  return { env, summaryFile, outputFile };
}

/** The job summary as the step left it. */
export function summaryOf(setup: RunnerSetup): string {
  return existsSync(setup.summaryFile) ? readFileSync(setup.summaryFile, 'utf8') : '';
}

/** Runs the built dist/index.js as the runner does: a child process with the runner's environment. */
export async function runBuiltAction(options: ActionRunOptions): Promise<ActionRun> {
  const setup = runnerSetup(options);
  const child = spawn(process.execPath, [options.script ?? path.join(PROJECT_ROOT, 'dist', 'index.js')], {
    cwd: options.workspace,
    env: setup.env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr, summary: summaryOf(setup), outputs: parseOutputs(readFileSync(setup.outputFile, 'utf8')) };
}

/** GITHUB_OUTPUT's `name<<DELIMITER ... DELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}
