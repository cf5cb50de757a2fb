/**
 * `Get-LicServerInfo` SLVersion → the inventory's `11.17.2.0 build 56200`. Renderings seen
 * (docs/exports.md §2.3): `v11.11.0.0 build 106800 i86_n3`, `v11.12.1.0 build 146690 (ipv6)
 * i86_n3`, `11.16.6.0. build 35000` (note the stray dot). A match starts only where a run of
 * digits starts (the look-behind): otherwise a field of 40,000 digits is tried from each of
 * them, each attempt reading to the end of the run, which is quadratic.
 */
export function normaliseLicenseServerVersion(text: string): string | undefined {
  const m = /(?<!\d)v?(\d+(?:\.\d+){2,3})\.?\s+build\s+(\d+)/i.exec(text);
  return m ? `${m[1]} build ${m[2]}` : undefined;
}

/**
 * NITRO `nsversion.version`, `NetScaler NS14.1: Build 25.53.nc, Date: ...` → `14.1-25.53`
 * (the format Citrix's own Go client validates: citrix/adc-nitro-go, config/nsversion).
 */
export function normaliseNetscalerVersion(text: string): string | undefined {
  const m = /NS(\d+\.\d+):?\s+Build\s+(\d+\.\d+)/i.exec(text);
  return m ? `${m[1]}-${m[2]}` : undefined;
}
