import type { Finding } from '../model/finding.js';
import { DOCS_BASE } from '../rules/rule.js';
import type { Reporter } from './context.js';
import { importance } from './rank.js';
import { displayPath } from '../util/paths.js';

/** Our own fingerprint key; GitHub computes primaryLocationLineHash itself. */
export const FINGERPRINT_KEY = 'citrixLicenseLint/v1';

/**
 * GitHub code scanning rejects a run of more than 25,000 results ("SARIF results exceed
 * hard limit", code scanning SARIF limits); a larger inventory keeps the 25,000 that matter
 * most and says how many it left out.
 */
export const MAX_SARIF_RESULTS = 25_000;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule with descriptions and help,
 * repository-relative URIs, stable rule ids and fingerprints, and suppressed findings kept
 * with their in-source justification.
 */
export const sarifReporter: Reporter = (result, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const findings = mostImportant(result.findings, MAX_SARIF_RESULTS);
  const omitted = result.findings.length - findings.length;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'citrix-license-lint',
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: DOCS_BASE,
            rules: context.rules.map(({ id, severity, description, help, url }) => ({
              id,
              name: id.replace(/(^|[/-])(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: description },
              fullDescription: { text: help?.why.replace(/\s*\n\s*/g, ' ') ?? description },
              help: {
                text: `${help?.fix.replace(/\s*\n\s*/g, ' ') ?? description} Documentation: ${url}`,
                markdown: `${help?.why ?? description}\n\n**How to fix.** ${help?.fix ?? ''}\n\n[Rule documentation](${url})`,
              },
              helpUri: url,
              defaultConfiguration: { level: severity },
              properties: { tags: ['licensing', 'compliance', id.split('/')[0]!] },
            })),
          },
        },
        automationDetails: { id: 'citrix-license-lint/' },
        // Columns count UTF-16 code units: they are offsets into JavaScript strings.
        columnKind: 'utf16CodeUnits',
        ...(omitted > 0
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: [
                    {
                      level: 'warning',
                      message: {
                        text: `${omitted} more findings are not in this file: GitHub code scanning takes at most ${MAX_SARIF_RESULTS} results per run. Errors come first, then warnings, then suppressed findings; \`--format json\` lists them all.`,
                      },
                    },
                  ],
                },
              ],
            }
          : {}),
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
          level: finding.severity,
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(displayPath(finding.file, context.cwd)) },
                region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
              },
            },
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
          ...(finding.suppression
            ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: finding.suppression.justification }] }
            : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** At most `max` findings, in their order: active errors first, then warnings, then suppressed. */
function mostImportant(findings: readonly Finding[], max: number): readonly Finding[] {
  if (findings.length <= max) return findings;
  const kept = new Set([...findings].sort((a, b) => importance(a) - importance(b)).slice(0, max));
  return findings.filter((f) => kept.has(f));
}
