/**
 * WMI `ROOT\CitrixLicensing` class `Citrix_GT_License_Pool` as ConvertTo-Json writes it.
 * Class named by Citrix ("Licensing services"); property names agree across ≥ 6 public
 * scripts (docs/exports.md §1.6): PLD, LicenseType, Count (installed, overdraft included),
 * Overdraft, InUseCount, PooledAvailable. No expiry and no CSS date: those stay to fill in.
 */
import { featureCode, licenseCount, text, withoutOverdraft } from './fields.js';
import { ExportError } from './export-error.js';
import { isSystemPool } from './licensing-sdk.js';
import type { ExportObservations, InstalledLicense } from './observations.js';

type Row = Record<string, unknown>;

export const isLicensePoolRow = (row: Row) => 'PLD' in row && 'Count' in row;

export function fromLicensePool(rows: Row[]): ExportObservations {
  const observations: ExportObservations = {
    format: 'Citrix_GT_License_Pool',
    family: 'license-server',
    licenses: [],
    systemPools: [],
    notes: [],
  };
  rows.forEach((row, index) => {
    const at = `pool ${index + 1}`;
    const product = text(row.PLD);
    if (!product) throw new ExportError(`${at} has no PLD (feature code)`);
    featureCode(product, `${at} PLD`);
    const type = text(row.LicenseType);
    if (isSystemPool(product, type)) {
      observations.systemPools.push(product);
      return;
    }
    const installed = licenseCount(row.Count, `${at} Count`);
    const overdraft = licenseCount(row.Overdraft, `${at} Overdraft`);
    const license: InstalledLicense = { product };
    if (installed !== undefined) license.count = withoutOverdraft(installed, overdraft, at);
    if (overdraft !== undefined) license.overdraft = overdraft;
    const inUse = licenseCount(row.InUseCount, `${at} InUseCount`);
    if (inUse !== undefined) license.inUse = inUse;
    if (type) license.licenseType = type;
    observations.licenses.push(license);
  });
  observations.notes.push('Citrix_GT_License_Pool has no expiry or CSS date: take them from the license files or Get-LicInventory');
  return observations;
}
