import process from 'node:process';
import { coreRunner } from './core-runner.js';
import { runAction } from './main.js';
import { systemClock } from './runner.js';

await runAction(process.env, process.cwd(), coreRunner, systemClock);
