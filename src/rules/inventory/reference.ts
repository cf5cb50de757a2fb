import { formatCount } from '../../util/format.js';
import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { entityKey } from '../../domain/entity.js';

/** License file paths are checked by the loader (it must not read what it refuses): its messages are here too. */
export const reference = defineRule({
  meta: {
    id: 'inventory/reference',
    severity: 'error',
    advice: {
      entitlement: ['fix-input'],
      entitlementTypo: ['fix-input'],
      console: ['fix-input'],
      consoleTypo: ['fix-input'],
      link: ['fix-input'],
      nulByte: ['fix-input'],
      absolute: ['fix-input'],
      backslashes: ['fix-input'],
      caseDiffers: ['fix-input'],
      outside: ['fix-input'],
      missingFile: ['fix-input'],
      linkOut: ['fix-input'],
      unreadableFile: ['fix-input'],
    },
    // Only whether an entry of that name exists: one that could not be read may be it.
    reads: { entitlements: 'any', netscalerConsoles: 'any' },
    identityOnly: true,
    description:
      'An allocation names an unknown entitlement, an instance an unknown console, or a license file path is missing, unreadable or outside the repository.',
    messages: {
      entitlement:
        'the allocation of {{quantity}} licenses to `{{hostname}}` names entitlement `{{id}}`, which is not in the inventory: add the entitlement, or fix the id',
      entitlementTypo:
        'the allocation of {{quantity}} licenses to `{{hostname}}` names entitlement `{{id}}`, which is not in the inventory: did you mean `{{suggestion}}`?',
      console:
        'NetScaler instance `{{name}}` names console `{{console}}`, which is not in the inventory: add the console to netscalerConsoles, or fix the hostname',
      consoleTypo:
        'NetScaler instance `{{name}}` names console `{{console}}`, which is not in the inventory: did you mean `{{suggestion}}`?',
      link: 'not read: this path {{problem}}; commit the file itself inside the repository',
      nulByte: 'the license file path contains a NUL byte: write the plain relative path of the .lic file',
      absolute: 'the license file path "{{path}}" is absolute: write it relative to this YAML file, inside the repository',
      backslashes:
        'the license file path "{{path}}" uses backslashes: use forward slashes, `{{fixed}}`, which work on Windows and on Linux',
      caseDiffers: 'the file is `{{actual}}` (case differs): write the path as `{{fixed}}`; Linux and git tell names apart by case',
      outside: 'the license file "{{path}}" is outside the repository: keep license files inside it',
      missingFile:
        'the license file "{{path}}" does not exist: commit it next to the inventory, or fix the path (it is relative to this YAML file)',
      linkOut: 'the license file "{{path}}" is not read: it {{problem}}; commit the .lic file itself',
      unreadableFile: 'the license file "{{path}}" {{problem}}',
    },
    docs: {
      why: `References tie the inventory together: allocations to entitlements by \`id\`, NetScaler
instances to consoles by hostname, and license servers to the license files committed
next to the inventory. A broken reference means a check cannot be made. License file
paths are resolved relative to the YAML file and must stay inside the repository (the
git top level, or the inventory folder without git): a path that leaves it, an absolute
path, or a link pointing outside is refused and the file is never read, so an untrusted
pull request cannot make the linter read or print other files.`,
      fix: `Fix the id or hostname (the message suggests the closest known one), add the missing
entitlement or console, or commit the license file at the path given (relative to the
YAML file that names it).`,
    },
  },
  check({ inventory, index, report }) {
    const ids = [...index.entitlementsById.keys()];
    for (const allocation of inventory.allocations) {
      if (!allocation.entitlement || index.entitlementsById.has(allocation.entitlement)) continue;
      const suggestion = didYouMean(allocation.entitlement, ids);
      report({
        messageId: suggestion ? 'entitlementTypo' : 'entitlement',
        at: child(allocation.at, 'entitlement'),
        entity: entityKey.allocation(allocation.entitlement, allocation.hostname ?? ''),
        subjects: [allocation.entitlement, ...(allocation.hostname ? [allocation.hostname] : [])],
        data: {
          id: allocation.entitlement,
          quantity: allocation.quantity !== undefined ? formatCount(allocation.quantity) : 'an unknown number of',
          hostname: allocation.hostname ?? '?',
          ...(suggestion ? { suggestion } : {}),
        },
      });
    }
    const consoles = [...index.consolesByHostname.keys()];
    for (const instance of inventory.netscalerInstances) {
      if (!instance.console || index.consolesByLowerHostname.has(instance.console.toLowerCase())) continue;
      const suggestion = didYouMean(instance.console, consoles);
      report({
        messageId: suggestion ? 'consoleTypo' : 'console',
        at: child(instance.at, 'console'),
        entity: entityKey.instance(instance.name),
        subjects: [instance.name, instance.console],
        data: { name: instance.name, console: instance.console, ...(suggestion ? { suggestion } : {}) },
      });
    }
  },
});
