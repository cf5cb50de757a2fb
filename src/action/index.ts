import process from 'node:process';
import { runAction } from './main.js';

await runAction(process.env, process.cwd());
