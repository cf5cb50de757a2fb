import type { ErrorObject } from 'ajv';
import type { Path, PathSegment } from '../model/location.js';
import { didYouMean } from '../util/did-you-mean.js';

/**
 * One schema problem as data: a message id of the rule inventory/schema (whose
 * `meta.messages` word them) and the values of its placeholders.
 */
export interface SchemaProblem {
  path: Path;
  /** The problem is the key itself (an unknown key), not its value. */
  onKey: boolean;
  messageId: SchemaMessageId;
  values: Record<string, string | number>;
  /** The name of the entity it is in (a hostname, an id), when it has one. */
  subject?: string;
  /** Internal: the key an unknown key was probably meant to be. */
  suggestion?: string;
  /** The key a `required` error is about: what is in doubt is that field, not the whole mapping. */
  missing?: string;
}

export type SchemaMessageId =
  | 'unknownKey'
  | 'unknownKeyRequired'
  | 'unknownKeyNoMatch'
  | 'missingKey'
  | 'missingEnd'
  | 'missingCssEnd'
  | 'missingVersion'
  | 'wrongType'
  | 'notAllowed'
  | 'notConst'
  | 'tooSmall'
  | 'empty'
  | 'badDate'
  | 'badProduct'
  | 'badHostId'
  | 'badFqdn'
  | 'badHostName'
  | 'noForm'
  | 'noFormValue';

const SINGULAR: Record<string, string> = {
  entitlements: 'entitlement',
  licenseServers: 'license server',
  allocations: 'allocation',
  netscalerConsoles: 'NetScaler Console',
  netscalerInstances: 'NetScaler instance',
  licenseFiles: 'license file',
  features: 'feature',
};
const IDENTITY_KEYS = ['id', 'hostname', 'name', 'path', 'product'];

/** Turns ajv's errors into one problem each (a sentence of inventory/schema), located by a path into the document. */
export function describeSchemaErrors(errors: readonly ErrorObject[], data: unknown): SchemaProblem[] {
  // An anyOf that failed says it in one sentence; the errors of its branches are noise.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.keyword !== 'anyOf' && error.schemaPath.includes('/anyOf/') && anyOfPaths.has(error.instancePath)) continue;
    const problem = describe(error, data);
    const id = `${problem.path.join('/')}|${problem.messageId}|${JSON.stringify(problem.values)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return mergeTypos(problems);
}

/**
 * A misspelt required key is one mistake: "missing `hostname`" and "unknown key `hostnme`,
 * did you mean `hostname`?" become the second alone, which says both where and what.
 */
function mergeTypos(problems: SchemaProblem[]): SchemaProblem[] {
  const typoOf = new Map<string, SchemaProblem>();
  for (const problem of problems) {
    if (problem.suggestion === undefined) continue;
    typoOf.set(`${problem.path.slice(0, -1).join('/')}|${problem.suggestion}`, problem);
  }
  const out: SchemaProblem[] = [];
  for (const problem of problems) {
    if (problem.missing !== undefined) {
      const typo = typoOf.get(`${problem.path.join('/')}|${problem.missing}`);
      if (typo) {
        typo.messageId = 'unknownKeyRequired';
        continue;
      }
    }
    out.push(problem);
  }
  return out.map(({ suggestion: _s, ...problem }) => problem);
}

function describe(error: ErrorObject, data: unknown): SchemaProblem {
  const path = pointerToPath(error.instancePath, data);
  const onMapping = error.keyword === 'additionalProperties' || error.keyword === 'required';
  const place = describePlace(onMapping || typeof path[path.length - 1] !== 'string' ? path : path.slice(0, -1), data);
  const where = place.words;
  const subject = place.subject === undefined ? {} : { subject: place.subject };
  const keyName = typeof path[path.length - 1] === 'string' ? `\`${String(path[path.length - 1])}\`` : 'this entry';
  const at = (messageId: SchemaMessageId, values: Record<string, string | number>): SchemaProblem => ({
    path,
    onKey: false,
    messageId,
    values: { key: keyName, where, ...values },
    ...subject,
  });
  const value = valueAt(data, path);
  const params = error.params as Record<string, unknown>;
  const parentSchema = (error.parentSchema ?? {}) as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((parentSchema.properties as Record<string, unknown>) ?? {});
      const suggestion = didYouMean(key, allowed);
      return {
        path: [...path, key],
        onKey: true,
        ...(suggestion
          ? { messageId: 'unknownKey', values: { key, where, suggestion }, suggestion }
          : { messageId: 'unknownKeyNoMatch', values: { key, where, allowed: allowed.map((k) => `\`${k}\``).join(', ') } }),
        ...subject,
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        path,
        onKey: false,
        messageId: requiredMessage(missing, value),
        values: { where: capitalise(where), key: missing },
        missing,
        ...subject,
      };
    }
    case 'type': {
      const expected = String(params.type);
      const words =
        expected === 'integer'
          ? 'a whole number'
          : expected === 'object'
            ? 'a mapping (key: value lines)'
            : expected === 'array'
              ? 'a list (lines starting with "- ")'
              : `a ${expected}`;
      const quoteHint =
        expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? ' (put it in quotes)'
          : unquoteHint(expected, value);
      return at('wrongType', { expected: words, value: show(value), hint: quoteHint });
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      const hint = suggestion ? `: did you mean \`${suggestion}\`?` : '';
      return at('notAllowed', { allowed: allowed.map((a) => `\`${a}\``).join(', '), value: show(value), hint });
    }
    case 'const':
      return at('notConst', { expected: show(params.allowedValue), value: show(value) });
    case 'minimum':
      return at('tooSmall', { limit: String(params.limit), value: show(value) });
    case 'minLength':
      return at('empty', {});
    case 'format':
      return at('badDate', { value: show(value) });
    case 'pattern':
      return at(patternMessage(path), { value: show(value) });
    case 'anyOf': {
      const sentence =
        typeof parentSchema['x-any-of-message'] === 'string' ? parentSchema['x-any-of-message'] : 'does not match any of the allowed forms';
      return keyName === 'this entry'
        ? at('noForm', { where: capitalise(where), sentence })
        : at('noFormValue', { sentence, value: show(value), hint: unquoteHint('integer', value) });
    }
    default:
      // A keyword the schema does not use today: ajv's own words.
      return at('noFormValue', { sentence: error.message ?? 'is invalid', value: show(value), hint: '' });
  }
}

/** `"1000"` is text to YAML: a count written in quotes needs them removed. */
function unquoteHint(expected: string, value: unknown): string {
  return (expected === 'integer' || expected === 'number') && typeof value === 'string' && /^[0-9]+$/.test(value.trim())
    ? ': remove the quotes'
    : '';
}

function requiredMessage(missing: string, value: unknown): SchemaMessageId {
  const type = value && typeof value === 'object' ? (value as Record<string, unknown>).type : undefined;
  if (missing === 'end' && type === 'subscription') return 'missingEnd';
  if (missing === 'cssEnd' && type === 'perpetual') return 'missingCssEnd';
  if (missing === 'version') return 'missingVersion';
  return 'missingKey';
}

function patternMessage(path: Path): SchemaMessageId {
  const key = path[path.length - 1];
  if (key === 'product') return 'badProduct';
  if (key === 'hostId') return 'badHostId';
  if (key === 'fqdn') return 'badFqdn';
  // Invisible and control characters (bidi overrides, zero-width) make a name read as another (issue 15).
  return 'badHostName';
}

/**
 * "license server `ctxls01.corp.example`", "telemetry of license server `ctxls01`", "the top
 * level"; with the name of the innermost named entity (its subject).
 */
function describePlace(path: Path, data: unknown): { words: string; subject?: string } {
  let description = 'the top level';
  let subject: string | undefined;
  let current: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    current = current !== null && typeof current === 'object' ? (current as Record<PathSegment, unknown>)[segment] : undefined;
    const list = path[i - 1];
    if (typeof segment === 'number' && typeof list === 'string') {
      const name = identityOf(current, list);
      if (name) subject = name;
      const noun = SINGULAR[list] ?? list;
      const entity = list === 'allocations' ? allocationWords(current, segment) : name ? `${noun} \`${name}\`` : `${noun} #${segment + 1}`;
      description = description === 'the top level' || i === 1 ? entity : `${entity} of ${description}`;
    } else if (typeof segment === 'string' && i === path.length - 1 && !(segment in SINGULAR)) {
      description = description === 'the top level' ? `\`${segment}\`` : `${segment} of ${description}`;
    }
  }
  return { words: description, ...(subject === undefined ? {} : { subject }) };
}

/** An allocation has no name: its quantity, entitlement and host tell it apart. */
function allocationWords(value: unknown, index: number): string {
  const fields = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const text = (key: string) => (typeof fields[key] === 'string' && fields[key] !== '' ? `\`${fields[key] as string}\`` : undefined);
  const parts = [
    typeof fields.quantity === 'number' && Number.isInteger(fields.quantity) ? `of ${fields.quantity.toLocaleString('en-US')}` : undefined,
    text('entitlement') ? `from ${text('entitlement')}` : undefined,
    text('hostname') ? `to ${text('hostname')}` : undefined,
  ].filter(Boolean);
  return parts.length > 0 && (text('entitlement') || text('hostname')) ? `allocation ${parts.join(' ')}` : `allocation #${index + 1}`;
}

function identityOf(value: unknown, list?: PathSegment): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const fields = value as Record<string, unknown>;
  const text = (key: string) => (typeof fields[key] === 'string' && fields[key] !== '' ? (fields[key] as string) : undefined);
  // A license file is named by its file name, never by the host it is bound to.
  if (list === 'licenseFiles') return text('path')?.split(/[\\/]/).pop() ?? text('name');
  for (const key of IDENTITY_KEYS) {
    const candidate = (value as Record<string, unknown>)[key];
    if (typeof candidate === 'string' && candidate.length > 0 && candidate.length < 80) return candidate;
  }
  return undefined;
}

function pointerToPath(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let current: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step: PathSegment = Array.isArray(current) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(step);
    current = current !== null && typeof current === 'object' ? (current as Record<PathSegment, unknown>)[step] : undefined;
  }
  return path;
}

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
