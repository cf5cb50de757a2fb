import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './run-cli.js';

/** The fenced code blocks under `### heading` of the README's `## Install` section, in order. */
export function installBlocks(heading: string): { lang: string; code: string }[] {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const install = /^## Install\n([\s\S]*?)^## /m.exec(readme)?.[1];
  if (!install) throw new Error('README.md has no ## Install section');
  const section = new RegExp(`^### ${heading}\\n([\\s\\S]*?)(?=^### |$(?![\\s\\S]))`, 'm').exec(install)?.[1];
  if (!section) throw new Error(`README.md: no ### ${heading} under ## Install`);
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, code: m[2]! }));
}

/** The `### ` headings of the README's Install section, in order. */
export function installHeadings(): string[] {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const install = /^## Install\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
  return [...install.matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
}
