import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { fileActivationState, pastEndOfLife } from '../../domain/extension.js';
import { recommendedConsoleVersion } from '../../domain/netscaler.js';
import { isActive, isOnPremisesConsole } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

/**
 * Citrix support article 695107: file-based activation reached end of life on 2026-04-15.
 * CTX696555: some customers were granted a one-time extension, recorded per host.
 */
export const consoleFileBasedActivation = defineRule({
  meta: {
    id: 'netscaler-console/file-based-activation',
    severity: 'error',
    advice: { after: ['upgrade'], extended: ['upgrade'], extensionEnded: ['upgrade'] },
    description:
      'An active on-premises NetScaler Console uses license files for activation after file-based licensing reached end of life, or after its file-based licensing extension ended (warning during the extension).',
    messages: {
      after:
        'NetScaler Console `{{hostname}}` still activates with license files; file-based licensing reached end of life on {{eol}}: move it to the License Activation Service (console {{las}} or newer)',
      extended:
        'NetScaler Console `{{hostname}}` activates with license files under a file-based licensing extension ({{reference}}) whose last day is {{until}} (CTX696555): move it to the License Activation Service before then (console {{las}} or newer)',
      extensionEnded:
        'NetScaler Console `{{hostname}}` still activates with license files; its file-based licensing extension ({{reference}}, CTX696555) ended on {{until}}: move it to the License Activation Service (console {{las}} or newer)',
    },
    docs: {
      why: `File-based licensing reached end of life on 15 April 2026 (Citrix support article
695107); NetScaler moves to the License Activation Service, which on-premises Console
supports from 14.1-51.83. Pooled vCPU, check-in/check-out and perpetual NetScaler
licenses are not supported with LAS, so plan those separately: "NetScaler instances
leveraging perpetual licenses without an active maintenance will become unlicensed upon
upgrade to the above mentioned software versions" (docs.netscaler.com, License Activation
Service).

Citrix granted some customers "a one-time-only exception to allow continued use of
file-based licensing for a limited period" (CTX696555). Record it on the console as
\`fileLicensingExtension: { until: YYYY-MM-DD, reference: ... }\`: until that day (included)
the rule warns with the date, and from the day after it is an error again. CTX696555 warns
that extension files may be overwritten when the License Server is upgraded; the
extension has no public end date, and a new expiry date needs a return and a re-allocation.`,
      fix: `Move the console to the License Activation Service (Console 14.1-51.83 or newer) and
set \`activation: las\`. If Citrix granted an extension, record it under
\`fileLicensingExtension\` with its last day and reference.`,
    },
  },
  check({ inventory, settings, asOf, report }) {
    const eol = settings.policy.fileActivationEndOfLife;
    const las = recommendedConsoleVersion(settings);
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console) || console.activation !== 'files') continue;
      const state = fileActivationState(console.fileLicensingExtension, eol, asOf);
      if (state.state === 'before') continue;
      const at = child(console.at, 'activation');
      const entity = entityKey.console(console.hostname);
      const data = { hostname: console.hostname, eol, las };
      const past = pastEndOfLife(state);
      const due = past.messageId === 'extended' ? past.data.until : undefined;
      const subjects = [console.hostname];
      report({ messageId: past.messageId, severity: past.severity, at, entity, subjects, due, data: { ...data, ...past.data } });
    }
  },
});
