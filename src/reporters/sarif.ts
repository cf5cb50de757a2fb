import type { Finding } from '../model/finding.js';
import { DOCS_BASE } from '../rules/rule.js';
import { isWithheld, type Compared } from '../change/compare.js';
import { withheldNote } from './withheld-words.js';
import type { ReportContext, Reporter } from './context.js';
import { importance } from './rank.js';
import { displayPath } from '../util/paths.js';
import { hash53 } from '../util/hash.js';
import { SARIF_RESULTS_MAX } from './github-limits.js';
import { uriPath } from './markdown-escape.js';

/** Our own fingerprint key; GitHub computes primaryLocationLineHash itself. */
export const FINGERPRINT_KEY = 'citrixLicenseLint/v1';

/** A larger inventory keeps the results that matter most and says how many it left out (github-limits.ts). */
export const MAX_SARIF_RESULTS = SARIF_RESULTS_MAX;

/** SARIF options the action sets: the category (upload-sarif's `category:`) that names this run. */
export interface SarifOptions {
  category?: string;
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule with descriptions and help,
 * repository-relative URIs, stable rule ids and fingerprints, and suppressed findings kept
 * with their in-source justification.
 */
export const sarifReporter: Reporter = (result, context) => sarifReport(result, context, { category: context.category });

export function sarifReport(result: Compared, context: ReportContext, options: SarifOptions): string {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  // Withheld findings stay results (code scanning would close their alerts as fixed), saying what they wait for.
  const all = [...result.findings, ...result.withheld];
  const findings = mostImportant(all, MAX_SARIF_RESULTS);
  const omitted = all.length - findings.length;
  const fingerprints = distinctFingerprints(findings);
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
        // "category/run-id": upload-sarif reads the category from the part before the last slash.
        automationDetails: { id: `${options.category ? options.category.replace(/\/+$/, '') : 'citrix-license-lint'}/` },
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
          message: { text: isWithheld(finding) ? `${finding.message} (${withheldNote(finding, context.cwd)})` : finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriPath(displayPath(finding.file, context.cwd)) },
                region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
              },
            },
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: fingerprints.get(finding)! },
          ...(finding.suppression
            ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: finding.suppression.justification }] }
            : {}),
          ...(isWithheld(finding)
            ? {
                properties: {
                  withheld: {
                    waitsFor: {
                      ruleId: finding.waitsFor.ruleId,
                      uri: uriPath(displayPath(finding.waitsFor.file, context.cwd)),
                      line: finding.waitsFor.line,
                      column: finding.waitsFor.column,
                    },
                  },
                },
              }
            : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * Code scanning merges results with equal fingerprints into one alert, but several findings
 * of a rule can be about one entity (one server, several messages). A fingerprint used once
 * stays as it is; repeated ones get the message's hash, then a running number, appended.
 */
function distinctFingerprints(findings: readonly Finding[]): Map<Finding, string> {
  const uses = new Map<string, number>();
  for (const f of findings) uses.set(f.fingerprint, (uses.get(f.fingerprint) ?? 0) + 1);
  const out = new Map<Finding, string>();
  const taken = new Set<string>();
  for (const f of findings) {
    let print = uses.get(f.fingerprint)! > 1 ? `${f.fingerprint}:${hash53(f.message)}` : f.fingerprint;
    for (let n = 2; taken.has(print); n++) print = `${f.fingerprint}:${hash53(f.message)}:${n}`;
    taken.add(print);
    out.set(f, print);
  }
  return out;
}

/** At most `max` findings, in their order: active errors first, then warnings, then suppressed. */
function mostImportant(findings: readonly Finding[], max: number): readonly Finding[] {
  if (findings.length <= max) return findings;
  const kept = new Set([...findings].sort((a, b) => importance(a) - importance(b)).slice(0, max));
  return findings.filter((f) => kept.has(f));
}
