/** A step into a YAML document: a mapping key or a sequence index. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** A 1-based range inside one file. */
export interface SourceRange {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A node of one inventory file, addressed by its path inside that file's document. */
export interface NodeRef {
  file: string;
  path: Path;
}

/** Where a finding points: a node of an inventory file, or a range of any file (a .lic). */
export type Where = NodeRef | SourceRange;

export function isSourceRange(where: Where): where is SourceRange {
  return (where as SourceRange).line !== undefined;
}

export function child(ref: NodeRef, ...segments: PathSegment[]): NodeRef {
  return { file: ref.file, path: [...ref.path, ...segments] };
}
