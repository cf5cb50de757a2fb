/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** The current time, for the default --as-of. */
  now: () => Date;
  /** All of standard input, for the path `-` (default: the process's). */
  readStdin?: () => Promise<Buffer>;
  /** The script the shell ran (process.argv[1]): how `init` tells the user to run the linter again. */
  script?: string;
}
