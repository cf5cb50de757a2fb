/**
 * The startup license: installed on every license server and console, it lets the vendor
 * daemon start and grants nothing. It is `citrix_startup.lic`, or a file whose every feature
 * is the daemon's own `CITRIX` product.
 */
const STARTUP_FILE = /^citrix_startup\.lic$/i;
const STARTUP_PRODUCT = 'CITRIX';

export function isStartupProduct(product: string): boolean {
  return product === STARTUP_PRODUCT;
}

export function isStartupLicense(fileName: string, features: readonly { product: string }[]): boolean {
  return STARTUP_FILE.test(fileName) || (features.length > 0 && features.every((f) => isStartupProduct(f.product)));
}
