/** A FlexNet `.lic` file, read by the project's own parser (src/licfile). */
import { parseLicenseText } from '../licfile/parse.js';
import { ExportError } from './export-error.js';
import { isSystemPool } from './licensing-sdk.js';
import type { ExportObservations } from './observations.js';

/** Tried at one position only (the sticky flag), after a line's leading spaces and tabs. */
const KEYWORD = /(?:SERVER|VENDOR|DAEMON|INCREMENT|FEATURE)\s/y;

/**
 * A line that starts (after spaces or tabs) with a FlexNet keyword. Each line is looked at
 * once: `^\s*KEYWORD` with the `m` flag crosses line ends and was quadratic on a file of
 * blank lines.
 */
export function isLicenseFile(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    let at = start;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    KEYWORD.lastIndex = at;
    if (KEYWORD.test(text)) return true;
    const newline = text.indexOf('\n', at);
    if (newline === -1) return false;
    start = newline + 1;
  }
  return false;
}

export function fromLicenseFile(text: string, name: string): ExportObservations {
  const parsed = parseLicenseText(text);
  const first = parsed.problems[0];
  if (first) throw new ExportError(`line ${first.line}: ${first.message}`, first.line);
  const observations: ExportObservations = { format: 'license-file', family: 'license-server', licenses: [], systemPools: [], notes: [] };
  const hostname = parsed.server?.hostname;
  const hostId = parsed.server?.hostid;
  observations.licenseFile = { name, ...(hostname && hostname.toUpperCase() !== 'ANY' ? { hostname } : {}), ...(hostId ? { hostId } : {}) };
  if (hostname && hostname.toUpperCase() !== 'ANY') observations.host = hostname;
  // Bound to a MAC-shaped host id and no host name: a NetScaler instance's file (VPX, eval and
  // partner licenses are bound to the appliance host id; docs/exports.md §4.1).
  else if (hostId && /^[0-9a-f]{12}$/i.test(hostId)) {
    observations.family = 'netscaler-instance';
    observations.netscaler = { hostId };
  }
  for (const increment of parsed.increments) {
    // Kept in the file's features (the linter knows the start-up file), and recorded as system.
    if (isSystemPool(increment.product, increment.licenseType)) observations.systemPools.push(increment.product);
    observations.licenses.push({
      product: increment.product,
      count: increment.count,
      expires: increment.expires,
      ...(increment.cssDate ? { cssDate: increment.cssDate } : {}),
      ...(increment.licenseType ? { licenseType: increment.licenseType } : {}),
      ...(increment.serial ? { serial: increment.serial } : {}),
    });
  }
  return observations;
}
