import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const noConsole = defineRule({
  meta: {
    id: 'netscaler-instance/no-console',
    severity: 'error',
    advice: { none: ['fix-input'], inactive: ['fix-input'] },
    // Whether its console is active: an entry that could not be read may be the active one.
    reads: { netscalerConsoles: 'any' },
    description: 'A flexed or pooled NetScaler instance has no console, or its console is not active.',
    messages: {
      none: '{{licensing}} NetScaler instance `{{name}}` names no console: flexed and pooled licenses reach instances only through NetScaler Console; add `console: <hostname>`',
      inactive:
        '{{licensing}} NetScaler instance `{{name}}` is licensed through `{{console}}`, which is decommissioned: move the instance to an active NetScaler Console',
    },
    docs: {
      why: `Pooled and flexed licenses are assigned to NetScaler instances only through NetScaler
Console, never directly. A flexed or pooled instance with no console, or whose console was
decommissioned, holds no license. (An instance naming a console that is not in the
inventory at all is \`inventory/reference\`.)`,
      fix: `Name the active NetScaler Console that licenses the instance in \`console:\`, or move
the instance to one.`,
    },
  },
  check({ inventory, index, report }) {
    for (const instance of inventory.netscalerInstances) {
      if (instance.licensing !== 'flexed' && instance.licensing !== 'pooled') continue;
      const entity = entityKey.instance(instance.name);
      const subjects = [instance.name, ...(instance.console ? [instance.console] : [])];
      if (!instance.console) {
        report({
          messageId: 'none',
          at: instance.at,
          entity,
          subjects,
          absent: 'console',
          data: { licensing: instance.licensing, name: instance.name },
        });
        continue;
      }
      const consoles = index.consolesByLowerHostname.get(instance.console.toLowerCase());
      // An unknown console is inventory/reference's finding.
      if (!consoles || consoles.some(isActive)) continue;
      report({
        messageId: 'inactive',
        at: child(instance.at, 'console'),
        entity,
        subjects,
        data: { licensing: instance.licensing, name: instance.name, console: instance.console },
      });
    }
  },
});
