/**
 * The Citrix Licensing PowerShell SDK (Citrix.Licensing.Admin.V1), as ConvertTo-Json or
 * Export-Csv writes it, and the collection script's JSON of docs/collect.md. Property names:
 * Citrix SDK help (Get-LicInventory, Get-LicServerInfo), see docs/exports.md §2.2–2.3.
 */
import { parseExportDate, parseTimestamp, sdkExpiry } from './dates.js';
import { featureCode, licenseCount, quoted, text, withoutOverdraft } from './fields.js';
import { ExportError } from './export-error.js';
import type { ExportObservations, InstalledLicense } from './observations.js';
import { normaliseLicenseServerVersion } from './versions.js';
import { uploadFromBundleName } from './telemetry-uploads.js';

type Row = Record<string, unknown>;

/** Both names of the CSS date occur: scripts and the REST model use the first, Citrix's help example the second. */
const CSS_PROPERTIES = ['LicenseSubscriptionAdvantageDate', 'LicenseCustomerSuccessServicesDate'];

export const isLicInventoryRow = (row: Row) => 'LicenseProductName' in row && 'LicensesAvailable' in row;
export const isLicServerInfo = (row: Row) => 'SLVersion' in row;
export const isCollectorDocument = (row: Row) => 'slVersion' in row && Array.isArray(row.pools);

export function fromLicInventory(rows: Row[]): ExportObservations {
  const observations = empty('Get-LicInventory');
  rows.forEach((row, index) => {
    const at = `row ${index + 1}`;
    const css = CSS_PROPERTIES.map((name) => row[name]).find((value) => value !== undefined && value !== null && value !== '');
    addPool(
      observations,
      {
        code: text(row.LicenseProductName),
        edition: text(row.LicenseEdition),
        model: text(row.LicenseModel),
        type: text(row.LicenseType),
        available: licenseCount(row.LicensesAvailable, `${at} LicensesAvailable`),
        overdraft: licenseCount(row.LicenseOverdraft, `${at} LicenseOverdraft`),
        inUse: licenseCount(row.LicensesInUse, `${at} LicensesInUse`),
        expires: parseExportDate(row.LicenseExpirationDate, `${at} LicenseExpirationDate`),
        css: parseExportDate(css, `${at} ${CSS_PROPERTIES.find((name) => row[name] === css)}`),
      },
      at,
    );
  });
  observations.notes.push('Get-LicInventory has no serial number, host id or file name: list the license files if you keep them');
  return observations;
}

export function fromLicServerInfo(row: Row): ExportObservations {
  const observations = empty('Get-LicServerInfo');
  observations.host = text(row.HostName);
  const raw = text(row.SLVersion);
  if (raw) {
    observations.licenseServerVersion = normaliseLicenseServerVersion(raw);
    if (!observations.licenseServerVersion)
      throw new ExportError(`SLVersion ${quoted(raw)} has no "<x.y.z> build <n>": expected something like v11.17.2.0 build 56200 i86_n3`);
  }
  return observations;
}

/** The JSON the collection script in docs/collect.md writes: dates already UTC yyyy-MM-dd. */
export function fromCollectorDocument(doc: Row): ExportObservations {
  const observations = empty('collector-json');
  observations.host = text(doc.server);
  if (doc.collectedAt !== undefined && doc.collectedAt !== null && doc.collectedAt !== '') {
    // A time the file states but that cannot be read is no reason to date it otherwise.
    observations.collectedAt = parseTimestamp(doc.collectedAt);
    if (!observations.collectedAt)
      throw new ExportError(
        `collectedAt is ${quoted(doc.collectedAt)}, not a time this linter reads: expected ISO 8601 with a zone (2026-11-27T03:00:12Z), between the years 1900 and 9999`,
      );
  }
  const raw = text(doc.slVersion);
  if (raw) observations.licenseServerVersion = normaliseLicenseServerVersion(raw);
  const bundle = text(doc.lastUploadBundle);
  if (bundle) observations.uploads = [{ ...uploadFromBundleName(bundle), host: observations.host }];
  (doc.pools as unknown[]).forEach((value, index) => {
    const at = `pools[${index}]`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ExportError(`${at} is ${quoted(value)}, not a pool`);
    const pool = value as Row;
    addPool(
      observations,
      {
        code: text(pool.product),
        edition: text(pool.edition),
        model: text(pool.model),
        type: text(pool.type),
        available: licenseCount(pool.installed, `${at}.installed`),
        overdraft: licenseCount(pool.overdraft, `${at}.overdraft`),
        inUse: licenseCount(pool.inUse, `${at}.inUse`),
        expires: parseExportDate(pool.expires, `${at}.expires`),
        css: parseExportDate(pool.css, `${at}.css`),
      },
      at,
    );
  });
  return observations;
}

interface Pool {
  code?: string;
  edition?: string;
  model?: string;
  type?: string;
  available?: number;
  overdraft?: number;
  inUse?: number;
  expires?: string;
  css?: string;
}

function addPool(observations: ExportObservations, pool: Pool, at: string): void {
  if (!pool.code) throw new ExportError(`${at} has no product code (LicenseProductName)`);
  // The feature code is PRODUCT_EDITION_MODEL, as Get-LicHistoricalUsage's ProductEditionModel shows it.
  const product = featureCode([pool.code, pool.edition, pool.model].filter(Boolean).join('_'), `${at} product`);
  if (isSystemPool(product, pool.type)) {
    observations.systemPools.push(product);
    return;
  }
  // LicensesAvailable is installed including overdraft, not free (docs/exports.md §0 fact 4).
  const license: InstalledLicense = { product };
  if (pool.available !== undefined) license.count = withoutOverdraft(pool.available, pool.overdraft, at);
  if (pool.overdraft !== undefined) license.overdraft = pool.overdraft;
  if (pool.inUse !== undefined) license.inUse = pool.inUse;
  const expires = sdkExpiry(pool.expires);
  if (expires) license.expires = expires;
  if (pool.css) license.cssDate = pool.css;
  if (pool.type) license.licenseType = pool.type;
  observations.licenses.push(license);
}

/** The start-up license (CITRIX) and diagnostics (CTXLSDIAG) are type SYS and count for nothing. */
export function isSystemPool(product: string, type: string | undefined): boolean {
  return type?.toUpperCase() === 'SYS' || /^(CITRIX|CTXLSDIAG)(_|$)/.test(product);
}

function empty(format: ExportObservations['format']): ExportObservations {
  return { format, family: 'license-server', licenses: [], systemPools: [], notes: [] };
}
