import { ENTITY_LISTS, isEntityList, type EntityList } from '../model/entity-lists.js';
import type { Path } from '../model/location.js';
import type { YamlText } from '../yaml/read-yaml.js';
import { shortKey } from '../domain/host-names.js';

/**
 * What the linter could not read as written: entities with a schema or syntax error, and the
 * lists holding them. A rule's conclusion drawn from them may be wrong, and its advice
 * (return an allocation, remove licenses) harmful: the engine holds such findings back.
 */
export class Doubts {
  /** Lists whose entries may not all have been read, or hold an entity in doubt whose identity is unknown. */
  readonly wholeLists = new Set<EntityList>();
  /**
   * Per list, the lower-cased names of its entities in doubt: every name an allocation, a
   * reference or a license file may use for one (id, product, hostname and fqdn with their
   * short names, host ID), since Citrix's matching ignores case and FQDN-ness.
   */
  readonly namesByList = new Map<EntityList, Set<string>>();
  /** Entities in doubt, as `file\0list\0index`, with the paths in doubt inside them (empty: all of it). */
  private readonly entities = new Map<string, Path[]>();

  get any(): boolean {
    return this.wholeLists.size > 0 || this.namesByList.size > 0;
  }

  /** True when `list` holds something in doubt that any of `names` (lower case) may refer to. */
  concerns(list: EntityList, names: ReadonlySet<string>): boolean {
    if (this.wholeLists.has(list)) return true;
    for (const name of this.namesByList.get(list) ?? []) if (names.has(name)) return true;
    return false;
  }

  /** Every name in doubt, whatever its list. */
  names(): Set<string> {
    return new Set([...this.namesByList.values()].flatMap((names) => [...names]));
  }

  /**
   * True when what is at `path` rests on a field in doubt: the field itself, or one that
   * every check of the entity reads (its state, its kind), or the entity as a whole.
   */
  hasEntity(file: string, path: Path): boolean {
    if (!isEntityList(path[0]) || typeof path[1] !== 'number') return false;
    const doubtful = this.entities.get(`${file}\0${path[0]}\0${path[1]}`);
    if (!doubtful) return false;
    // A finding inside what is in doubt, or about something that holds it.
    const related = (a: Path, b: Path) => a.every((segment, i) => i >= b.length || b[i] === segment);
    return doubtful.some((inside) => inside.length <= 2 || !OWN_FIELDS.has(String(inside[2])) || related(inside, path));
  }

  /** Nothing of the file could be read, or an unknown part of it: every list is in doubt. */
  allLists(): void {
    for (const list of ENTITY_LISTS) this.wholeLists.add(list);
  }

  /** A schema problem at `path` of a file's document. */
  atPath(file: string, data: unknown, path: Path, onKey: boolean): void {
    const [list, index] = path;
    if (isEntityList(list)) {
      if (typeof index === 'number') {
        this.entity(file, data, list, index, path);
        // A misspelt key (`hostd:`) hides the name it was meant to give: its value may be one.
        if (onKey && path.length === 3) this.addName(list, valueAt(data, path));
        // A host name written wrong (`hostId: 005056a1c0d`) may be a slip on any name that an
        // allocation binds to: the host is any host of its list.
        else if (!onKey && path.length === 3 && HOST_NAME_KEYS.has(String(path[2])) && list !== 'allocations') this.wholeLists.add(list);
      } else this.wholeLists.add(list);
    } else if (path.length === 1 && onKey) {
      // An unknown top-level key (`netScalerConsoles:`): its entries were not read at all.
      this.allLists();
    }
  }

  /**
   * A syntax problem at 1-based `line`. In a broken file everything from there on is a best
   * effort; otherwise (a repeated key) only the entity around it is.
   */
  atLine(file: string, source: YamlText, data: unknown, line: number, broken: boolean): void {
    if (broken) this.allLists();
    const entities = entityLines(source, data);
    // The entity the error interrupted: yaml may have closed it on the line before.
    const interrupted = entities.filter((e) => e.start <= line).sort((a, b) => b.start - a.start)[0];
    let inside = false;
    for (const entity of entities) {
      const { list, index, start, end } = entity;
      if (broken ? end >= line || entity === interrupted : start <= line && line <= end) {
        this.entity(file, data, list, index, [list, index]);
        inside = true;
      }
    }
    if (!inside) this.allLists();
  }

  private entity(file: string, data: unknown, list: EntityList, index: number, inside: Path): void {
    const key = `${file}\0${list}\0${index}`;
    this.entities.set(key, [...(this.entities.get(key) ?? []), inside]);
    const entry = (data as Record<string, unknown[] | undefined> | undefined)?.[list]?.[index];
    const fields = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    // Without its identity, the entity may be the one any finding of its list is about.
    if (IDENTITY[list].some((key) => typeof fields[key] !== 'string' || fields[key] === '')) this.wholeLists.add(list);
    if (!this.namesByList.has(list)) this.namesByList.set(list, new Set());
    for (const key of NAME_KEYS) this.addName(list, fields[key]);
  }

  /** A name of an entity in doubt, with its short name: `ctxls01.corp.example` is also `ctxls01`. */
  private addName(list: EntityList, value: unknown): void {
    if (typeof value !== 'string' || value === '') return;
    let names = this.namesByList.get(list);
    if (!names) this.namesByList.set(list, (names = new Set()));
    names.add(value.toLowerCase());
    names.add(shortKey(value));
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
const NAME_KEYS = ['id', 'product', 'hostname', 'fqdn', 'hostId', 'entitlement', 'name', 'console'];

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
