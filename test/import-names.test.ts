// Issue 24 point 8: import writes the short name Citrix binds as `hostname` and the full name
// as `fqdn`. An address is no full name: its first number is no host's short name.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';

test('import keeps an IPv4 address a server names itself by whole, as the hostname, with no fqdn ("10" and fqdn 10.1.2.3 before)', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cll-import-names-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (host: string) =>
    writeFileSync(path.join(dir, 'info.json'), JSON.stringify({ SLVersion: 'v11.17.2.0 build 56200 i86_n3', HostName: host }));
  write('10.1.2.3');
  const address = await cli(['import', 'info.json'], { cwd: dir });
  assert.equal(address.status, 0, address.stderr);
  assert.match(address.stdout, /^ {2}- hostname: 10\.1\.2\.3$/m);
  assert.doesNotMatch(address.stdout, /fqdn:|hostname: "10"/);
  write('CTXLS01.corp.example');
  const fqdn = await cli(['import', 'info.json'], { cwd: dir });
  assert.match(fqdn.stdout, /^ {2}- hostname: CTXLS01 #.*\n {4}fqdn: CTXLS01\.corp\.example$/m);
});
