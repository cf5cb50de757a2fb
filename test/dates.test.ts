import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIsoDate, isIsoDateOrTimestamp } from '../src/util/dates.js';

test('a date is real only if its day exists in its month, leap years included', () => {
  for (const real of ['2024-02-29', '2000-02-29', '2026-01-31', '2026-04-30', '2026-12-31', '2026-02-28'])
    assert.equal(isIsoDate(real), true, real);
  for (const unreal of [
    '2026-02-29',
    '1900-02-29',
    '2100-02-29',
    '2026-04-31',
    '2026-06-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-10',
    '26-01-10',
  ]) {
    assert.equal(isIsoDate(unreal), false, unreal);
  }
});

test('every day of four centuries agrees with the calendar of Date, and the day after each month end does not exist', () => {
  const day = 24 * 60 * 60 * 1000;
  let checked = 0;
  for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2300, 0, 1); t += day) {
    const text = new Date(t).toISOString().slice(0, 10);
    assert.equal(isIsoDate(text), true, text);
    const next = new Date(t + day).toISOString().slice(0, 10);
    if (next.slice(5, 7) !== text.slice(5, 7)) {
      const pastEnd = `${text.slice(0, 8)}${String(Number(text.slice(8)) + 1).padStart(2, '0')}`;
      assert.equal(isIsoDate(pastEnd), false, pastEnd);
    }
    checked++;
  }
  assert.equal(checked, 146_097);
});

test('a timestamp counts when its date is real and its time is a time of day', () => {
  assert.equal(isIsoDateOrTimestamp('2024-02-29T23:59:00Z'), true);
  assert.equal(isIsoDateOrTimestamp('2026-02-29T10:00:00Z'), false);
  assert.equal(isIsoDateOrTimestamp('2026-02-28T24:00:00Z'), false);
});
