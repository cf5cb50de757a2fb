import { ENTITY_LISTS, isEntityList, type EntityList } from '../model/entity-lists.js';
import type { Path } from '../model/location.js';
import type { RawFinding } from '../model/raw-finding.js';
import type { YamlText } from '../yaml/read-yaml.js';
import { shortKey } from '../domain/host-names.js';
import { didYouMean } from '../util/did-you-mean.js';

/** The syntax or schema finding a doubt comes from: what a withheld finding waits for. */
export type Cause = RawFinding;

/**
 * What the linter could not read as written: entities with a schema or syntax error, and the
 * lists holding them, each with the finding that says why. A rule's conclusion drawn from
 * them may be wrong, and its advice (return an allocation, remove licenses) harmful: the
 * engine withholds such findings until the error is fixed (engine/hold-back.ts).
 */
export class Doubts {
  /** Lists whose entries may not all have been read, or hold an entity in doubt whose identity is unknown. */
  readonly wholeLists = new Map<EntityList, Cause>();
  /**
   * Per list, the lower-cased names of its entities in doubt: every name an allocation, a
   * reference or a license file may use for one (id, product, hostname and fqdn with their
   * short names, host ID), since Citrix's matching ignores case and FQDN-ness.
   */
  readonly namesByList = new Map<EntityList, Map<string, Cause>>();
  /**
   * Files with a part not read at all (after a syntax error, under an unknown top-level key,
   * or the whole file): what the base found there and the head does not is not known to be fixed.
   */
  readonly unreadFiles = new Map<string, Cause>();
  /**
   * Entities a syntax error cut short, as `file\0list\0index`, with the keys their text writes
   * (read or not): a key written there is not missing, whatever the best-effort data lacks.
   */
  private readonly cut = new Map<string, Set<string>>();
  /** Entities in doubt, as `file\0list\0index`, with the paths in doubt inside them (`[list, index]`: all of it). */
  private readonly entities = new Map<string, { inside: Path; onKey: boolean; cause: Cause }[]>();

  get any(): boolean {
    return this.wholeLists.size > 0 || this.namesByList.size > 0;
  }

  /** The cause when `list` holds something in doubt that any of `names` (lower case) may refer to. */
  concerns(list: EntityList, names: ReadonlySet<string>): Cause | undefined {
    const whole = this.wholeLists.get(list);
    if (whole) return whole;
    for (const [name, cause] of this.namesByList.get(list) ?? []) if (names.has(name)) return cause;
    return undefined;
  }

  /** Whether anything of `list` is in doubt (a part not read, or an entry), and why. */
  touches(list: EntityList): Cause | undefined {
    return this.wholeLists.get(list) ?? this.namesByList.get(list)?.values().next().value;
  }

  /** Every name in doubt, whatever its list, with its cause. */
  names(): Map<string, Cause> {
    const all = new Map<string, Cause>();
    for (const names of this.namesByList.values()) for (const [name, cause] of names) if (!all.has(name)) all.set(name, cause);
    return all;
  }

  /**
   * The cause when what is at `path` rests on a field in doubt: the field itself, or one that
   * every check of the entity reads (its state, its kind), or the entity as a whole.
   */
  hasEntity(file: string, path: Path): Cause | undefined {
    if (!isEntityList(path[0]) || typeof path[1] !== 'number') return undefined;
    // A finding inside what is in doubt, or about something that holds it.
    const related = (a: Path, b: Path) => a.every((segment, i) => i >= b.length || b[i] === segment);
    return this.entities
      .get(`${file}\0${path[0]}\0${path[1]}`)
      ?.find(({ inside }) => inside.length <= 2 || !OWN_FIELDS.has(String(inside[2])) || related(inside, path))?.cause;
  }

  /**
   * True when the entity at `path` (its `[list, index]`) has anything in doubt; with
   * `namesOnly`, only what may change a name it is known by (the whole entry, a name key, a key
   * that is no key of the schema and may be a misspelt one).
   */
  inDoubt(file: string, path: Path, namesOnly: boolean): boolean {
    const doubtful = this.entities.get(`${file}\0${String(path[0])}\0${String(path[1])}`);
    if (!doubtful) return false;
    return !namesOnly || doubtful.some(({ inside, onKey }) => inside.length <= 2 || onKey || NAME_KEYS.includes(String(inside[2])));
  }

  /**
   * True when the entity at `path` was cut short by a syntax error after a line that writes
   * `key`: a finding that it lacks the key is about the part the error lost.
   */
  lostKey(file: string, path: Path, key: string): boolean {
    return this.cut.get(`${file}\0${String(path[0])}\0${String(path[1])}`)?.has(key) ?? false;
  }

  /** Nothing of the file could be read: every list is in doubt. */
  fileNotRead(file: string, cause: Cause): void {
    this.notRead(file, cause);
    this.allLists(cause);
  }

  private allLists(cause: Cause): void {
    for (const list of ENTITY_LISTS) this.wholeList(list, cause);
  }

  private notRead(file: string, cause: Cause): void {
    if (!this.unreadFiles.has(file)) this.unreadFiles.set(file, cause);
  }

  /** A schema problem at `path` of a file's document. */
  atPath(file: string, data: unknown, path: Path, onKey: boolean, cause: Cause): void {
    const [list, index] = path;
    if (isEntityList(list)) {
      if (typeof index === 'number') {
        this.entity(file, data, list, index, path, cause, onKey);
        // A misspelt key (`hostd:`) hides the name it was meant to give: its value may be one.
        if (onKey && path.length === 3) this.addName(list, valueAt(data, path), cause);
        // A host name written wrong (`hostId: 005056a1c0d`) may be a slip on any name that an
        // allocation binds to: the host is any host of its list.
        else if (!onKey && path.length === 3 && HOST_NAME_KEYS.has(String(path[2])) && list !== 'allocations') this.wholeList(list, cause);
      } else this.wholeList(list, cause);
    } else if (path.length === 1 && onKey) {
      // An unknown top-level key holding entries (`netScalerConsoles:`): they were not read at
      // all, and may be entries of the list it was meant to be, or of any list. A plain value
      // (`notes: see the wiki`) holds no entry: nothing is in doubt.
      const value = valueAt(data, path);
      if (value === null || typeof value !== 'object') return;
      this.notRead(file, cause);
      const meant = didYouMean(String(list), ENTITY_LISTS);
      if (meant && isEntityList(meant)) this.wholeList(meant, cause);
      else this.allLists(cause);
    }
  }

  /**
   * A syntax problem at 1-based `line`. In a broken file everything from there on is a best
   * effort; a repeated key (`repeatedKey`: as written) puts in doubt only the field of the
   * entity it is written in, since yaml kept one of its values and read the rest.
   */
  atLine(file: string, source: YamlText, data: unknown, line: number, repeatedKey: string | undefined, cause: Cause): void {
    const broken = repeatedKey === undefined;
    if (broken) this.fileNotRead(file, cause);
    const entities = entityLines(source, data);
    // The entity the error interrupted: yaml may have closed it on the line before, and made
    // what it could not place an entry of its own starting on the error's line.
    const interrupted = entities.filter((e) => e.start < line).sort((a, b) => b.start - a.start)[0];
    let inside = false;
    let lines: string[] | undefined;
    for (const entity of entities) {
      const { list, index, start, end } = entity;
      if (broken ? end >= line || entity === interrupted : start <= line && line <= end) {
        if (broken) this.cut.set(`${file}\0${list}\0${index}`, keysWritten((lines ??= source.text.split('\n')), start));
        const field = broken ? undefined : fieldAtLine(source, data, list, index, line);
        this.entity(file, data, list, index, field === undefined ? [list, index] : [list, index, field], cause, false);
        inside = true;
      }
    }
    if (!inside) this.allLists(cause);
  }

  private wholeList(list: EntityList, cause: Cause): void {
    if (!this.wholeLists.has(list)) this.wholeLists.set(list, cause);
  }

  private entity(file: string, data: unknown, list: EntityList, index: number, inside: Path, cause: Cause, onKey: boolean): void {
    const key = `${file}\0${list}\0${index}`;
    this.entities.set(key, [...(this.entities.get(key) ?? []), { inside, onKey, cause }]);
    const entry = (data as Record<string, unknown[] | undefined> | undefined)?.[list]?.[index];
    const fields = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    // Without its identity, the entity may be the one any finding of its list is about.
    if (IDENTITY[list].some((key) => typeof fields[key] !== 'string' || fields[key] === '')) this.wholeList(list, cause);
    if (!this.namesByList.has(list)) this.namesByList.set(list, new Map());
    for (const key of NAME_KEYS) this.addName(list, fields[key], cause);
  }

  /** A name of an entity in doubt, with its short name: `ctxls01.corp.example` is also `ctxls01`. */
  private addName(list: EntityList, value: unknown, cause: Cause): void {
    if (typeof value !== 'string' || value === '') return;
    let names = this.namesByList.get(list);
    if (!names) this.namesByList.set(list, (names = new Map()));
    for (const name of [value.toLowerCase(), shortKey(value)]) if (!names.has(name)) names.set(name, cause);
  }
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
  return value;
}

/** The fields that say which entity an entry is, and so which findings it may bear on. */
const IDENTITY: Record<EntityList, readonly string[]> = {
  entitlements: ['id', 'product'],
  licenseServers: ['hostname'],
  allocations: ['entitlement', 'hostname'],
  netscalerConsoles: ['hostname'],
  netscalerInstances: ['name'],
};
/**
 * Fields that only the checks of that field read: an error there leaves findings located at
 * the entity's other fields standing (a misspelt `lastReportd` says nothing about `version`).
 */
const OWN_FIELDS = new Set([
  'version',
  'telemetry',
  'licenseFiles',
  'deployedOn',
  'allocatedOn',
  'platform',
  'offering',
  'start',
  'end',
  'cssEnd',
  'console',
]);
/** The fields by which allocations and license files bind to a host. */
const HOST_NAME_KEYS = new Set(['hostname', 'fqdn', 'hostId']);
/** The fields by which other entries or license files name an entity (an allocation binds to a hostname, an FQDN or a host ID). */
export const NAME_KEYS = ['id', 'product', 'hostname', 'fqdn', 'hostId', 'entitlement', 'name', 'console'];

/**
 * The keys written in the block entry that starts on 1-based line `start` (`- hostname: ...`
 * and every line indented deeper than its dash), whatever yaml made of them.
 */
function keysWritten(lines: readonly string[], start: number): Set<string> {
  const keys = new Set<string>();
  const indent = (text: string) => (/^[ \t]*/.exec(text)?.[0] ?? '').replace(/\t/g, '        ').length;
  const dash = indent(lines[start - 1] ?? '');
  for (let i = start - 1; i < lines.length; i++) {
    const text = lines[i]!;
    if (i > start - 1 && text.trim() !== '' && !text.trimStart().startsWith('#') && indent(text) <= dash) break;
    for (const match of text.matchAll(/(?:^|[\s{,-])([A-Za-z][\w]*)\s*:/g)) keys.add(match[1]!);
  }
  return keys;
}

/** The field of an entity whose value holds `line` (the last one starting on or before it). */
function fieldAtLine(source: YamlText, data: unknown, list: EntityList, index: number, line: number): string | undefined {
  const entry = (data as Record<string, unknown[] | undefined>)[list]?.[index];
  if (!entry || typeof entry !== 'object') return undefined;
  let found: { field: string; start: number } | undefined;
  for (const field of Object.keys(entry)) {
    const start = source.locate([list, index, field], true).line;
    if (start <= line && (!found || start >= found.start)) found = { field, start };
  }
  return found?.field;
}

/**
 * The lines each entity spans: from its first line to the line before whatever starts next
 * (the next entry, or the next top-level key). Located ranges show only a first line.
 */
function entityLines(source: YamlText, data: unknown): { list: EntityList; index: number; start: number; end: number }[] {
  if (!data || typeof data !== 'object') return [];
  const starts: { list?: EntityList; index: number; start: number }[] = [];
  for (const key of Object.keys(data)) {
    starts.push({ index: -1, start: source.locate([key], true).line });
    if (!isEntityList(key)) continue;
    const entries = (data as Record<string, unknown>)[key];
    if (!Array.isArray(entries)) continue;
    for (let index = 0; index < entries.length; index++) starts.push({ list: key, index, start: source.locate([key, index]).line });
  }
  starts.sort((a, b) => a.start - b.start);
  const out: { list: EntityList; index: number; start: number; end: number }[] = [];
  starts.forEach((entry, i) => {
    const next = starts.slice(i + 1).find((other) => other.start > entry.start);
    if (entry.list)
      out.push({ list: entry.list, index: entry.index, start: entry.start, end: next ? next.start - 1 : Number.MAX_SAFE_INTEGER });
  });
  return out;
}
