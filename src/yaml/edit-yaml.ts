/**
 * The second door into YAML, for the one writer that must keep a person's comments and key
 * order when it changes a file (`import --into`): yaml's Document API, as is. Everything
 * that only reads goes through read-yaml.ts.
 */
export { Document, isMap, isScalar, isSeq, LineCounter, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
