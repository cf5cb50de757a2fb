import path from 'node:path';
import type { Feature } from '../model/inventory.js';
import type { SourceRange } from '../model/location.js';
import type { MessageValues } from '../model/finding-data.js';
import { readLicenseFile, type ReadLicenseFile } from '../licfile/read-license-file.js';
import { containmentProblem, isInside } from '../io/containment.js';
import { diskFileSystem, type FileSystem } from '../io/file-system.js';
import type { LicenseFileResolver } from './build-model.js';
import { isHostId } from '../domain/host-names.js';

/**
 * Resolves `licenseFiles[].path` relative to the YAML file, refuses anything outside the
 * repository (its content is then never read), parses each file once, and turns the
 * parsed INCREMENTs into the same Feature model that inline declarations produce.
 */
export function createLicenseFileResolver(
  repositoryRootOf: (yamlFile: string) => string,
  maxBytes?: number,
  fs: FileSystem = diskFileSystem,
): LicenseFileResolver {
  const cache = new Map<string, Modelled>();
  // Each folder listed once: checking the case of every .lic path read the same folder
  // again for each file in it (250 files in one folder at the benchmark's L).
  const listings = new Map<string, Listing | undefined>();
  const listing = (folder: string): Listing | undefined => {
    if (listings.has(folder)) return listings.get(folder);
    let found: Listing | undefined;
    try {
      const names = fs.readdir(folder).map((entry) => entry.name);
      found = { names, exact: new Set(names) };
    } catch {
      found = undefined;
    }
    listings.set(folder, found);
    return found;
  };
  return ({ yamlFile, path: written, at }, report) => {
    // Messages of inventory/reference (src/rules/inventory/reference.ts).
    const refuse = (messageId: string, values: MessageValues = {}) => {
      report({
        ruleId: 'inventory/reference',
        messageId,
        values: { path: written, ...values },
        subjects: [path.basename(written)],
        where: at,
        entity: `${written}`,
      });
      return undefined;
    };
    if (written.includes('\0')) return refuse('nulByte');
    if (path.isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written)) return refuse('absolute');
    // Windows accepts `licenses\\ctxls01\\FID.lic`; Linux (CI, the GitHub Action) reads one file name.
    if (written.includes('\\')) return refuse('backslashes', { fixed: written.replace(/\\/g, '/') });
    const root = repositoryRootOf(yamlFile);
    const resolved = path.resolve(path.dirname(yamlFile), written);
    const caseDiffers = (actual: string) =>
      refuse('caseDiffers', {
        actual: path.basename(actual),
        fixed: path.relative(path.dirname(yamlFile), actual).split(path.sep).join('/'),
      });
    let real: string;
    try {
      real = fs.realpath(resolved);
    } catch {
      if (!isInside(resolved, root)) return refuse('outside');
      const actual = withActualCase(resolved, root, listing);
      if (actual !== undefined) return caseDiffers(actual);
      return refuse('missingFile');
    }
    if (!isInside(resolved, root)) return refuse('outside');
    // On a file system that ignores case (Windows, macOS) the path resolves, but not on Linux.
    const actual = withActualCase(resolved, root, listing);
    if (actual !== undefined && actual !== resolved) return caseDiffers(actual);
    const problem = containmentProblem(resolved, root, fs);
    if (problem) return refuse('linkOut', { problem });
    let entry = cache.get(real);
    if (!entry) {
      // Parsed, and its problems reported, once however often it is referenced: a file named
      // from thousands of places costs one parse and one model, shared by every reference.
      entry = toModel(readLicenseFile(real, maxBytes, fs), report);
      cache.set(real, entry);
    }
    if (entry.resolved === undefined) return refuse('unreadableFile', { problem: entry.problem! });
    return entry.resolved;
  };
}

type Resolved = NonNullable<ReturnType<LicenseFileResolver>>;
interface Modelled {
  resolved?: Resolved;
  problem?: string;
}

/** A parsed license file as the model's features; its syntax problems are reported here, once. */
function toModel(entry: ReadLicenseFile, report: Parameters<LicenseFileResolver>[1]): Modelled {
  if (entry.parsed === undefined) return { problem: entry.problem };
  const parsed = entry.parsed;
  const file = entry.file;
  for (const problem of parsed.problems) {
    const { id, values, message: _words, ...where } = problem;
    report({
      ruleId: 'license-file/syntax',
      messageId: id,
      values,
      subjects: [path.basename(file)],
      where: { file, ...where },
      entity: `${path.basename(file)}:${problem.line}`,
    });
  }
  const features: Feature[] = parsed.increments.map((inc) => ({
    at: { file, line: inc.line, column: inc.column, endLine: inc.line, endColumn: inc.endColumn } satisfies SourceRange,
    product: inc.product,
    count: inc.count,
    expires: inc.expires,
    cssDate: inc.cssDate,
    licenseType: inc.licenseType,
    serial: inc.serial,
  }));
  const server = parsed.server;
  const serverAt = server
    ? { file, line: server.line, column: server.column, endLine: server.line, endColumn: server.endColumn }
    : undefined;
  // NetScaler files are bound by MAC host ID on the SERVER line, not by HOSTNAME=.
  const hostId = server?.hostid && isHostId(server.hostid) ? server.hostid : undefined;
  return {
    resolved: {
      hostname: server?.hostname,
      hostnameAt: server?.hostname ? serverAt : undefined,
      hostId,
      hostIdAt: hostId ? serverAt : undefined,
      features,
      // A line with a problem may be a line of licenses that was not read.
      ...(parsed.problems.length > 0 ? { unread: true as const } : {}),
    },
  };
}

/**
 * `file` (inside `root`) spelt as its folders and name are actually written, when each of
 * them exists ignoring case; undefined when something is missing whatever the case.
 */
function withActualCase(file: string, root: string, listing: (folder: string) => Listing | undefined): string | undefined {
  let current = root;
  for (const segment of path.relative(root, file).split(path.sep)) {
    if (segment === '' || segment === '.') continue;
    const names = listing(current);
    if (names === undefined) return undefined;
    const match = names.exact.has(segment) ? segment : names.names.find((name) => name.toLowerCase() === segment.toLowerCase());
    if (match === undefined) return undefined;
    current = path.join(current, match);
  }
  return current;
}

/** The names in a folder, and the same as a set. */
interface Listing {
  names: string[];
  exact: Set<string>;
}
