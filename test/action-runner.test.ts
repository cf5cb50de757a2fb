// The in-process action tests read the log a recording runner keeps; here that runner is held
// to what @actions/core itself writes for the same calls, hostile text included.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { test } from 'node:test';
import { coreRunner } from '../src/action/core-runner.js';
import { writePacing } from '../src/action/write-pacing.js';
import type { Runner } from '../src/action/runner.js';
import { recordingRunner } from './helpers/action-in-process.js';
import { parseOutputs } from './helpers/run-action.js';

const HOSTILE = 'line one\nline two\r\n100% ::error::forged %0A';

function drive(runner: Runner): void {
  runner.info(HOSTILE);
  runner.notice(HOSTILE);
  runner.warning(HOSTILE);
  runner.setSecret('ghs_secret%\n');
  runner.write('::error title=x,file=a.yaml,line=1::raw\n');
  runner.setOutput('text', HOSTILE);
  runner.setOutput('count', 3);
  runner.setOutput('flag', false);
  runner.setOutput('nothing', undefined);
  runner.setFailed(HOSTILE);
}

test('the recording runner logs and sets outputs exactly as @actions/core does', (t) => {
  const temp = mkdtempSync(path.join(tmpdir(), 'cll-core-'));
  t.after(() => rmSync(temp, { recursive: true, force: true }));
  const outputFile = path.join(temp, 'output.txt');
  writeFileSync(outputFile, '');
  let written = '';
  const write = process.stdout.write;
  const saved = { output: process.env.GITHUB_OUTPUT, exitCode: process.exitCode };
  // Synchronous from here to the restore: nothing else writes to standard output meanwhile.
  process.env.GITHUB_OUTPUT = outputFile;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  try {
    drive(coreRunner);
  } finally {
    process.stdout.write = write;
    if (saved.output === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = saved.output;
  }
  assert.equal(process.exitCode, 1, '@actions/core fails the step');
  process.exitCode = saved.exitCode;

  const recording = recordingRunner();
  drive(recording);
  assert.equal(recording.stdout, written);
  assert.deepEqual(recording.outputs, parseOutputs(readFileSync(outputFile, 'utf8')));
  assert.equal(recording.failed, true);
  assert.match(written, /^::warning::line one%0Aline two%0D%0A100%25 ::error::forged %250A$/m, 'the control: core escapes');
});

test("writes are paced on the step's clock: reads never wait, writes that notify stay 3 s apart, past the first 3 a second", async () => {
  let time = 0;
  const waits: number[] = [];
  const pace = writePacing({
    now: () => new Date(time),
    sleep: async (ms) => {
      waits.push(ms);
      time += ms;
    },
  });
  const send = async () => {};
  await pace('GET', '/repos/acme/inventory/issues/7/comments', send);
  await pace('PATCH', '/repos/acme/inventory/check-runs/1', send);
  time += 200;
  await pace('PATCH', '/repos/acme/inventory/check-runs/1', send);
  await pace('GET', '/repos/acme/inventory/issues', send);
  await pace('POST', '/repos/acme/inventory/issues/7/comments', send);
  assert.deepEqual(waits, [], 'the first 3 writes of a run go at once');
  await pace('POST', '/repos/acme/inventory/issues/{issue_number}/comments', send);
  time += 5_000;
  await pace('POST', '/repos/acme/inventory/issues', send);
  await pace('PATCH', '/repos/acme/inventory/check-runs/1', send);
  assert.deepEqual(waits, [3_000, 1_000]);
});
