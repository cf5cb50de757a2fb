import path from 'node:path';
import { writeInside } from '../../io/containment.js';
import { sarifReport } from '../../reporters/sarif.js';
import type { PublishRun } from './publish-run.js';

/** The SARIF file for upload-sarif: its path, or the problem that fails the step (a wrong path is the user's to fix). */
export function publishSarifFile(run: PublishRun): { path: string; problem?: string } {
  const wanted = run.inputs['sarif-file'];
  if (!wanted) return { path: '' };
  const target = path.resolve(run.github.workspace, wanted);
  try {
    // A link committed at the SARIF path must not turn this write into one outside the workspace.
    writeInside(
      target,
      sarifReport(run.result, run.context, { category: run.inputs.category || `citrix-license-lint/${run.id}` }),
      run.github.workspace,
      { createFolders: true },
    );
    return { path: target };
  } catch (error) {
    return {
      path: '',
      problem: `cannot write sarif-file ${wanted} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): give a file path in the workspace`,
    };
  }
}
