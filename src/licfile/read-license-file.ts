import { diskFileSystem, type FileSystem } from '../io/file-system.js';
import { parseLicenseText, type ParsedLicenseFile } from './parse.js';
import { licenseProblemText } from './messages.js';

export type ReadLicenseFile =
  | { file: string; parsed: ParsedLicenseFile; problem?: undefined }
  /** The file could not be read at all; `problem` completes "the license file X ...". */
  | { file: string; parsed: undefined; problem: string };

/**
 * Reads and parses one .lic file; size and binary content become syntax problems.
 * `maxBytes`: a license file is a few KB; anything far larger is not one.
 */
export function readLicenseFile(file: string, maxBytes = 4 * 1024 * 1024, fs: FileSystem = diskFileSystem): ReadLicenseFile {
  const stats = fs.stat(file);
  if (!stats) return { file, parsed: undefined, problem: 'does not exist or cannot be read: check the path and its permissions' };
  if (!stats.isFile) return { file, parsed: undefined, problem: 'is not a regular file: name the .lic file itself' };
  if (stats.size > maxBytes) {
    return {
      file,
      parsed: syntaxOnly(
        licenseProblemText('tooLarge', { size: Math.round(stats.size / 1024), limit: +(maxBytes / (1024 * 1024)).toFixed(2) }),
      ),
    };
  }
  let buffer: Buffer;
  try {
    buffer = fs.readFile(file, stats.size);
  } catch {
    return { file, parsed: undefined, problem: 'cannot be read: check its permissions' };
  }
  if (buffer.includes(0)) return { file, parsed: syntaxOnly(licenseProblemText('binary')) };
  return { file, parsed: parseLicenseText(buffer.toString('utf8')) };
}

function syntaxOnly(problem: ReturnType<typeof licenseProblemText>): ParsedLicenseFile {
  return {
    vendors: [],
    useServer: false,
    increments: [],
    otherKeywords: [],
    problems: [{ line: 1, column: 1, endLine: 1, endColumn: 2, ...problem }],
  };
}
