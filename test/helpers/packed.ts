import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './run-cli.js';

export interface Packed {
  /** The folder holding everything below; removed by the caller. */
  temp: string;
  tarball: string;
  /** The files npm put in the tarball. */
  files: string[];
  /** An empty npm cache, so that nothing already cached helps an install. */
  cache: string;
}

/** `npm pack` of the working tree, once per test file that needs it (it takes a few seconds). */
export function packProject(): Packed {
  const temp = mkdtempSync(path.join(tmpdir(), 'cll-pack-'));
  const cache = path.join(temp, 'npm-cache');
  mkdirSync(cache);
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: npmEnv(cache),
  });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  return { temp, tarball: path.join(temp, info!.filename), files: info!.files.map((f) => f.path), cache };
}

/** npm with no network: offline, an empty cache, and a registry nobody listens on. */
export function npmEnv(cache: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: path.dirname(cache),
    npm_config_cache: cache,
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}
