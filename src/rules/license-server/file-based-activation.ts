import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { fileActivationState, pastEndOfLife } from '../../domain/extension.js';
import { recommendedBuild } from '../../domain/versions.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

/**
 * Citrix support article 695107: file-based activation reached end of life on 2026-04-15.
 * CTX696555: some customers were granted a one-time extension, recorded per host.
 */
export const licenseServerFileBasedActivation = defineRule({
  meta: {
    id: 'license-server/file-based-activation',
    severity: 'error',
    advice: { after: ['upgrade'], before: ['upgrade'], extended: ['upgrade'], extensionEnded: ['upgrade'] },
    description:
      'An active license server still uses license files for activation after file-based licensing reached end of life, or after its file-based licensing extension ended (warning before either).',
    messages: {
      after:
        'license server `{{hostname}}` still activates with license files; file-based licensing reached end of life on {{eol}}: move it to the License Activation Service ({{upgrade}})',
      before:
        'license server `{{hostname}}` activates with license files, which reach end of life on {{eol}}: plan the move to the License Activation Service ({{upgrade}})',
      extended:
        'license server `{{hostname}}` activates with license files under a file-based licensing extension ({{reference}}) whose last day is {{until}} (CTX696555): move it to the License Activation Service before then ({{upgrade}})',
      extensionEnded:
        'license server `{{hostname}}` still activates with license files; its file-based licensing extension ({{reference}}, CTX696555) ended on {{until}}: move it to the License Activation Service ({{upgrade}})',
    },
    docs: {
      why: `Citrix announced on 8 September 2025 (support article 695107) that activation moves to
the License Activation Service (LAS): after 15 April 2026 license files are no longer the
way on-premises products are activated. A server still on files is reported as an error
from that day, and as a warning before it. A server may hold LAS activations and legacy
files side by side during the move; what matters is \`activation\`.

Citrix granted some customers "a one-time-only exception to allow continued use of
file-based licensing for a limited period" (CTX696555). Record it on the server as
\`fileLicensingExtension: { until: YYYY-MM-DD, reference: ... }\`: until that day (included)
the rule warns with the date, and from the day after it is an error again. The expiry date
of these extensions is not public, so the inventory must carry the one Citrix gave you.
The extension is delivered as license files, and CTX696555 warns that they may be
overwritten when the License Server is upgraded: after an upgrade, check that the extension
files are still installed before relying on \`until\`. The same article says the exception
has no public end date, is not offered on the Japan or Government clouds, and that a new
expiry date needs a return and a re-allocation.

The build the message recommends is the oldest catalogued build that no rule reports on the
day: at least the LAS minimum (online from build 51000, offline from 53100), in policy for
[\`license-server/version-outdated\`](version-outdated.md), and not due for an upgrade within
the warning horizon of [\`deadlines/upcoming\`](../deadlines/upcoming.md). Build 51000, the
LAS online minimum, has itself been out of policy since 2026-09-16.`,
      fix: `Move the server to the License Activation Service: upgrade to the build the message names
(online activation needs build 51000 or newer, offline activation build 53100 or newer:
docs.citrix.com/en-us/licensing/11-17-2-52100/license-activation-service), then set
\`activation: las-online\` or \`las-offline\`. If Citrix granted an extension, record it under
\`fileLicensingExtension\` with its last day and reference.`,
    },
  },
  check({ inventory, settings, asOf, report }) {
    const { policy } = settings;
    const online = recommendedBuild(settings, asOf, policy.lasOnlineMinimumBuild);
    const offline = recommendedBuild(settings, asOf, policy.lasOfflineMinimumBuild);
    const upgrade =
      online === offline
        ? `upgrade to build ${online} or newer, for \`las-online\` or \`las-offline\``
        : `upgrade to build ${online} or newer for \`las-online\`, build ${offline} or newer for \`las-offline\``;
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || server.activation !== 'files') continue;
      const at = child(server.at, 'activation');
      const entity = entityKey.server(server.hostname);
      const subjects = [server.hostname];
      const data = { hostname: server.hostname, eol: policy.fileActivationEndOfLife, upgrade };
      const state = fileActivationState(server.fileLicensingExtension, policy.fileActivationEndOfLife, asOf);
      if (state.state === 'before') {
        report({ messageId: 'before', severity: 'warning', at, entity, subjects, due: policy.fileActivationEndOfLife, data });
        continue;
      }
      const past = pastEndOfLife(state);
      const due = past.messageId === 'extended' ? past.data.until : undefined;
      report({ messageId: past.messageId, severity: past.severity, at, entity, subjects, due, data: { ...data, ...past.data } });
    }
  },
});
