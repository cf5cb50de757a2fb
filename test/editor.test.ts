import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from './helpers/lsp-client.js';
import { installBlocks } from './helpers/readme.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const SCHEMA_DIR = path.join(PROJECT_ROOT, 'inventory-schema');
const schemaFiles = ['inventory.schema.json', 'config.schema.json'];
const idOf = (name: string) => (JSON.parse(readFileSync(path.join(SCHEMA_DIR, name), 'utf8')) as { $id: string }).$id;
/** Each published schema URL, and the local file it is published from (the test has no network). */
const localFor = new Map(schemaFiles.map((name) => [idOf(name), pathToFileURL(path.join(SCHEMA_DIR, name)).href]));

test("the schemas' $id are raw-file HTTPS URLs of the v1 tag, named after their own path", () => {
  for (const name of schemaFiles) {
    assert.equal(idOf(name), `https://raw.githubusercontent.com/citrix-license-lint/citrix-license-lint/v1/inventory-schema/${name}`);
  }
});

test("the SchemaStore catalog entries point at the schemas' $id and match the configuration by name", () => {
  const catalog = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'schemastore', 'catalog-entry.json'), 'utf8')) as {
    schemas: { name: string; description: string; url: string; fileMatch?: string[] }[];
  };
  assert.deepEqual(catalog.schemas.map((s) => s.url).sort(), [...localFor.keys()].sort());
  for (const entry of catalog.schemas) assert.ok(entry.name && entry.description && !entry.description.endsWith('.'), entry.name);
  const config = catalog.schemas.find((s) => s.url.endsWith('/config.schema.json'))!;
  assert.deepEqual(config.fileMatch, ['.citrix-license-lint.yml', '.citrix-license-lint.yaml']);
});

const TYPO = 'version: 1\nlicenseServers:\n  - hostname: ctxls01\n    enviroment: production\n    state: active\n    \n';

/** Opens `text` as `relative` in a workspace and returns the server's diagnostics and the completion at (line, character). */
async function askLanguageServer(
  relative: string,
  text: string,
  settings: Record<string, unknown>,
  at: { line: number; character: number },
) {
  const root = mkdtempSync(path.join(tmpdir(), 'cll-lsp-'));
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  const server = path.join(PROJECT_ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
  const client = new LspClient(process.execPath, [server, '--stdio'], settings);
  try {
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { snippetSupport: false } } } },
    });
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings });
    const uri = pathToFileURL(file).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    type Diagnostics = { uri: string; diagnostics: { message: string; range: { start: { line: number } } }[] };
    const published = await client.waitFor(
      (m) =>
        m.method === 'textDocument/publishDiagnostics' &&
        (m.params as Diagnostics).uri === uri &&
        (m.params as Diagnostics).diagnostics.length > 0,
    );
    const completion = (await client.request('textDocument/completion', { textDocument: { uri }, position: at })) as {
      items: { label: string }[];
    };
    return { diagnostics: (published.params as Diagnostics).diagnostics, labels: completion.items.map((i) => i.label) };
  } finally {
    await client.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/** `offset`: lines above the typo inventory (a modeline). */
function assertTypoCaught(result: Awaited<ReturnType<typeof askLanguageServer>>, offset = 0): void {
  const messages = result.diagnostics.map((d) => `${d.range.start.line + 1 - offset}: ${d.message}`);
  assert.ok(messages.includes('4: Property enviroment is not allowed.'), messages.join('\n'));
  assert.ok(messages.includes('3: Missing property "environment".'), messages.join('\n'));
  for (const key of ['environment', 'version', 'activation', 'telemetry', 'licenseFiles'])
    assert.ok(result.labels.includes(key), `completion lacks ${key}: ${result.labels.join(', ')}`);
  assert.ok(!result.labels.includes('state') && !result.labels.includes('hostname'), 'keys already written are not offered again');
}

test("yaml-language-server (stdio) with the README's VS Code yaml.schemas mapping: the typo is flagged, the keys completed", async () => {
  const [settingsBlock] = installBlocks('Editor').filter((b) => b.lang === 'json');
  const readmeSettings = JSON.parse(settingsBlock!.code) as { 'yaml.schemas': Record<string, string> };
  const schemas = Object.fromEntries(
    Object.entries(readmeSettings['yaml.schemas']).map(([url, glob]) => {
      assert.ok(localFor.has(url), `the README maps ${url}, which is no schema's $id`);
      return [localFor.get(url)!, glob];
    }),
  );
  assert.equal(Object.values(readmeSettings['yaml.schemas'])[0], 'inventory/**/*.yaml');
  // SchemaStore off: the server would otherwise fetch its catalog.
  const settings = { yaml: { schemas, validate: true, completion: true, schemaStore: { enable: false } } };
  assertTypoCaught(await askLanguageServer('inventory/servers.yaml', TYPO, settings, { line: 5, character: 4 }));
});

test("yaml-language-server with the README's modeline (the URL served from the local schema)", async () => {
  const [modeline] = installBlocks('Editor').filter((b) => b.lang === 'yaml');
  const line = modeline!.code.trim();
  const url = /^# yaml-language-server: \$schema=(\S+)$/.exec(line)?.[1];
  assert.ok(url && localFor.has(url), `the modeline names ${url}, which is no schema's $id`);
  const text = `${line.replace(url, localFor.get(url)!)}\n${TYPO}`;
  const settings = { yaml: { validate: true, completion: true, schemaStore: { enable: false } } };
  assertTypoCaught(await askLanguageServer('elsewhere/servers.yaml', text, settings, { line: 6, character: 4 }), 1);
});
