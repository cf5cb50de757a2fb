/**
 * What a finding is about, as a stable key: with the rule id it makes the fingerprint that
 * baselines and `--base` match findings by, so a key's shape must never change (a change
 * would turn every recorded finding into one fixed and one new). Hostnames are compared
 * ignoring case, as Citrix does; ids, names, files and products as written.
 */
const host = (hostname: string) => hostname.toLowerCase();

export const entityKey = {
  server: (hostname: string) => `server:${host(hostname)}`,
  console: (hostname: string) => `console:${host(hostname)}`,
  instance: (name: string) => `instance:${name}`,
  entitlement: (id: string) => `entitlement:${id}`,
  allocation: (entitlement: string, hostname: string) => `allocation:${entitlement}:${hostname}`,
  product: (product: string) => `product:${product}`,
  /** A license file on a host; `parts` narrow it (a declared product, then a field). */
  licenseFile: (hostname: string, fileName: string, ...parts: string[]) => [`file:${host(hostname)}`, fileName, ...parts].join(':'),
  /** A feature line of a license file; `variant` tells apart lines of one product (a serial, an end date). */
  feature: (hostname: string, fileName: string, product: string, variant?: string) =>
    `feature:${host(hostname)}:${fileName}:${product}${variant === undefined ? '' : `:${variant}`}`,
  /** A `collected/<host>/` folder of evidence. */
  collected: (folderHost: string) => `collected:${host(folderHost)}`,
  /** One file of a `collected/<host>/` folder, by its path inside the folder, and what about it. */
  collectedFile: (folderHost: string, name: string, what: string) => `collected:${host(folderHost)}:${name}:${what}`,
  /** One product installed on one host. */
  installed: (hostname: string, product: string) => `installed:${host(hostname)}:${product}`,
  /** A deadline of one kind about an entity (whose key is one of the above). */
  deadline: (kind: string, entity: string) => `${kind}:${entity}`,
};
