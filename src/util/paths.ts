import path from 'node:path';

/** Relative, with forward slashes on every platform (SARIF, GitHub and JSON consumers want them). */
const shownPaths = new Map<string, string>();

export function displayPath(file: string, cwd: string): string {
  // Asked once per finding, for a handful of files: path.relative is the costly part.
  const key = `${cwd}\0${file}`;
  let shown = shownPaths.get(key);
  if (shown === undefined) {
    shown = (path.relative(cwd, file) || path.basename(file)).split(path.sep).join('/');
    shownPaths.set(key, shown);
  }
  return shown;
}
