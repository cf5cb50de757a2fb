import type { Settings } from '../domain/settings.js';
import type { Severity } from '../model/finding.js';
import { docsUrl, type Rule, type RuleDocs } from './rule.js';
import { describeRule } from './thresholds.js';
import { inactiveEntitlement } from './allocation/inactive-entitlement.js';
import { orphanedHostname } from './allocation/orphaned-hostname.js';
import { overEntitlement } from './allocation/over-entitlement.js';
import { collectedFutureDated } from './collected/future-dated.js';
import { collectedLicensesDiffer } from './collected/licenses-differ.js';
import { collectedStale } from './collected/stale.js';
import { collectedUnlistedHost } from './collected/unlisted-host.js';
import { collectedUnreadable } from './collected/unreadable.js';
import { collectedVersionDiffers } from './collected/version-differs.js';
import { upcoming } from './deadlines/upcoming.js';
import { duplicate } from './inventory/duplicate.js';
import { expiredSuppression } from './inventory/expired-suppression.js';
import { invalidSuppression } from './inventory/invalid-suppression.js';
import { placeholder } from './inventory/placeholder.js';
import { reference } from './inventory/reference.js';
import { schema } from './inventory/schema.js';
import { unusedSuppression } from './inventory/unused-suppression.js';
import { yamlSyntax } from './inventory/yaml-syntax.js';
import { declaredMismatch } from './license-file/declared-mismatch.js';
import { expired } from './license-file/expired.js';
import { hostnameMismatch } from './license-file/hostname-mismatch.js';
import { inactivePerpetual } from './license-file/inactive-perpetual.js';
import { licenseFileSyntax } from './license-file/syntax.js';
import { unallocated } from './license-file/unallocated.js';
import { licenseServerFileBasedActivation } from './license-server/file-based-activation.js';
import { licenseServerLasVersion } from './license-server/las-version.js';
import { licenseServerTelemetryDisabled } from './license-server/telemetry-disabled.js';
import { licenseServerTelemetryOverdue } from './license-server/telemetry-overdue.js';
import { versionOutdated } from './license-server/version-outdated.js';
import { versionUnknown } from './license-server/version-unknown.js';
import { inUseExceedsPurchased } from './licenses/in-use-exceeds-purchased.js';
import { installedExceedsPurchased } from './licenses/installed-exceeds-purchased.js';
import { overdraftInUse } from './licenses/overdraft-in-use.js';
import { autoTelemetryUnsupported } from './netscaler-console/auto-telemetry-unsupported.js';
import { consoleFileBasedActivation } from './netscaler-console/file-based-activation.js';
import { consoleLasVersion } from './netscaler-console/las-version.js';
import { missingLicenseFiles } from './netscaler-console/missing-license-files.js';
import { consoleTelemetryDisabled } from './netscaler-console/telemetry-disabled.js';
import { consoleTelemetryOverdue } from './netscaler-console/telemetry-overdue.js';
import { instanceLasVersion } from './netscaler-instance/las-version.js';
import { noConsole } from './netscaler-instance/no-console.js';
import { releaseLifecycle } from './netscaler-instance/release-lifecycle.js';

/** Every rule, sorted by id: an explicit list, so that adding a rule is a reviewed change. */
export const RULES: readonly Rule[] = [
  inactiveEntitlement,
  orphanedHostname,
  overEntitlement,
  collectedFutureDated,
  collectedLicensesDiffer,
  collectedStale,
  collectedUnlistedHost,
  collectedUnreadable,
  collectedVersionDiffers,
  upcoming,
  duplicate,
  expiredSuppression,
  invalidSuppression,
  placeholder,
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
  inUseExceedsPurchased,
  installedExceedsPurchased,
  overdraftInUse,
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

/** What reporters show of a rule: its description with the run's thresholds, its help page. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
  /** Its message templates by id: reporters render Markdown from them and a finding's data. */
  messages: Readonly<Record<string, string>>;
  /** The rule's `meta.docs` ("Why" and "How to fix" on its page). */
  help: RuleDocs | undefined;
  url: string;
}

/** Every rule as the reporters describe it, in registry order; the doors put it in the report context. */
export function ruleCatalog(settings: Settings): RuleInfo[] {
  return RULES.map((rule) => ({
    id: rule.meta.id,
    severity: rule.meta.severity,
    description: describeRule(rule.meta, settings),
    messages: rule.meta.messages,
    help: rule.meta.docs,
    url: docsUrl(rule.meta.id),
  }));
}
