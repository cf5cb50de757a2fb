import { defineRule, type RuleContext } from '../rule.js';
import { child, type NodeRef } from '../../model/location.js';
import { entityKey } from '../../domain/entity.js';
import { isPlaceholder } from '../../domain/placeholders.js';

/** What replaces a placeholder, by key: the message's last words. */
const REPLACE_WITH: Readonly<Record<string, string>> = {
  id: 'your own name for this purchase (allocations refer to it)',
  entitlement: 'the `id` of the entitlement the licenses come from',
  hostname: 'the short name the `hostname` command prints on the host, as Citrix binds it',
  product: 'the feature code the licensing portal shows, PRODUCT_EDITION_MODEL',
  offering: 'the commercial offering (UL HMC, CPL...), or remove the key',
  fqdn: "the host's full DNS name, or remove the key",
};

type Report = RuleContext<'placeholder'>['report'];

/**
 * Reports the placeholders among the named free-text keys of each entry. The keys are
 * listed, not walked: a large inventory pays one comparison per value.
 */
function scan<T extends { at: NodeRef }>(
  report: Report,
  items: readonly T[],
  keys: readonly (keyof T & string)[],
  entity: (item: T) => string,
  name: (item: T) => string | undefined,
) {
  for (const item of items) {
    for (const key of keys) {
      const value = item[key];
      if (typeof value !== 'string' || !isPlaceholder(value)) continue;
      report({
        messageId: 'placeholder',
        at: child(item.at, key),
        // The key is part of the identity: two placeholders in one entry are two findings.
        entity: `${entity(item)}:${key}`,
        // The entry it is in, by the name it is known by (itself, when the name is the placeholder).
        subjects: [name(item) ?? value],
        data: { key, value, replacement: REPLACE_WITH[key] ?? 'the real value' },
      });
    }
  }
}

export const placeholder = defineRule({
  meta: {
    id: 'inventory/placeholder',
    severity: 'error',
    advice: { placeholder: ['fix-input'] },
    description:
      'A value is still a placeholder that `citrix-license-lint init` writes (`example-subscription`, or one that starts with the word REPLACE).',
    messages: {
      placeholder: '`{{key}}` is still the placeholder `{{value}}`: replace it with {{replacement}}',
    },
    docs: {
      why: `\`citrix-license-lint init\` writes a starter inventory whose names are placeholders: the
entitlement \`example-subscription\` and the host \`REPLACE-hostname\`, with every value an admin
must change marked \`# REPLACE\`. Committed as it is, that inventory would describe a
purchase and a license server nobody has, and a pull-request check would pass on it. So
a placeholder is a finding until it is replaced: \`example-subscription\`, and any name or
text value that starts with the word \`REPLACE\` (\`REPLACE\`, \`REPLACE-hostname\`, \`REPLACE_ME\`;
not \`REPLACEMENT01\`, a real name that merely starts with the letters).

Quantities and dates cannot hold such a word (the schema wants a number and a date): their
\`# REPLACE\` comments say what to change, and nothing checks that you did.`,
      fix: `Write your own values: the entitlement's id (your name for the purchase line of the
licensing portal, which allocations refer to) and each host's name exactly as the \`hostname\`
command prints it on the host. Or start from your exports instead
(\`citrix-license-lint import --into inventory collected/<hostname>/\`, [docs/collect.md](../../collect.md))
and delete the starter entries. Check the values marked \`# REPLACE\` while you are at it.`,
    },
  },
  check({ inventory, report }) {
    scan(
      report,
      inventory.entitlements,
      ['id', 'product', 'offering'],
      (e) => entityKey.entitlement(e.id),
      (e) => e.id,
    );
    scan(
      report,
      inventory.allocations,
      ['entitlement', 'hostname'],
      (a) => entityKey.allocation(a.entitlement ?? '', a.hostname ?? ''),
      (a) => a.hostname,
    );
    scan(
      report,
      inventory.licenseServers,
      ['hostname', 'fqdn', 'version'],
      (s) => entityKey.server(s.hostname),
      (s) => s.hostname,
    );
    scan(
      report,
      inventory.netscalerConsoles,
      ['hostname', 'fqdn', 'version'],
      (c) => entityKey.console(c.hostname),
      (c) => c.hostname,
    );
    scan(
      report,
      inventory.netscalerInstances,
      ['name', 'console', 'version'],
      (i) => entityKey.instance(i.name),
      (i) => i.name,
    );
    for (const host of [...inventory.licenseServers, ...inventory.netscalerConsoles]) {
      // `name` is the file's base name when a `path` is given: only an inline name is written as such.
      const files = (f: { name: string }) => entityKey.licenseFile(host.hostname, f.name);
      scan(report, host.licenseFiles, ['path'], files, () => host.hostname);
      scan(
        report,
        host.licenseFiles.filter((f) => f.path === undefined),
        ['name'],
        files,
        () => host.hostname,
      );
    }
  },
});
