import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const dist = path.join(PROJECT_ROOT, 'dist');

/** Package folders named by esbuild's `// node_modules/…` path comments in the committed bundles. */
function packagesInBundles(): Map<string, { version: string; license: string }> {
  const found = new Map<string, { version: string; license: string }>();
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.js'));
  for (const entry of files) {
    const code = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of code.matchAll(/^\/\/ (.*node_modules\/(?:@[^/]+\/)?[^/\s]+)\//gm)) {
      const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, match[1]!, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        license: string;
      };
      found.set(manifest.name, { version: manifest.version, license: manifest.license });
    }
  }
  return found;
}

test('LICENSE is the MIT licence package.json declares', () => {
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { license: string };
  assert.equal(pkg.license, 'MIT');
  const text = readFileSync(path.join(PROJECT_ROOT, 'LICENSE'), 'utf8');
  assert.match(text, /^MIT License\n\nCopyright \(c\) \d{4} citrix-license-lint contributors\n/);
  assert.match(text, /Permission is hereby granted, free of charge/);
});

test('dist/licenses.txt names every package the bundles hold, each with its licence text', () => {
  const notices = readFileSync(path.join(dist, 'licenses.txt'), 'utf8');
  const sections = notices.split(/\n-{78}\n/).slice(1);
  const byHeader = new Map(sections.map((s) => [s.trim().split('\n')[0]!, s]));
  const bundled = packagesInBundles();
  assert.ok(bundled.size >= 10, `expected the bundles to hold the runtime packages, found ${bundled.size}`);
  for (const [name, { version, license }] of bundled) {
    const section = byHeader.get(`${name}@${version} (${license})`);
    assert.ok(section, `${name}@${version} is bundled in dist/ but missing from dist/licenses.txt`);
    assert.match(section, /copyright|licensed under|permission/i, `${name}: the notice holds no licence text`);
  }
  assert.equal(sections.length, bundled.size, 'dist/licenses.txt lists a package the bundles do not hold');
});
