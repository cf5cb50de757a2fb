/**
 * What the step does to the workflow runner: its log, its outputs, its result. The action's
 * entry (./index.ts) passes @actions/core's (./core-runner.ts); tests pass one that records,
 * so the action runs in their process.
 */
export interface Runner {
  /** A line in the log. */
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  /** Fails the step, with the message as an error. */
  setFailed(message: string): void;
  setOutput(name: string, value: unknown): void;
  /** Masked in the rest of the log. */
  setSecret(secret: string): void;
  /** Workflow commands already formatted (the annotations): the runner reads them from the log. */
  write(text: string): void;
}

/** Time as the step sees it: today's date, and the waits before retrying a request. */
export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
