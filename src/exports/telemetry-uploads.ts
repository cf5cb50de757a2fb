/**
 * The two exports that state when a license server last uploaded telemetry to Citrix
 * (docs/exports.md §1.5, §3.2):
 *
 * - the manifest of the newest upload bundle, `...\Licensing\LS\resource\usage\upload_<epoch>.zip`,
 *   whose documented fields include `UTCDate` (`2022-06-30T15:31:34Z`), `Product`
 *   (`LicenseServer.OnPremUsage` or `LicenseServerCompliance`) and `UploadType` (Citrix docs,
 *   "License Server telemetry data elements"). Its serialisation inside the zip is not
 *   documented, so the JSON and the XML spelling of those fields are both read;
 * - the Citrix Cloud partner (CSP) API `GET licensing.citrixworkspacesapi.net/{customerId}/licenseservers`,
 *   `licenseServersStatus[]` with `hostID`, `fqdn`, `isEverReported`, `lastPhoningHomeTime`
 *   (field names from a Citrix SE's Get-LuiServerStatus.ps1; the date format is not
 *   documented: ISO 8601 with a zone, or .NET's `\/Date(ms)\/`, is read, anything else refused).
 */
import { ExportError } from './export-error.js';
import { clipped, flag, quoted, text } from './fields.js';
import type { ExportObservations, ObservedUpload } from './observations.js';
import { parseTimestamp } from './dates.js';

type Row = Record<string, unknown>;

const MANIFEST_PRODUCT = /^LicenseServer/i;

export const isUploadManifest = (row: Row) => 'UTCDate' in row && MANIFEST_PRODUCT.test(text(row.Product) ?? '');
export const isLicenseServersStatus = (row: Row) => Array.isArray(row.licenseServersStatus);

export function fromUploadManifest(row: Row): ExportObservations {
  return manifestObservations(text(row.UTCDate));
}

/** `<UTCDate>2026-11-27T02:05:11Z</UTCDate>` with a `<Product>LicenseServer…</Product>` beside it. */
export function isUploadManifestXml(text: string): boolean {
  if (!text.startsWith('<') || !text.includes('<UTCDate>')) return false;
  const product = elementText(text, 'Product');
  return product !== undefined && MANIFEST_PRODUCT.test(product);
}

export function fromUploadManifestXml(xml: string): ExportObservations {
  const utcDate = elementText(xml, 'UTCDate');
  if (utcDate === undefined)
    throw new ExportError('the manifest opens <UTCDate> and never closes it: copy the manifest of the newest upload_*.zip again');
  return manifestObservations(utcDate);
}

/**
 * The text of the first `<name>…</name>`, trimmed; undefined when the element is missing or
 * never closed. Found with two searches, never a pattern: `<UTCDate>\s*([^<]*?)\s*</UTCDate>`
 * took 40 s on an unclosed tag followed by 4,000 spaces (issue 24).
 */
function elementText(xml: string, name: string): string | undefined {
  const open = `<${name}>`;
  const start = xml.indexOf(open);
  if (start === -1) return undefined;
  const end = xml.indexOf(`</${name}>`, start + open.length);
  return end === -1 ? undefined : xml.slice(start + open.length, end).trim();
}

function manifestObservations(raw: string | undefined): ExportObservations {
  const at = uploadTime(raw, 'the manifest UTCDate');
  if (!at) throw new ExportError('the upload manifest has an empty UTCDate: copy the manifest of the newest upload_*.zip again');
  return { ...empty('upload-manifest'), uploads: [{ at, field: 'UTCDate' }] };
}

export function fromLicenseServersStatus(doc: Row): ExportObservations {
  const rows = doc.licenseServersStatus as unknown[];
  const uploads: ObservedUpload[] = rows.map((value, index) => {
    if (typeof value !== 'object' || value === null) throw new ExportError(`licenseServersStatus[${index}] is not an object`);
    const row = value as Row;
    const host = text(row.fqdn) ?? text(row.hostID);
    const what = `licenseServersStatus[${index}]${host ? ` (${clipped(host)})` : ''} lastPhoningHomeTime`;
    const upload: ObservedUpload = { field: 'lastPhoningHomeTime' };
    if (host) upload.host = host;
    const at = uploadTime(text(row.lastPhoningHomeTime), what);
    if (at) upload.at = at;
    const ever = flag(row.isEverReported);
    if (ever !== undefined) upload.everReported = ever;
    return upload;
  });
  const observations = { ...empty('licenseservers-api'), uploads };
  // One server in the response names the export's host; several are told apart per record.
  if (uploads.length === 1 && uploads[0]!.host) observations.host = uploads[0]!.host;
  return observations;
}

function uploadTime(raw: string | undefined, what: string): string | undefined {
  if (raw === undefined) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00Z` : raw;
  const at = parseTimestamp(dateOnly);
  if (!at)
    throw new ExportError(
      `${what} ${quoted(raw)} is not a time this linter reads: expected ISO 8601 with a zone (2026-11-27T02:05:11Z), between the years 1900 and 9999`,
    );
  return at;
}

function empty(format: ExportObservations['format']): ExportObservations {
  return { format, family: 'license-server', licenses: [], systemPools: [], notes: [] };
}

/**
 * The collection script's `lastUploadBundle`: the newest `upload_<unix-seconds>.zip`, whose
 * name is the upload time (docs/exports.md §1.5).
 */
export function uploadFromBundleName(name: string): ObservedUpload {
  const epoch = /^upload_(\d{9,11})\.zip$/i.exec(name.trim());
  if (!epoch) throw new ExportError(`lastUploadBundle ${quoted(name)} is not named upload_<unix seconds>.zip`);
  return { at: new Date(Number(epoch[1]) * 1000).toISOString().replace('.000Z', 'Z'), field: 'lastUploadBundle' };
}
