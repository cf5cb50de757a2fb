import { isIsoDateOrTimestamp } from '../util/dates.js';

/** Formats the inventory schema uses, called by the generated validator. */
export const formats = {
  date: isIsoDateOrTimestamp,
};

/** String length in code points, as JSON Schema's minLength counts it. */
export function ucs2length(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
