import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { consoleWithoutTelemetry, recommendedConsoleVersion } from '../../domain/netscaler.js';
import { isActive, isOnPremisesConsole } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

/**
 * "The NetScaler telemetry program is enabled starting from 14.1-25.53 and later / 13.1-53.22
 * and later build" (NetScaler docs, data governance). Our reading (INFERRED): below those
 * builds there is no telemetry to upload, manual uploads included, so the mode does not matter.
 * The id keeps its name so that existing configurations still apply.
 */
export const autoTelemetryUnsupported = defineRule({
  meta: {
    id: 'netscaler-console/auto-telemetry-unsupported',
    severity: 'error',
    advice: { below: ['upgrade'], tooOldLine: ['upgrade'] },
    description:
      'An on-premises NetScaler Console runs a version without licensing telemetry (below {{autoTelemetryMinimum}}): it cannot report in any mode.',
    messages: {
      below:
        'NetScaler Console `{{hostname}}` runs version {{version}}, which has no licensing telemetry (the {{line}} line has it from {{minimum}}): it cannot report to Citrix in any mode; upgrade the console to {{target}} or newer',
      tooOldLine:
        'NetScaler Console `{{hostname}}` runs release {{line}}, which has no licensing telemetry (it starts with {{minimum}}): it cannot report to Citrix in any mode; upgrade the console to {{target}} or newer',
    },
  },
  check({ inventory, settings, report }) {
    const target = recommendedConsoleVersion(settings);
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console)) continue;
      const below = consoleWithoutTelemetry(console, settings);
      if (!below) continue;
      const base = { at: child(console.at, 'version'), entity: entityKey.console(console.hostname), subjects: [console.hostname] };
      const data = { hostname: console.hostname, version: console.version ?? '', line: below.line, minimum: below.minimum, target };
      report({ ...base, messageId: below.sameLine ? 'below' : 'tooOldLine', data });
    }
  },
});
