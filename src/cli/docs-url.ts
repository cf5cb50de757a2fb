import { TOOL_VERSION } from '../version.js';

/** The repository's URL (a placeholder until the project's home is confirmed; see package.json). */
export const REPOSITORY_URL = 'https://github.com/citrix-license-lint/citrix-license-lint';

/** A file of the repository as of this version's release tag, so that the docs match the tool. */
export function versionedDocsUrl(file: string, version: string = TOOL_VERSION): string {
  return `${REPOSITORY_URL}/blob/v${version}/${file}`;
}
