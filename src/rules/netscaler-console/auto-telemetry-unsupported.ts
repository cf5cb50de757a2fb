import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { compareNetscaler, lineOf, parseNetscalerVersion } from '../../domain/versions.js';
import { isActive, isOnPremisesConsole } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const autoTelemetryUnsupported = defineRule({
  meta: {
    id: 'netscaler-console/auto-telemetry-unsupported',
    severity: 'error',
    description: 'Automatic telemetry is set on an on-premises console version that does not support it (below {{autoTelemetryMinimum}}; 13.0 and older).',
    messages: {
      below: 'NetScaler Console `{{hostname}}` is set to automatic telemetry, but version {{version}} predates it (the {{line}} line has it from {{minimum}}): upgrade the console, or switch to manual uploads every {{manualUploadIntervalDays}} days',
      tooOldLine: 'NetScaler Console `{{hostname}}` is set to automatic telemetry, but release {{line}} has none (it starts with {{minimum}}): upgrade the console, or switch to manual uploads every {{manualUploadIntervalDays}} days',
    },
  },
  check({ inventory, settings, report }) {
    const minimums = Object.values(settings.netscaler.autoTelemetryMinimum).map((text) => ({ text, version: parseNetscalerVersion(text)! }));
    minimums.sort((a, b) => compareNetscaler(a.version, b.version));
    const oldest = minimums[0];
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console) || console.telemetry?.mode !== 'automatic' || !console.version || !oldest) continue;
      const version = parseNetscalerVersion(console.version);
      if (!version) continue;
      const line = lineOf(version);
      const base = { at: child(console.at, 'version'), entity: entityKey.console(console.hostname) };
      const sameLine = minimums.find((m) => lineOf(m.version) === line);
      if (sameLine) {
        if (compareNetscaler(version, sameLine.version) < 0) {
          report({ ...base, messageId: 'below', data: { hostname: console.hostname, version: console.version, line, minimum: sameLine.text } });
        }
      } else if (compareNetscaler(version, oldest.version) < 0) {
        report({ ...base, messageId: 'tooOldLine', data: { hostname: console.hostname, line, minimum: oldest.text } });
      }
    }
  },
});
