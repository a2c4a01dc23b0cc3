// `npm run lint`: installs tools/lint's packages when they are missing or older than its lockfile,
// then runs ESLint on the repository with no warning allowed. Arguments go to ESLint.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const root = path.resolve(dir, '..', '..');
const installed = path.join(dir, 'node_modules', '.package-lock.json');
const lock = path.join(dir, 'package-lock.json');
if (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
}
const args = process.argv.slice(2);
const r = spawnSync(process.execPath, [path.join(dir, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--max-warnings', '0', ...(args.length ? args : ['.'])], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
