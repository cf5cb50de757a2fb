import { hash53 } from '../util/hash.js';
import { isWithheld } from '../change/compare.js';
import { withheldNote } from './withheld-words.js';
import { displayPath } from '../util/paths.js';
import type { Reporter } from './context.js';

/**
 * GitLab Code Quality (`artifacts:reports:codequality`): a JSON array of issues with
 * description, check_name, fingerprint, severity (info, minor, major, critical, blocker)
 * and location.path/lines.begin, as docs.gitlab.com/ci/testing/code_quality describes it.
 * Suppressed findings are not issues. GitLab compares issues across pipelines by
 * fingerprint, so it comes from the finding's own (rule and entity), not its line.
 */
export const gitlabReporter: Reporter = (result, context) => {
  const seen = new Map<string, number>();
  // A withheld finding stays an issue (GitLab would count it resolved), saying what it waits for.
  const issues = [...result.findings, ...result.withheld]
    .filter((f) => !f.suppression)
    .map((f) => {
      const path = displayPath(f.file, context.cwd);
      // Two findings of one rule about one entity stay two issues.
      const base = `${f.fingerprint}\0${path}`;
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      return {
        type: 'issue',
        description: isWithheld(f) ? `${f.message} (${withheldNote(f, context.cwd)})` : f.message,
        check_name: f.ruleId,
        fingerprint: hash53(count === 0 ? base : `${base}\0${count}`),
        severity: f.severity === 'error' ? 'major' : 'minor',
        location: { path, lines: { begin: f.line, end: f.endLine } },
      };
    });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
