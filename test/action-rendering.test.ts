import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ganttChart } from '../src/reporters/markdown.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { ganttTasks, mermaidBlocks, renderProblems } from './helpers/render-check.js';
import { action } from './helpers/action-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

// Hostile inventory text through every Markdown the action writes, rendered by a real
// CommonMark/GFM renderer (markdown-it) and Mermaid's own gantt parser.

const HOSTILE = [
  '@acme/admins',
  'fix #12 now',
  '![t](https://evil.example/t.png)',
  '[click](https://evil.example)',
  '<!--',
  '<img src=x onerror=alert(1)>',
  'evil`code`break',
  'a\n## Injected heading',
  '\u202Eevil\u200B',
  'https://evil.example/x',
  'www.evil.com',
  'x@evil.com',
  'GH-12',
  'deadbeefcafe1234',
  '**bold** _em_ ~~s~~',
  '&lt;b&gt;',
  'a|b',
  '``',
];

function hostileInventory(): string {
  const q = (s: string) => JSON.stringify(s);
  const host = (s: string, i: number) => q(`h${i}-${s.replace(/\s/g, '')}`);
  const entitlements = HOSTILE.map(
    (s, i) => `  - { id: ${q(s)}, product: XDT_PLT_UD, type: subscription, quantity: 10, end: 2026-12-${String(1 + i).padStart(2, '0')} }`,
  );
  const servers = HOSTILE.map(
    (s, i) =>
      `  - { hostname: ${host(s, i)}, environment: test, state: active, version: ${q(s)}, activation: las-online, telemetry: { mode: automatic, lastReported: 2026-11-27 } }`,
  );
  const allocations = HOSTILE.map(
    (s, i) => `  - { entitlement: ${q(s)}, hostname: ${q(`ghost-${i}-${s.replace(/\s/g, '')}`)}, quantity: 1 }`,
  );
  return `version: 1\nentitlements:\n${entitlements.join('\n')}\nlicenseServers:\n${servers.join('\n')}\nallocations:\n${allocations.join('\n')}\n`;
}

const fake = useFakeGitHub();

test('a hostile inventory: no live mention, link, image, heading or HTML in any body the action writes', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': hostileInventory() });
  const inputs = { 'as-of': '2026-11-28', 'check-run': 'true', 'tracking-issue': 'true', 'tracking-issue-on': 'warning' };
  const pr = await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', pullNumber: 61, inputs });
  assert.equal(pr.status, 1, pr.stdout);
  const scheduled = await action({ workspace, apiUrl: fake.server.url, event: 'schedule', inputs });
  const comment = fake.server.comments.find((c) => c.issue === 61)!.body;
  const bodies: Record<string, string> = {
    comment,
    'pull request job summary': pr.summary,
    'scheduled job summary': scheduled.summary,
    'check run summary': fake.server.checkRuns.at(-1)!.summary,
    'tracking issue': fake.server.issues.at(-1)!.body,
  };
  // The digest is there, so its host names went through the escaper too.
  assert.match(comment, /What this change does to licensing/);
  assert.match(comment, /\\u\{202E\}evil\\u\{200B\}/, 'the bidi override is shown, escaped');
  for (const [name, body] of Object.entries(bodies)) {
    assert.ok(body.length > 1000, `${name} is a real report`);
    assert.deepEqual(renderProblems(body), [], name);
  }
  // Every deadline (18 term ends within the horizon) is a task of the chart.
  const [chart] = mermaidBlocks(comment);
  const tasks = await ganttTasks(chart!);
  assert.equal(tasks.length, HOSTILE.length);
  assert.deepEqual(
    tasks.map((task) => task.start),
    HOSTILE.map((_, i) => `2026-12-${String(1 + i).padStart(2, '0')}`),
  );
});

test('the escaper is not vacuous: the same checks catch unescaped text', () => {
  const problems = renderProblems('| a | @acme/admins and #12 ![t](https://evil.example/t.png) <img src=x> www.evil.com |\n|---|---|\n');
  assert.deepEqual(new Set(problems.map((p) => p.kind)), new Set(['mention', 'reference', 'image', 'html', 'link']));
});

test('gantt: task names that are Mermaid keywords still chart every deadline', async () => {
  const names = [
    'topAxis',
    'title',
    'section',
    'dateFormat YYYY',
    '%% comment',
    'click x call y()',
    'excludes weekends',
    'includes',
    'todayMarker off',
    'accTitle: x',
    'accDescr { y }',
    'axisFormat %d',
    'tickInterval 1day',
    'weekday monday',
    'weekend friday',
    'inclusiveEndDates',
    'a : b, c',
    '#x; y',
    'gantt',
    '',
  ];
  const deadlines = names.map((subject, i) => ({
    kind: (i % 2 ? 'term end' : 'license expiry') as 'term end' | 'license expiry',
    lastDay: `2027-01-${String(1 + i).padStart(2, '0')}`,
    subject,
    action: '',
    entity: `e${i}`,
    file: 'f',
    line: i + 1,
  }));
  const chart = ganttChart(deadlines, '2026-11-28')!;
  const tasks = await ganttTasks(mermaidBlocks(chart)[0]!);
  assert.equal(tasks.length, names.length);
  assert.deepEqual(tasks.map((task) => task.start).sort(), deadlines.map((d) => d.lastDay).sort());
});
