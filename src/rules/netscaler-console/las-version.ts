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
    docs: {
      why: `On-premises NetScaler Console supports the License Activation Service from 14.1-51.83
(docs.citrix.com, license-activation-service; NetScaler ADC itself from 14.1-51.80 and
13.1-60.29). An older console set to LAS cannot activate its licenses.`,
      fix: `Upgrade the console to 14.1-51.83 or newer and record the new \`version\`.`,
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
