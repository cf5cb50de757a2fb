// Regenerates test/golden/ from the CLI's sources (as test/golden.test.ts runs them); review the diff before committing it.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const goldens = [
  { file: 'test/golden/fabrikam.txt', args: ['examples/fabrikam'] },
  { file: 'test/golden/fabrikam.json', args: ['examples/fabrikam', '--format', 'json'] },
  { file: 'test/golden/position-fabrikam.txt', args: ['position', 'examples/fabrikam'] },
  { file: 'test/golden/position-fabrikam.json', args: ['position', 'examples/fabrikam', '--format', 'json'] },
  { file: 'test/golden/position-contoso.txt', args: ['position', 'examples/contoso'] },
  { file: 'test/golden/position-contoso.json', args: ['position', 'examples/contoso', '--format', 'json'] },
];
for (const golden of goldens) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...golden.args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
  writeFileSync(golden.file, run.stdout);
  console.log(`${golden.file}: exit ${run.status}, ${run.stdout.split('\n').length} lines`);
}
