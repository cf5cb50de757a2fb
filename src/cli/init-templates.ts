import { LICENSE_SERVER_BUILDS } from '../data/license-server-builds.js';
import { NETSCALER_THRESHOLDS } from '../data/netscaler.js';
import { POLICY } from '../data/policy.js';
import { DEFAULT_PARSE_LIMITS } from '../load/parse-inventory-file.js';
import { STARTER } from '../domain/placeholders.js';
import type { IsoDate } from '../model/inventory.js';
import { addMonths } from '../util/dates.js';
import { schemaUrl } from '../util/docs-url.js';

const INVENTORY_SCHEMA_URL = schemaUrl('inventory.schema.json');
const CONFIG_SCHEMA_URL = schemaUrl('config.schema.json');

/**
 * A starter inventory whose only findings, on the day it is written, are its placeholders
 * (inventory/placeholder): the newest catalogued License Server build, telemetry reported
 * today, a term that has not ended. Every value an admin must change is marked REPLACE, and
 * the names are placeholders, so that it cannot pass a check as it is.
 */
export function starterInventory(today: IsoDate): string {
  const newest = LICENSE_SERVER_BUILDS.at(-1)!.build;
  return `# yaml-language-server: $schema=${INVENTORY_SCHEMA_URL}
# Starter inventory written by \`citrix-license-lint init\`. Replace every value marked
# REPLACE with yours (the linter reports ${STARTER.entitlementId} and ${STARTER.hostname}
# until you do), then add a line per purchase, allocation and server, or import them from
# your exports (\`citrix-license-lint import --into inventory\`, docs/collect.md). Add more
# files to this folder as it grows (by region or by topic): their lists are merged.
version: 1

entitlements:
  # What you bought: one entry per purchase line of the licensing portal (Manage Licenses).
  - id: ${STARTER.entitlementId}   # REPLACE: your own name for this purchase; allocations refer to it
    product: XDT_PLT_UD         # REPLACE: the feature code, PRODUCT_EDITION_MODEL
    type: subscription          # or perpetual, with cssEnd instead of end
    quantity: 100               # REPLACE: licenses bought
    end: ${addMonths(today, 12)}            # REPLACE: last day of the term

licenseServers:
  # Every Citrix License Server, production and non-production, including retired ones
  # (state: decommissioned) until their allocations are returned.
  - hostname: ${STARTER.hostname}  # REPLACE: the short name \`hostname\` prints on the server; Citrix: "Do not enter FQDN" (CTX696555)
    environment: production     # production, pre-production, test or disaster-recovery
    state: active
    version: 11.17.2.0 build ${newest}   # REPLACE: as the License Server console shows it
    activation: las-online      # las-online, las-offline, or files (end of life)
    telemetry:
      mode: automatic           # automatic, manual (air-gapped) or disabled
      lastReported: ${today}    # REPLACE: date of the last CTX_UPLOADER_SUCCESS in log_ctxuploader.log

allocations:
  # Portal allocations: which entitlement's licenses are bound to which hostname.
  - entitlement: ${STARTER.entitlementId}   # REPLACE: the id of an entitlement above
    hostname: ${STARTER.hostname}          # REPLACE: the binding hostname, as allocated in the portal
    quantity: 100                       # REPLACE: licenses allocated
`;
}

/** The configuration file, every option present and commented out, with its default. */
export function starterConfig(rules: readonly { id: string; severity: string }[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  return `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}
# citrix-license-lint configuration, written by \`citrix-license-lint init\`. Every option
# is commented out and shows its default: uncomment what your contract or policy changes.
# It is declarative only: nothing in it runs.

# inventory: [inventory/]       # the files and folders of the inventory, relative to this file (default: inventory/ or
#                                # inventory.yaml); a file named on the command line inside them is linted with all of them

# asOf: 2026-01-31              # judge as of this day instead of today (--as-of overrides it)

# rules:                         # severity per rule id: off, warning or error (docs/rules/README.md)
${rules.map((r) => `#   ${`${r.id}:`.padEnd(width + 1)} ${r.severity}`).join('\n')}

# thresholds:
#   automaticTelemetryMaxAgeDays: ${POLICY.automaticTelemetryMaxAgeDays}   # days an automatic-mode host may go without a report
#   manualUploadIntervalDays: ${POLICY.manualUploadIntervalDays}      # days between manual uploads (CTX477614)
#   consoleFirstUploadDays: ${POLICY.consoleFirstUploadDays}        # days a manual-mode NetScaler Console has for its first upload
#   versionGraceMonths: ${POLICY.versionGraceMonths}             # months to install a new License Server build after its release
#   deadlineHorizonDays: ${POLICY.deadlineHorizonDays}           # how many days ahead deadlines/upcoming warns
#   collectedMaxAgeDays: ${POLICY.collectedMaxAgeDays}           # days collected evidence may age before collected/stale

# collected:                     # evidence a scheduled workflow collects (docs/collect.md)
#   folders: [collected]         # relative to the repository root; default: collected/ next to the inventory and at the root

# licenseServerBuilds:           # builds newer than the built-in catalog, or corrections
#   - build: 57100
#     released: 2026-11-20
#     precision: exact           # or on-or-before, when only a bound is known
#     source: where the date comes from

# netscaler:
#   autoTelemetryMinimum: ${flow(NETSCALER_THRESHOLDS.autoTelemetryMinimum)}   # first build of each release with automatic telemetry
#   lasMinimum: "${NETSCALER_THRESHOLDS.lasMinimum}"     # first Console build with the License Activation Service
#   instanceLasMinimum: ${flow(NETSCALER_THRESHOLDS.instanceLasMinimum)}   # NetScaler ADC builds with LAS, per release
#   fipsLasMinimum: ${flow(NETSCALER_THRESHOLDS.fipsLasMinimum)}   # the same for FIPS appliances
#   svmLasMinimum: ${flow(NETSCALER_THRESHOLDS.svmLasMinimum)}   # the same for an SDX's management service VM
#   releaseLines:                  # end of maintenance and end of life per release line
${NETSCALER_THRESHOLDS.releaseLines.map((r) => `#     - ${flow({ line: r.line, ...(r.endOfMaintenance ? { endOfMaintenance: r.endOfMaintenance } : {}), endOfLife: r.endOfLife, source: r.source })}`).join('\n')}

# limits:                        # protection against hostile or mistaken input
#   inventoryFileMB: ${DEFAULT_PARSE_LIMITS.maxFileBytes / 1024 / 1024}
#   licenseFileMB: ${DEFAULT_PARSE_LIMITS.maxLicenseFileBytes / 1024 / 1024}
`;
}

/** A one-line YAML flow mapping of strings: `{ "13.1": "13.1-60.29" }`. */
function flow(values: Readonly<Record<string, string | undefined>>): string {
  return `{ ${Object.entries(values)
    .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(', ')} }`;
}
