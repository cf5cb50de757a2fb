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
