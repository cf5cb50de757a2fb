/**
 * Merges observations into an existing inventory with yaml's Document API, so that every
 * comment, key order and line a person wrote stays as it is: new servers and new fields are
 * added; a value that differs from what was collected is never changed, only marked with a
 * comment next to it. Pure: documents in, edited documents and a report out.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, Pair, parseDocument, Scalar, type Document, type YAMLMap, YAMLSeq } from 'yaml';
import type { InstalledLicense, Observations, ObservedLicenseServer } from '../exports/observations.js';
import { matchHost } from '../exports/host-names.js';
import {
  names,
  licenseEntries,
  licenseServerNode,
  MARK,
  netscalerFacts,
  netscalerInstanceComment,
  setScalar,
  telemetryNode,
  versionComment,
} from './write-inventory.js';
import { inertObservations } from './inert.js';

export interface InventoryFile {
  /** Path as shown to the user. */
  file: string;
  text: string;
}

export interface MergeResult {
  /** Files whose text changed (or a new file), with their new text. */
  changed: { file: string; text: string }[];
  /** One line per addition or difference. */
  report: string[];
}

interface Loaded {
  file: string;
  text: string;
  doc: Document;
  lines: LineCounter;
  touched: boolean;
}

export class MergeRefused extends Error {}

export function mergeInto(files: readonly InventoryFile[], exported: Observations, newFile: string): MergeResult {
  const observations = inertObservations(exported);
  const loaded: Loaded[] = files.map(({ file, text }) => {
    const lines = new LineCounter();
    // Duplicate keys are the linter's to report (inventory/yaml-syntax); they do not stop a merge.
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
    return { file, text, doc, lines, touched: false };
  });
  const report: string[] = [];
  const lineOf = (entry: Loaded, node: { range?: [number, number, number] | null }) =>
    node.range ? `:${entry.lines.linePos(node.range[0]).line}` : '';
  let created: Loaded | undefined;
  const target = (key: string): { entry: Loaded; seq: YAMLSeq } => {
    for (const entry of loaded) {
      const seq = entry.doc.get(key, true);
      if (isSeq(seq) && !seq.flow) return { entry, seq };
    }
    if (!created) {
      const doc = parseDocument('version: 1\n');
      doc.commentBefore = ` Added by citrix-license-lint import: hosts the inventory did not list yet.`;
      created = { file: newFile, text: '', doc, lines: new LineCounter(), touched: true };
      loaded.push(created);
    }
    let seq = created.doc.get(key, true);
    if (!isSeq(seq)) {
      seq = new YAMLSeq();
      created.doc.set(key, seq);
    }
    return { entry: created, seq: seq as YAMLSeq };
  };

  for (const server of observations.licenseServers) {
    const found = findEntry(loaded, 'licenseServers', 'hostname', server.hostname);
    if (!found) {
      const { entry, seq } = target('licenseServers');
      const node = licenseServerNode(entry.doc, server);
      node.commentBefore = ` ${MARK} new license server, from ${names(server.sources.map((s) => s.file).concat(server.versionFrom ?? []))}`;
      seq.items.push(node);
      entry.touched = true;
      report.push(`${entry.file}: added license server ${server.hostname}`);
      continue;
    }
    const { entry, node } = found;
    const at = `${entry.file}${lineOf(entry, node)}`;
    const listedAs = String(node.get('hostname'));
    if (listedAs !== server.hostname) report.push(`${at}: NOTE the exports' ${server.hostname} is taken to be ${listedAs}`);
    if (node.flow) {
      if (
        mark(
          entry,
          node,
          ` ${MARK} ${server.hostname} is written on one line, so nothing was added to it; the exports show: ${summary(server)}`,
        )
      )
        entry.touched = true;
      report.push(`${at}: NOTE ${server.hostname} is written on one line: nothing added (see the comment above it)`);
      continue;
    }
    if (server.version) {
      const pair = pairOf(node, 'version');
      const declared = pair && isScalar(pair.value) ? String(pair.value.value) : undefined;
      if (!pair) {
        setScalar(node, 'version', server.version, ` ${MARK} added${versionComment(server)}`);
        entry.touched = true;
        report.push(`${at}: added version ${server.version} to ${server.hostname}`);
      } else if (declared === undefined || sameVersion(declared, server.version) === false) {
        if (
          markKey(
            entry,
            pair,
            ` ${MARK} DIFFERS: ${names([server.versionFrom!])} shows ${server.version}${server.collectedAt ? ` (collected ${server.collectedAt})` : ''}; left as written`,
          )
        )
          entry.touched = true;
        report.push(
          `${entry.file}${lineOf(entry, pair.key as Scalar)}: DIFFERS ${server.hostname} version: inventory ${declared ?? '(not a plain value)'}, ${server.versionFrom} shows ${server.version}`,
        );
      }
    }
    mergeServerFacts(entry, node, server, report, at);
    mergeLicenses(entry, node, server, report, at);
  }

  for (const instance of observations.netscalerInstances) {
    const found = findEntry(loaded, 'netscalerInstances', 'name', instance.name);
    if (!found) {
      const { entry, seq } = target('netscalerInstances');
      const lines = [` ${MARK} new NetScaler instance`, ...netscalerInstanceComment(instance)];
      if (seq.comment?.includes(`   - name: ${instance.name}\n`)) continue;
      seq.comment = seq.comment ? `${seq.comment}\n${lines.join('\n')}` : lines.join('\n');
      entry.touched = true;
      report.push(
        `${entry.file}: NOTE NetScaler instance ${instance.name} is new: added as a comment to fill in (platform and licensing are not in its exports)`,
      );
      continue;
    }
    const { entry, node } = found;
    const at = `${entry.file}${lineOf(entry, node)}`;
    const observed: [string, string | undefined][] = [
      ['version', instance.version],
      ['hostId', instance.hostId],
    ];
    const notAdded: string[] = [];
    for (const [key, value] of observed) {
      if (value === undefined) continue;
      const pair = pairOf(node, key);
      if (!pair && !node.flow) {
        setScalar(node, key, value, ` ${MARK} added from ${names(instance.files)}`);
        entry.touched = true;
        report.push(`${at}: added ${key} ${value} to ${instance.name}`);
      } else if (!pair) {
        notAdded.push(`${key}: "${value}"`);
      } else if (!isScalar(pair.value) || String(pair.value.value) !== value) {
        if (markKey(entry, pair, ` ${MARK} DIFFERS: ${names(instance.files)} show ${key} ${value}; left as written`)) entry.touched = true;
        report.push(
          `${at}: DIFFERS ${instance.name} ${key}: inventory ${isScalar(pair.value) ? String(pair.value.value) : '?'}, exports show ${value}`,
        );
      }
    }
    if (notAdded.length > 0) {
      if (
        mark(
          entry,
          node,
          ` ${MARK} ${names(instance.files)} show ${notAdded.join(', ')} for ${instance.name}; not added because this entry is on one line: add it by hand`,
        )
      )
        entry.touched = true;
      report.push(`${at}: NOTE ${instance.name}: ${notAdded.join(', ')} not added: the entry is on one line (see the comment above it)`);
    }
    const facts = netscalerFacts(instance);
    if (facts) report.push(`${at}: ${instance.name}: ${facts}`);
  }

  const changed: MergeResult['changed'] = [];
  for (const entry of loaded.filter((e) => e.touched)) {
    const error = entry.doc.errors[0];
    if (error)
      throw new MergeRefused(
        `${entry.file}: ${error.message.split('\n')[0]}: fix the YAML first (citrix-license-lint ${path.dirname(entry.file)} shows where); nothing was written`,
      );
    const text = restoreCommentSpacing(entry.text, entry.doc.toString({ lineWidth: 0 }));
    if (entry !== created && !keepsEveryLine(entry.text, text)) {
      throw new MergeRefused(
        `${entry.file}: writing the additions would reformat lines a person wrote (yaml could not keep them as they are); nothing was written: add these by hand:\n  ${report.join('\n  ')}`,
      );
    }
    changed.push({ file: entry.file, text });
  }
  return { changed, report };
}

/** The full name and the last telemetry upload, added where the entry has none, marked where it differs. */
function mergeServerFacts(entry: Loaded, node: YAMLMap, server: ObservedLicenseServer, report: string[], at: string): void {
  const listedAs = String(node.get('hostname')).toLowerCase();
  if (server.fqdn && !pairOf(node, 'fqdn') && listedAs !== server.fqdn.toLowerCase()) {
    setScalar(node, 'fqdn', server.fqdn, ` ${MARK} added`);
    entry.touched = true;
    report.push(`${at}: added fqdn ${server.fqdn} to ${server.hostname}`);
  }
  const telemetry = telemetryNode(entry.doc, server);
  const pair = pairOf(node, 'telemetry');
  if (telemetry && !pair) {
    telemetry.comment = ` ${MARK} added${telemetry.comment}`;
    node.items.push(new Pair(new Scalar('telemetry'), telemetry));
    entry.touched = true;
    report.push(`${at}: added telemetry to ${server.hostname}`);
  } else if (pair && server.upload?.at && isMap(pair.value)) {
    const day = server.upload.at.slice(0, 10);
    const declared = pair.value.get('lastReported');
    if (declared !== undefined && String(declared) !== day) {
      if (markKey(entry, pair, ` ${MARK} DIFFERS: ${names([server.upload.file])} shows the last upload on ${day}; left as written`))
        entry.touched = true;
      report.push(
        `${at}: DIFFERS ${server.hostname} telemetry.lastReported: inventory ${String(declared)}, ${server.upload.file} shows ${day}`,
      );
    }
  }
  for (const n of server.notUsed ?? [])
    report.push(`${at}: NOTE ${server.hostname}: ${n.file} not used: older ${n.format} export than ${n.newer}`);
}

function mergeLicenses(entry: Loaded, node: YAMLMap, server: ObservedLicenseServer, report: string[], at: string): void {
  const { data } = licenseEntries(entry.doc, server);
  if (data.length === 0) return;
  const pair = pairOf(node, 'licenseFiles');
  if (!pair) {
    const seq = new YAMLSeq();
    seq.items.push(...data);
    node.set('licenseFiles', seq);
    entry.touched = true;
    report.push(`${at}: added licenseFiles to ${server.hostname}`);
    return;
  }
  if (!isSeq(pair.value)) return;
  const seq = pair.value;
  const declaredNames = seq.items
    .filter(isMap)
    .flatMap((item) => [item.get('name'), typeof item.get('path') === 'string' ? path.basename(item.get('path') as string) : undefined])
    .filter(Boolean);
  for (const file of data) {
    const name = String(file.get('name'));
    if (!name.startsWith('installed (')) {
      if (declaredNames.includes(name)) continue;
      if (seq.flow) {
        if (!markKey(entry, pair, ` ${MARK} ${name} is installed but not listed; not added because this list is on one line`)) continue;
      } else {
        file.commentBefore = ` ${MARK} new license file${file.commentBefore ? `;${file.commentBefore}` : ''}`;
        seq.items.push(file);
      }
      entry.touched = true;
      report.push(`${at}: added license file ${name} to ${server.hostname}`);
      continue;
    }
    // Pools the server reports, against the counts the inventory declares inline. A committed
    // file listed without inline features has counts only the linter reads: no comparison then.
    if (seq.items.some((item) => isMap(item) && item.has('path') && !item.has('features'))) {
      report.push(`${at}: NOTE ${server.hostname}: compare ${name} with its committed license files by hand (their counts are not inline)`);
      continue;
    }
    const declared = new Map<string, number>();
    for (const item of seq.items.filter(isMap)) {
      const features = item.get('features');
      if (!isSeq(features)) continue;
      for (const feature of features.items.filter(isMap)) {
        const count = feature.get('count');
        if (typeof count === 'number')
          declared.set(String(feature.get('product')), (declared.get(String(feature.get('product'))) ?? 0) + count);
      }
    }
    const observed = new Map<string, number>();
    const features = file.get('features') as YAMLSeq<YAMLMap>;
    for (const feature of features.items) {
      const count = feature.get('count');
      if (typeof count === 'number')
        observed.set(String(feature.get('product')), (observed.get(String(feature.get('product'))) ?? 0) + count);
    }
    const differences = [...observed]
      .filter(([product, count]) => declared.get(product) !== count)
      .map(([product, count]) => `${product} ${count} installed, ${declared.get(product) ?? 0} declared`);
    if (differences.length > 0) {
      if (
        markKey(entry, pair, ` ${MARK} DIFFERS: ${name.slice('installed ('.length, -1)} shows ${differences.join('; ')}; left as written`)
      )
        entry.touched = true;
      report.push(`${at}: DIFFERS ${server.hostname} installed licenses: ${differences.join('; ')}`);
    }
  }
}

function findEntry(loaded: Loaded[], key: string, id: string, value: string): { entry: Loaded; node: YAMLMap } | undefined {
  const entries: { entry: Loaded; node: YAMLMap; name: string }[] = [];
  for (const entry of loaded) {
    const seq = entry.doc.get(key, true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items)
      if (isMap(item) && item.get(id) !== undefined) entries.push({ entry, node: item, name: String(item.get(id)) });
  }
  const name = matchHost(
    value,
    entries.map((e) => e.name),
  );
  return name === undefined ? undefined : entries.find((e) => e.name === name);
}

function pairOf(node: YAMLMap, key: string): Pair | undefined {
  return node.items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key) as Pair | undefined;
}

/** yaml may attach a comment read back to a neighbouring node, so the file's text is checked too. */
function marked(entry: Loaded, existing: string | null | undefined, comment: string): boolean {
  return (existing?.split('\n').includes(comment) ?? false) || entry.text.split('\n').some((line) => line.trim() === `#${comment}`);
}

/** Adds a marker comment above a key; false when an earlier import left the same one. */
function markKey(entry: Loaded, pair: Pair, comment: string): boolean {
  const key = pair.key as Scalar;
  if (marked(entry, key.commentBefore, comment)) return false;
  key.commentBefore = key.commentBefore ? `${key.commentBefore}\n${comment}` : comment;
  return true;
}

function mark(entry: Loaded, node: YAMLMap, comment: string): boolean {
  if (marked(entry, node.commentBefore, comment)) return false;
  node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${comment}` : comment;
  return true;
}

/** `11.17.2.0 build 52100`, `11.17.2 build 52100` and `11.17.2.0-52100` are one version. */
function sameVersion(a: string, b: string): boolean | undefined {
  const parse = (text: string) => {
    const m = /^v?(\d+\.\d+\.\d+)(?:\.(\d+))?(?:\.?\s+build\s+|-)(\d+)/i.exec(text.trim());
    return m ? `${m[1]}.${m[2] ?? '0'}-${m[3]}` : undefined;
  };
  const [x, y] = [parse(a), parse(b)];
  return x === undefined || y === undefined ? undefined : x === y;
}

function summary(server: ObservedLicenseServer): string {
  const licenses: InstalledLicense[] = server.sources.flatMap((s) => s.licenses);
  return [server.version ? `version ${server.version}` : '', ...licenses.map((l) => `${l.product} ${l.count ?? '?'}`)]
    .filter(Boolean)
    .join(', ');
}

/** Every line of `before` is in `after`, in order: the change is additions only. */
export function keepsEveryLine(before: string, after: string): boolean {
  const old = before.split('\n');
  const next = after.split('\n');
  let j = 0;
  for (const line of old) {
    while (j < next.length && next[j] !== line) j++;
    if (j === next.length) return false;
    j++;
  }
  return true;
}

/**
 * yaml writes one space before a trailing comment; people align theirs. Lines that differ
 * from an original line only in that spacing get the original back, in order.
 */
export function restoreCommentSpacing(before: string, after: string): string {
  const spaced = new Map<string, string[]>();
  for (const line of before.split('\n')) {
    const key = commentSpacingKey(line);
    if (key !== line) spaced.set(key, [...(spaced.get(key) ?? []), line]);
  }
  if (spaced.size === 0) return after;
  return after
    .split('\n')
    .map((line) => spaced.get(commentSpacingKey(line))?.shift() ?? line)
    .join('\n');
}

function commentSpacingKey(line: string): string {
  return line.replace(/(\S)[ \t]{2,}#/, '$1 #');
}
