import { toIsoDate } from '../util/dates.js';
import type { IsoDate } from '../model/inventory.js';

// Readers for data the schema may have rejected: a wrong type reads as undefined, so a
// rule skips the field instead of acting on garbage (the schema finding already says why).

export type Mapping = Record<string, unknown>;

export function asMapping(value: unknown): Mapping | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Mapping) : undefined;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function readString(map: Mapping, key: string): string | undefined {
  const value = map[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function readCount(map: Mapping, key: string): number | undefined {
  const value = map[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

export function readDate(map: Mapping, key: string): IsoDate | undefined {
  const value = map[key];
  return typeof value === 'string' ? toIsoDate(value) : undefined;
}

export function readEnum<T extends string>(map: Mapping, key: string, allowed: readonly T[]): T | undefined {
  const value = map[key];
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
