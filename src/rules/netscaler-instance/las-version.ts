import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { INSTANCE_KIND_NAMES, belowLineMinimum, instanceKind, lasMinimums, recommendedInstanceVersion } from '../../domain/netscaler.js';
import { parseNetscalerVersion } from '../../domain/versions.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

/**
 * "NetScaler ADCs: 14.1-51.80, 13.1-60.29, 13.1-37.247 (FIPS)"; "NetScaler SVM: 14.1-51.83,
 * 13.1-60.30" (docs.netscaler.com, License Activation Service). An instance counts as on LAS
 * when the console that licenses it activates with LAS; a standalone instance is not judged,
 * since the inventory cannot tell how it is licensed.
 */
export const instanceLasVersion = defineRule({
  meta: {
    id: 'netscaler-instance/las-version',
    severity: 'error',
    advice: { below: ['upgrade'], tooOldLine: ['upgrade'] },
    // The console decides whether the instance is licensed through LAS.
    reads: { netscalerConsoles: 'any' },
    description:
      'A NetScaler instance licensed through a License Activation Service console runs a version below the LAS minimum for its line (ADC, FIPS ADC, or SDX management VM; `netscaler.instanceLasMinimum`, `fipsLasMinimum`, `svmLasMinimum`).',
    messages: {
      below:
        'NetScaler {{platform}} instance `{{name}}` runs {{version}} and is licensed through the License Activation Service of console `{{console}}`, but {{what}} on the {{line}} line needs {{minimum}} or newer: upgrade it to {{target}} or newer',
      tooOldLine:
        'NetScaler {{platform}} instance `{{name}}` runs {{version}} and is licensed through the License Activation Service of console `{{console}}`, but {{what}} has no LAS support on release {{line}} (it starts with {{minimum}}): upgrade it to {{target}} or newer',
    },
    docs: {
      why: `NetScaler licenses reach instances through the License Activation Service (LAS) only from
certain builds. Citrix lists them on the LAS page of the NetScaler Console docs
(docs.netscaler.com, …/current-release/license-server/license-activation-service):
"NetScaler ADCs: 14.1-51.80, 13.1-60.29, 13.1-37.247 (FIPS)" and "NetScaler SVM:
14.1-51.83, 13.1-60.30". After 15 April 2026 "LAS will be the only way to activate and
license NetScaler instances" (same page), so an instance below these builds behind a LAS
console is not licensed.

The rule reads the instance's \`version\` (for an SDX, the version of its management service
VM) and judges it against the minimum of its line: ADC, FIPS ADC (\`fips: true\`) or SDX
SVM (\`platform: SDX\`). A line older than every listed line (13.0 and before) has no LAS
support. Our reading where the sources are silent, chosen so that no compliant instance is
flagged:

- an instance counts as on LAS when the active console that licenses it has
  \`activation: las\`; a standalone instance, or one whose console still uses files, is not
  judged, since the inventory does not say how it is licensed;
- no FIPS figure is given for 14.1, so a 14.1 FIPS appliance is not judged.

The version recommended is the LAS minimum of the oldest release line still in maintenance
on the day (see [\`release-lifecycle\`](release-lifecycle.md)): since 13.1 reached end of
maintenance on 2026-09-15, an ADC below 13.1-60.29 is told 14.1-51.80, not a 13.1 build
that the lifecycle rule would flag. The minimums live in \`src/data/netscaler.ts\` and can be
changed with \`netscaler.instanceLasMinimum\`, \`fipsLasMinimum\` and \`svmLasMinimum\` in
\`.citrix-license-lint.yml\`.`,
      fix: `Upgrade the instance (for an SDX, its management service VM) to the version named or
newer, then record the new \`version\`. Perpetual licenses without active maintenance "will
become unlicensed upon upgrade to the above mentioned software versions" (same Citrix
page): check those before upgrading.`,
    },
  },
  check({ inventory, index, settings, asOf, report }) {
    for (const instance of inventory.netscalerInstances) {
      if (!instance.version || !instance.console) continue;
      const consoles = index.consolesByLowerHostname.get(instance.console.toLowerCase()) ?? [];
      if (!consoles.some((c) => c.activation === 'las' && isActive(c))) continue;
      const version = parseNetscalerVersion(instance.version);
      if (!version) continue;
      const kind = instanceKind(instance);
      const below = belowLineMinimum(version, lasMinimums(settings, kind));
      if (!below) continue;
      report({
        messageId: below.sameLine ? 'below' : 'tooOldLine',
        at: child(instance.at, 'version'),
        entity: entityKey.instance(instance.name),
        subjects: [instance.name, instance.console],
        data: {
          platform: instance.platform ?? '',
          name: instance.name,
          version: instance.version,
          console: instance.console,
          what: INSTANCE_KIND_NAMES[kind],
          line: below.line,
          minimum: below.minimum,
          target: recommendedInstanceVersion(settings, kind, asOf) ?? below.minimum,
        },
      });
    }
  },
});
