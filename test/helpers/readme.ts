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

export interface ReadmeBlock {
  /** The `##`/`###` headings above it, joined: `Quick start`, `Install > npm`. */
  section: string;
  lang: string;
  code: string;
  line: number;
}

/** Every fenced code block of the README, with the section it is in. */
export function readmeBlocks(): ReadmeBlock[] {
  const lines = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8').split('\n');
  const blocks: ReadmeBlock[] = [];
  let h2 = '';
  let h3 = '';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith('## ')) [h2, h3] = [line.slice(3), ''];
    else if (line.startsWith('### ')) h3 = line.slice(4);
    const fence = /^```(\w*)$/.exec(line);
    if (!fence) continue;
    const end = lines.indexOf('```', index + 1);
    blocks.push({
      section: h3 ? `${h2} > ${h3}` : h2,
      lang: fence[1]!,
      code: `${lines.slice(index + 1, end).join('\n')}\n`,
      line: index + 1,
    });
    index = end;
  }
  return blocks;
}
