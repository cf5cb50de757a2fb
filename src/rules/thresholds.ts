import type { Settings } from '../domain/settings.js';
import { renderMessage, type MessageData, type RuleMeta } from './rule.js';

/**
 * The configurable thresholds that rule descriptions and messages quote, by placeholder
 * name: with a configuration that changes them, the text says what is really checked.
 */
export function thresholdWords(settings: Settings): MessageData {
  const { policy, netscaler } = settings;
  let autoTelemetry: string | undefined;
  return {
    deadlineHorizonDays: policy.deadlineHorizonDays,
    automaticTelemetryMaxAgeDays: policy.automaticTelemetryMaxAgeDays,
    manualUploadIntervalDays: policy.manualUploadIntervalDays,
    consoleFirstUploadDays: policy.consoleFirstUploadDays,
    versionGraceMonths: policy.versionGraceMonths,
    minimumBuild: policy.minimumBuild,
    // Computed when a text quotes it: the first localeCompare sets up ICU's collator, about
    // 10 ms of every run, for a placeholder that few findings use.
    get autoTelemetryMinimum() {
      autoTelemetry ??= Object.values(netscaler.autoTelemetryMinimum)
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .join(' or ');
      return autoTelemetry;
    },
    lasMinimum: netscaler.lasMinimum,
    collectedMaxAgeDays: policy.collectedMaxAgeDays,
  };
}

/** A rule's description with its thresholds filled in. */
export function describeRule(meta: Pick<RuleMeta<string>, 'description'>, settings: Settings): string {
  return renderMessage(meta.description, thresholdWords(settings));
}
