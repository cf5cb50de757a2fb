import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { compareNetscaler, parseNetscalerVersion } from '../../domain/versions.js';
import { isActive, isOnPremisesConsole } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const consoleLasVersion = defineRule({
  meta: {
    id: 'netscaler-console/las-version',
    severity: 'error',
    advice: { tooOld: ['upgrade'] },
    description: 'An on-premises NetScaler Console uses License Activation Service on a version older than {{lasMinimum}}.',
    messages: {
      tooOld:
        'NetScaler Console `{{hostname}}` uses `activation: las` on version {{version}}, but the License Activation Service needs console {{minimum}} or newer: upgrade the console',
    },
  },
  check({ inventory, settings, report }) {
    const minimum = parseNetscalerVersion(settings.netscaler.lasMinimum);
    if (!minimum) return;
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console) || console.activation !== 'las' || !console.version) continue;
      const version = parseNetscalerVersion(console.version);
      if (!version || compareNetscaler(version, minimum) >= 0) continue;
      report({
        messageId: 'tooOld',
        at: child(console.at, 'version'),
        entity: entityKey.console(console.hostname),
        subjects: [console.hostname],
        data: { hostname: console.hostname, version: console.version, minimum: settings.netscaler.lasMinimum },
      });
    }
  },
});
