import { ENTITY_LISTS, isEntityList, type EntityList } from '../model/entity-lists.js';
import type { Path } from '../model/location.js';
import type { YamlText } from '../yaml/read-yaml.js';

/**
 * What the linter could not read as written: entities with a schema or syntax error, and the
 * lists holding them. A rule's conclusion drawn from them may be wrong, and its advice
 * (return an allocation, remove licenses) harmful: the engine holds such findings back.
 */
export class Doubts {
  /** Lists with at least one entity in doubt, or whose entries may not all have been read. */
  readonly lists = new Set<EntityList>();
  /** Entities in doubt, as `file\0list\0index`. */
  private readonly entities = new Set<string>();
  /** Lower-cased hostnames, names and ids of the entities in doubt, for findings located in license files. */
  readonly names = new Set<string>();

  get any(): boolean {
    return this.lists.size > 0;
  }

  hasEntity(file: string, path: Path): boolean {
    return isEntityList(path[0]) && typeof path[1] === 'number' && this.entities.has(`${file}\0${path[0]}\0${path[1]}`);
  }

  /** Nothing of the file could be read, or an unknown part of it: every list is in doubt. */
  allLists(): void {
    for (const list of ENTITY_LISTS) this.lists.add(list);
  }

  /** A schema problem at `path` of a file's document. */
  atPath(file: string, data: unknown, path: Path, onKey: boolean): void {
    const [list, index] = path;
    if (isEntityList(list)) {
      this.lists.add(list);
      if (typeof index === 'number') this.entity(file, data, list, index);
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
    const entities = [...entityLines(source, data)];
    // The entity the error interrupted: yaml may have closed it on the line before.
    const interrupted = entities.filter((e) => e.start <= line).sort((a, b) => b.start - a.start)[0];
    let inside = false;
    for (const entity of entities) {
      const { list, index, start, end } = entity;
      if (broken ? end >= line || entity === interrupted : start <= line && line <= end) {
        this.lists.add(list);
        this.entity(file, data, list, index);
        inside = true;
      }
    }
    if (!inside) this.allLists();
  }

  private entity(file: string, data: unknown, list: EntityList, index: number): void {
    this.entities.add(`${file}\0${list}\0${index}`);
    const entry = (data as Record<string, unknown[] | undefined> | undefined)?.[list]?.[index];
    if (!entry || typeof entry !== 'object') return;
    for (const key of ['hostname', 'name', 'id']) {
      const value = (entry as Record<string, unknown>)[key];
      if (typeof value === 'string') this.names.add(value.toLowerCase());
    }
  }
}

function* entityLines(source: YamlText, data: unknown): Generator<{ list: EntityList; index: number; start: number; end: number }> {
  if (!data || typeof data !== 'object') return;
  for (const list of ENTITY_LISTS) {
    const entries = (data as Record<string, unknown>)[list];
    if (!Array.isArray(entries)) continue;
    for (let index = 0; index < entries.length; index++) {
      const range = source.locate([list, index]);
      yield { list, index, start: range.line, end: range.endLine };
    }
  }
}
