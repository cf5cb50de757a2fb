import type { ErrorObject } from 'ajv';
import type { Path, PathSegment } from '../model/location.js';
import { didYouMean } from '../util/did-you-mean.js';

export interface SchemaProblem {
  path: Path;
  /** The problem is the key itself (an unknown key), not its value. */
  onKey: boolean;
  message: string;
  /** Internal: the key an unknown key was probably meant to be. */
  suggestion?: string;
  /** Internal: the key a `required` error is about. */
  missing?: string;
}

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

/** Turns ajv's errors into one plain sentence each, located by a path into the document. */
export function describeSchemaErrors(errors: readonly ErrorObject[], data: unknown): SchemaProblem[] {
  // An anyOf that failed says it in one sentence; the errors of its branches are noise.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.keyword !== 'anyOf' && error.schemaPath.includes('/anyOf/') && anyOfPaths.has(error.instancePath)) continue;
    const problem = describe(error, data);
    const id = `${problem.path.join('/')}|${problem.message}`;
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
        typo.message = `${typo.message} (\`${problem.missing}\` is required)`;
        continue;
      }
    }
    out.push(problem);
  }
  return out.map(({ suggestion: _s, missing: _m, ...problem }) => problem);
}

function describe(error: ErrorObject, data: unknown): SchemaProblem {
  const path = pointerToPath(error.instancePath, data);
  const onMapping = error.keyword === 'additionalProperties' || error.keyword === 'required';
  const where = describePlace(onMapping || typeof path[path.length - 1] !== 'string' ? path : path.slice(0, -1), data);
  const keyName = typeof path[path.length - 1] === 'string' ? `\`${String(path[path.length - 1])}\`` : 'this entry';
  const value = valueAt(data, path);
  const params = error.params as Record<string, unknown>;
  const parentSchema = (error.parentSchema ?? {}) as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((parentSchema.properties as Record<string, unknown>) ?? {});
      const suggestion = didYouMean(key, allowed);
      const hint = suggestion
        ? `did you mean \`${suggestion}\`?`
        : `the keys allowed here are ${allowed.map((k) => `\`${k}\``).join(', ')}`;
      return {
        path: [...path, key],
        onKey: true,
        message: `unknown key \`${key}\` in ${where}: ${hint}`,
        ...(suggestion ? { suggestion } : {}),
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        path,
        onKey: false,
        message: `${capitalise(where)} is missing the key \`${missing}\`${requiredReason(missing, value)}`,
        missing,
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
      return { path, onKey: false, message: `${keyName} in ${where} must be ${words}, not ${show(value)}${quoteHint}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      const hint = suggestion ? `: did you mean \`${suggestion}\`?` : '';
      return {
        path,
        onKey: false,
        message: `${keyName} in ${where} must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}, not ${show(value)}${hint}`,
      };
    }
    case 'const':
      return { path, onKey: false, message: `${keyName} in ${where} must be ${show(params.allowedValue)}, not ${show(value)}` };
    case 'minimum':
      return { path, onKey: false, message: `${keyName} in ${where} must be at least ${String(params.limit)}, not ${show(value)}` };
    case 'minLength':
      return { path, onKey: false, message: `${keyName} in ${where} must not be empty` };
    case 'format':
      return { path, onKey: false, message: `${keyName} in ${where} must be a real date written YYYY-MM-DD, not ${show(value)}` };
    case 'pattern':
      return { path, onKey: false, message: `${keyName} in ${where} ${patternWords(path)}, not ${show(value)}` };
    case 'anyOf': {
      const sentence =
        typeof parentSchema['x-any-of-message'] === 'string' ? parentSchema['x-any-of-message'] : 'does not match any of the allowed forms';
      const message =
        keyName === 'this entry'
          ? `${capitalise(where)}: ${sentence}`
          : `${keyName} in ${where} ${sentence}, not ${show(value)}${unquoteHint('integer', value)}`;
      return { path, onKey: false, message };
    }
    default:
      return { path, onKey: false, message: `${keyName} in ${where} ${error.message ?? 'is invalid'}` };
  }
}

/** `"1000"` is text to YAML: a count written in quotes needs them removed. */
function unquoteHint(expected: string, value: unknown): string {
  return (expected === 'integer' || expected === 'number') && typeof value === 'string' && /^[0-9]+$/.test(value.trim())
    ? ': remove the quotes'
    : '';
}

function requiredReason(missing: string, value: unknown): string {
  const type = value && typeof value === 'object' ? (value as Record<string, unknown>).type : undefined;
  if (missing === 'end' && type === 'subscription') return ': a subscription needs the last day of its term, `end: YYYY-MM-DD`';
  if (missing === 'cssEnd' && type === 'perpetual')
    return ': a perpetual entitlement needs its maintenance (CSS) end date, `cssEnd: YYYY-MM-DD`';
  if (missing === 'version') return ': add `version: 1` at the top of the file';
  return ': add it';
}

function patternWords(path: Path): string {
  const key = path[path.length - 1];
  if (key === 'product') return 'must be a license feature code of letters, digits and underscores (for example XDT_PLT_UD)';
  if (key === 'hostId')
    return 'must be a host ID: the MAC address as 12 hex digits without separators, as Citrix shows it (for example 005056a1b2c3)';
  if (key === 'fqdn') return 'must be a fully qualified name, with a dot and without spaces';
  // Invisible and control characters (bidi overrides, zero-width) make a name read as another (issue 15).
  return 'must be a host name without spaces or invisible characters';
}

/** "license server `ctxls01.corp.example`", "telemetry of license server `ctxls01`", "the top level". */
function describePlace(path: Path, data: unknown): string {
  let description = 'the top level';
  let current: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    current = current !== null && typeof current === 'object' ? (current as Record<PathSegment, unknown>)[segment] : undefined;
    const list = path[i - 1];
    if (typeof segment === 'number' && typeof list === 'string') {
      const name = identityOf(current, list);
      const noun = SINGULAR[list] ?? list;
      const entity = list === 'allocations' ? allocationWords(current, segment) : name ? `${noun} \`${name}\`` : `${noun} #${segment + 1}`;
      description = description === 'the top level' || i === 1 ? entity : `${entity} of ${description}`;
    } else if (typeof segment === 'string' && i === path.length - 1 && !(segment in SINGULAR)) {
      description = description === 'the top level' ? `\`${segment}\`` : `${segment} of ${description}`;
    }
  }
  return description;
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
