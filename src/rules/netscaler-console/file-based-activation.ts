import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { isActive, isOnPremisesConsole } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

/** Citrix support article 695107: file-based activation reached end of life on 2026-04-15. */
export const consoleFileBasedActivation = defineRule({
  meta: {
    id: 'netscaler-console/file-based-activation',
    severity: 'error',
    description: 'An active on-premises NetScaler Console uses license files for activation on or after 2026-04-15.',
    messages: {
      after: 'NetScaler Console `{{hostname}}` still activates with license files; file-based licensing reached end of life on {{eol}}: move it to the License Activation Service (console {{las}} or newer)',
    },
  },
  check({ inventory, settings, asOf, report }) {
    if (asOf < settings.policy.fileActivationEndOfLife) return;
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console) || console.activation !== 'files') continue;
      report({
        messageId: 'after',
        at: child(console.at, 'activation'),
        entity: entityKey.console(console.hostname),
        data: { hostname: console.hostname, eol: settings.policy.fileActivationEndOfLife, las: settings.netscaler.lasMinimum },
      });
    }
  },
});
