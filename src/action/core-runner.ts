import * as core from '@actions/core';
import process from 'node:process';
import type { Runner } from './runner.js';

/** The runner as GitHub's: @actions/core writes workflow commands to standard output and outputs to the file GITHUB_OUTPUT names. */
export const coreRunner: Runner = {
  info: (message) => core.info(message),
  notice: (message) => core.notice(message),
  warning: (message) => core.warning(message),
  setFailed: (message) => core.setFailed(message),
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (secret) => core.setSecret(secret),
  write: (text) => process.stdout.write(text),
};
