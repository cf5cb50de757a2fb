import { defineRule } from '../rule.js';
import { entityKey } from '../../domain/entity.js';

export const duplicate = defineRule({
  meta: {
    id: 'inventory/duplicate',
    severity: 'error',
    description: 'Two license servers or two consoles share a hostname (ignoring case), or two entitlements an id.',
    messages: {
      host: '{{kind}} `{{hostname}}` is listed again (first at {{first}}): hostnames are compared ignoring case; merge the two entries',
      entitlement: 'entitlement id `{{id}}` is used again (first at {{first}}): give each entitlement its own id',
    },
  },
  check({ index, report }) {
    const place = (at: { file: string; path: readonly (string | number)[] }) =>
      `${at.path[0]}[${at.path[1]}] of ${at.file.split(/[\\/]/).pop()}`;
    for (const [key, servers] of index.serversByLowerHostname) {
      for (const server of servers.slice(1)) {
        report({
          messageId: 'host',
          at: { ...server.at, path: [...server.at.path, 'hostname'] },
          entity: entityKey.server(key),
          data: { kind: 'license server', hostname: server.hostname, first: place(servers[0]!.at) },
        });
      }
    }
    for (const [key, consoles] of index.consolesByLowerHostname) {
      for (const console of consoles.slice(1)) {
        report({
          messageId: 'host',
          at: { ...console.at, path: [...console.at.path, 'hostname'] },
          entity: entityKey.console(key),
          data: { kind: 'NetScaler Console', hostname: console.hostname, first: place(consoles[0]!.at) },
        });
      }
    }
    for (const [id, entitlements] of index.entitlementsById) {
      for (const entitlement of entitlements.slice(1)) {
        report({
          messageId: 'entitlement',
          at: { ...entitlement.at, path: [...entitlement.at.path, 'id'] },
          entity: entityKey.entitlement(id),
          data: { id, first: place(entitlements[0]!.at) },
        });
      }
    }
  },
});
