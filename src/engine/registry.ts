import type { Rule } from './rule.js';
import { inactiveEntitlement } from '../rules/allocation/inactive-entitlement.js';
import { orphanedHostname } from '../rules/allocation/orphaned-hostname.js';
import { overEntitlement } from '../rules/allocation/over-entitlement.js';
import { upcoming } from '../rules/deadlines/upcoming.js';
import { duplicate } from '../rules/inventory/duplicate.js';
import { expiredSuppression } from '../rules/inventory/expired-suppression.js';
import { invalidSuppression } from '../rules/inventory/invalid-suppression.js';
import { reference } from '../rules/inventory/reference.js';
import { schema } from '../rules/inventory/schema.js';
import { unusedSuppression } from '../rules/inventory/unused-suppression.js';
import { yamlSyntax } from '../rules/inventory/yaml-syntax.js';
import { declaredMismatch } from '../rules/license-file/declared-mismatch.js';
import { expired } from '../rules/license-file/expired.js';
import { hostnameMismatch } from '../rules/license-file/hostname-mismatch.js';
import { inactivePerpetual } from '../rules/license-file/inactive-perpetual.js';
import { licenseFileSyntax } from '../rules/license-file/syntax.js';
import { unallocated } from '../rules/license-file/unallocated.js';
import { licenseServerFileBasedActivation } from '../rules/license-server/file-based-activation.js';
import { licenseServerLasVersion } from '../rules/license-server/las-version.js';
import { licenseServerTelemetryDisabled } from '../rules/license-server/telemetry-disabled.js';
import { licenseServerTelemetryOverdue } from '../rules/license-server/telemetry-overdue.js';
import { versionOutdated } from '../rules/license-server/version-outdated.js';
import { versionUnknown } from '../rules/license-server/version-unknown.js';
import { installedExceedsPurchased } from '../rules/licenses/installed-exceeds-purchased.js';
import { autoTelemetryUnsupported } from '../rules/netscaler-console/auto-telemetry-unsupported.js';
import { consoleFileBasedActivation } from '../rules/netscaler-console/file-based-activation.js';
import { consoleLasVersion } from '../rules/netscaler-console/las-version.js';
import { missingLicenseFiles } from '../rules/netscaler-console/missing-license-files.js';
import { consoleTelemetryDisabled } from '../rules/netscaler-console/telemetry-disabled.js';
import { consoleTelemetryOverdue } from '../rules/netscaler-console/telemetry-overdue.js';
import { instanceLasVersion } from '../rules/netscaler-instance/las-version.js';
import { noConsole } from '../rules/netscaler-instance/no-console.js';
import { releaseLifecycle } from '../rules/netscaler-instance/release-lifecycle.js';

/** Every rule, sorted by id: an explicit list, so that adding a rule is a reviewed change. */
export const RULES: readonly Rule[] = [
  inactiveEntitlement,
  orphanedHostname,
  overEntitlement,
  upcoming,
  duplicate,
  expiredSuppression,
  invalidSuppression,
  reference,
  schema,
  unusedSuppression,
  yamlSyntax,
  declaredMismatch,
  expired,
  hostnameMismatch,
  inactivePerpetual,
  licenseFileSyntax,
  unallocated,
  licenseServerFileBasedActivation,
  licenseServerLasVersion,
  licenseServerTelemetryDisabled,
  licenseServerTelemetryOverdue,
  versionOutdated,
  versionUnknown,
  installedExceedsPurchased,
  autoTelemetryUnsupported,
  consoleFileBasedActivation,
  consoleLasVersion,
  missingLicenseFiles,
  consoleTelemetryDisabled,
  consoleTelemetryOverdue,
  instanceLasVersion,
  noConsole,
  releaseLifecycle,
] as Rule[];

const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
