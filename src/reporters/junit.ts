import type { Finding } from '../model/finding.js';
import { isWithheld } from '../change/compare.js';
import { withheldNote } from './withheld-words.js';
import { displayPath } from '../util/paths.js';
import type { Reporter } from './context.js';

// XML 1.0 allows neither these control characters nor lone surrogates, even escaped.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (text: string | number) =>
  String(text)
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * JUnit XML as CI servers read test reports (GitLab `artifacts:reports:junit`, Jenkins,
 * Azure DevOps): a test suite per inventory file, a test case per finding, failing;
 * suppressed findings are skipped cases, and a file without findings one passing case.
 */
export const junitReporter: Reporter = (result, context) => {
  const byFile = new Map<string, Finding[]>(result.files.map((file) => [displayPath(file, context.cwd), []]));
  // A withheld finding is a failing case like the rest: it waits for an error, it is not gone.
  for (const finding of [...result.findings, ...result.withheld]) {
    const file = displayPath(finding.file, context.cwd);
    let list = byFile.get(file);
    if (!list) byFile.set(file, (list = []));
    list.push(finding);
  }
  let failures = 0;
  let tests = 0;
  const suites: string[] = [];
  for (const [file, findings] of byFile) {
    const cases = findings.map((f) => {
      const name = `${f.ruleId} ${file}:${f.line}:${f.column}`;
      const head = `    <testcase name="${xml(name)}" classname="${xml(f.ruleId)}"`;
      if (f.suppression) {
        return `${head}>\n      <skipped message="${xml(`suppressed: ${f.suppression.justification}`)}"/>\n    </testcase>`;
      }
      const message = isWithheld(f) ? `${f.message} (${withheldNote(f, context.cwd)})` : f.message;
      return `${head}>\n      <failure type="${f.severity}" message="${xml(message)}">${xml(`${file}:${f.line}:${f.column}  ${f.severity}  ${message}  ${f.ruleId}`)}</failure>\n    </testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase name="${xml(`${file} as of ${result.asOf}`)}" classname="citrix-license-lint"/>`);
    const fileFailures = findings.filter((f) => !f.suppression).length;
    const fileSkipped = findings.length - fileFailures;
    failures += fileFailures;
    tests += cases.length;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${fileFailures}" errors="0" skipped="${fileSkipped}" file="${xml(file)}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const name = `citrix-license-lint ${context.toolVersion} as of ${result.asOf}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(name)}" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};
