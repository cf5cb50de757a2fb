/**
 * `lmutil lmstat -i`: a fixed-width table read from the license files. Two column orders
 * exist (Expires before Vendor, or after: flexlm_exporter handles both), so the header line
 * decides. Expiry spellings: `31-dec-2018`, `1-jan-0`, `01-jan-0000`,
 * `permanent(no expiration date)`. For Citrix features the version is the CSS date
 * (docs/exports.md §1.2).
 */
import { parseDayMonthYear } from '../licfile/parse.js';
import { ExportError } from './export-error.js';
import { isSystemPool } from './licensing-sdk.js';
import { featureCode, isLicenseCount, quoted } from './fields.js';
import type { ExportObservations, InstalledLicense } from './observations.js';

/**
 * The header line, tested one line at a time. Spaces and tabs only: `^\s*` with the `m` flag
 * over a whole file crosses line ends, so a file of one-space lines was quadratic (100 KB
 * took 12.6 s).
 */
const HEADER = /^[ \t]*Feature[ \t]+Version[ \t]+#licenses[ \t]+(?:Expires[ \t]+Vendor|Vendor[ \t]+Expires)[ \t]*\r?$/;

/** Only the lines holding `#licenses` are tested, each once. */
export function isLmstatI(text: string): boolean {
  for (let at = text.indexOf('#licenses'); at !== -1; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    if (HEADER.test(text.slice(start, end))) return true;
    at = newline === -1 ? -1 : text.indexOf('#licenses', newline);
  }
  return false;
}

export function fromLmstatI(text: string): ExportObservations {
  const observations: ExportObservations = { format: 'lmstat -i', family: 'license-server', licenses: [], systemPools: [], notes: [] };
  const lines = text.split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => HEADER.test(line));
  const columns = lines[headerIndex]!.trim().split(/\s+/);
  const expiresAt = columns.indexOf('Expires');
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/permanent\(no expiration date\)/gi, 'permanent');
    if (line.trim() === '' || /^[\s_]+$/.test(line)) continue;
    const cells = line.trim().split(/\s+/);
    if (cells.length !== columns.length)
      throw new ExportError(
        `line ${i + 1} has ${cells.length} columns where the header has ${columns.length}: ${quoted(line.trim())}`,
        i + 1,
      );
    const [product, version, count] = cells as [string, string, string];
    const vendor = cells[columns.indexOf('Vendor')]!;
    if (vendor.toUpperCase() !== 'CITRIX') continue;
    featureCode(product, `line ${i + 1}: product`);
    if (isSystemPool(product, undefined)) {
      observations.systemPools.push(product);
      continue;
    }
    const license: InstalledLicense = { product };
    const counted = /^\d+$/.test(count) ? Number(count) : Number.NaN;
    license.count =
      counted === 0 || count.toLowerCase() === 'uncounted'
        ? 'uncounted'
        : isLicenseCount(counted)
          ? counted
          : invalid(i, `#licenses ${quoted(count)}`);
    const expiry = cells[expiresAt]!.toLowerCase();
    license.expires =
      expiry === 'permanent' || /^\d{1,2}-[a-z]{3}-0+$/.test(expiry)
        ? 'permanent'
        : (parseDayMonthYear(expiry) ?? invalid(i, `expiry ${quoted(cells[expiresAt])}`));
    const css = /^(\d{4})\.(\d{2})(\d{2})$/.exec(version);
    if (css) license.cssDate = `${css[1]}-${css[2]}-${css[3]}`;
    observations.licenses.push(license);
  }
  observations.notes.push('lmstat -i reads the license files but shows no license type, serial number or host binding');
  return observations;
}

function invalid(index: number, what: string): never {
  throw new ExportError(`line ${index + 1}: ${what} is not what lmstat -i prints`, index + 1);
}
