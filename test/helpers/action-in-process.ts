import { runAction } from '../../src/action/main.js';
import type { Runner } from '../../src/action/runner.js';
import { type ActionRun, type ActionRunOptions, runnerSetup, summaryOf } from './run-action.js';

export interface InProcessActionRun extends ActionRun {
  /** Every wait the step asked for before a retry, in milliseconds (none is slept). */
  slept: number[];
}

/**
 * The workflow commands @actions/core writes (actions/toolkit packages/core/src/command.ts):
 * `::name::message`, the message with `%`, CR and LF escaped. test/action-runner.test.ts holds
 * this to @actions/core itself.
 */
export function command(name: string, message: string): string {
  return `::${name}::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`;
}

/** @actions/core's toCommandValue: strings as they are, nothing as '', anything else as JSON. */
export function commandValue(value: unknown): string {
  return value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

/** A runner that keeps what the step writes: the log as @actions/core would print it, the outputs, the result. */
export function recordingRunner(): Runner & { stdout: string; outputs: Record<string, string>; failed: boolean } {
  const runner = {
    stdout: '',
    outputs: {} as Record<string, string>,
    failed: false,
    info: (message: string) => void (runner.stdout += `${message}\n`),
    notice: (message: string) => void (runner.stdout += command('notice', message)),
    warning: (message: string) => void (runner.stdout += command('warning', message)),
    setFailed: (message: string) => {
      runner.failed = true;
      runner.stdout += command('error', message);
    },
    setOutput: (name: string, value: unknown) => void (runner.outputs[name] = commandValue(value)),
    setSecret: (secret: string) => void (runner.stdout += command('add-mask', secret)),
    write: (text: string) => void (runner.stdout += text),
  };
  return runner;
}

/**
 * Runs the action from the sources in this process, as the runner would run dist/index.js:
 * the same environment, the workspace as the working folder, and a clock whose waits
 * return at once (recorded, and added to its time). The exit status is the runner's: 1 once the step failed.
 */
export async function action(options: Omit<ActionRunOptions, 'script'> & { now?: () => Date }): Promise<InProcessActionRun> {
  const setup = runnerSetup(options);
  const runner = recordingRunner();
  const slept: number[] = [];
  // Time moves on by each wait instead of waiting: the spacing of writes sees it pass.
  let skipped = 0;
  const now = options.now ?? (() => new Date());
  await runAction(setup.env, options.workspace, runner, {
    now: () => new Date(now().getTime() + skipped),
    sleep: async (ms) => {
      slept.push(ms);
      skipped += ms;
      await new Promise((resolve) => setImmediate(resolve));
    },
  });
  return { status: runner.failed ? 1 : 0, stdout: runner.stdout, stderr: '', summary: summaryOf(setup), outputs: runner.outputs, slept };
}
