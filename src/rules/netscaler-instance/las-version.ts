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
