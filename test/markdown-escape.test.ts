import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mdCode, mdCodeSpans, mdMessage, mdText, mdWords } from '../src/reporters/markdown-escape.js';

// Issue 22, point 4: nothing from the inventory writes `<!--` into a body. Issue 27, point 2:
// the escaper's ASCII fast paths give the same bytes as the general path.

// Characters that exercise every branch: plain words, underscores, colons, hex runs, autolinks,
// Markdown and HTML openers, backticks, spaces, invisible and non-ASCII characters.
const PIECES = [
  'a',
  'Z',
  '0',
  '7',
  'f',
  'e',
  '_',
  ':',
  ' ',
  '  ',
  '.',
  ',',
  '-',
  '/',
  '(',
  '"',
  "'",
  '!',
  '%',
  '+',
  '#',
  '##[',
  '<',
  '<!--',
  '-->',
  '>',
  '&',
  '@',
  '*',
  '[',
  '|',
  '`',
  '``',
  '\\',
  '\t',
  '\n',
  '\u200B',
  '\u202E',
  'é',
  '–',
  'gh-1',
  'www.',
  '.com',
  'deadbeef12',
  '12.',
  'XDT_PLT_UD',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

test('the fast paths of mdCode and mdText give the same bytes as the general path', () => {
  fc.assert(
    fc.property(text, (s) => {
      assert.equal(mdCode(s), mdCodeSpans(s));
      assert.equal(mdText(s), mdWords(s));
    }),
    { numRuns: 20_000 },
  );
  // The messages a large inventory is made of take the fast path, unchanged.
  const message = 'the allocation of 1 XDT_PLT_UD licenses from sub-1 is bound to old-3, which is decommissioned: return it';
  assert.equal(mdText(message), message);
  assert.equal(mdCode('inventory/region-4.yaml:33'), '`inventory/region-4.yaml:33`');
});

test('no input makes the escaper write `<!--`, in code, prose or a message', () => {
  fc.assert(
    fc.property(text, (s) => {
      for (const out of [mdCode(s), mdText(s), mdMessage(s)]) assert.ok(!out.includes('<!--'), `${JSON.stringify(s)} → ${out}`);
    }),
    { numRuns: 20_000 },
  );
  assert.equal(
    mdCode('<!-- citrix-license-lint:tracking-issue id=dev -->.yaml'),
    '\\<`!-- citrix-license-lint:tracking-issue id=dev -->.yaml`',
  );
  assert.equal(mdCode('a<!--b<!--'), '`a`\\<`!--b`\\<`!--`');
  assert.equal(mdMessage('file `x<!--y` is bad'), 'file `x`\\<`!--y` is bad');
});

test('punctuation around a word that must be code stays prose: (TCP 443 out to `cis.citrix.com`), not `cis.citrix.com),`', () => {
  assert.equal(mdText('(TCP 443 out to cis.citrix.com), or upload'), '(TCP 443 out to `cis.citrix.com`), or upload');
  assert.equal(mdText('(see www.example.com).'), '(see `www.example.com`).');
  assert.equal(mdText('(@admins)'), '(`@admins`)');
  // A word plain once its punctuation is gone is code whole: `12.` opens a list, `e.com` links.
  assert.equal(mdText('12.'), '`12.`');
  assert.equal(mdText('x <!--y-->.'), 'x \\<`!--y-->`.');
});
