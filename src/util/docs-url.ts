import { TOOL_VERSION } from '../version.js';

/** The repository's URL (a placeholder until the project's home is confirmed; see package.json). */
export const REPOSITORY_URL = 'https://github.com/citrix-license-lint/citrix-license-lint';

/**
 * The major tag (`v1`): what workflows pin and schema URLs name, moved to every release of
 * that major version by the release workflow.
 */
export function majorTag(version: string = TOOL_VERSION): string {
  return `v${version.split('.')[0]}`;
}

/** A file of the repository as of this version's release tag, so that the docs match the tool. */
export function versionedDocsUrl(file: string, version: string = TOOL_VERSION): string {
  return `${REPOSITORY_URL}/blob/v${version}/${file}`;
}

/** Where a schema of inventory-schema/ is published: the raw file at the major tag (its `$id`). */
export function schemaUrl(name: 'inventory.schema.json' | 'config.schema.json', version: string = TOOL_VERSION): string {
  return `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/${majorTag(version)}/inventory-schema/${name}`;
}
