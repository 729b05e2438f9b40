/** Build the web app once before the browser tests, exactly as `npm start` does. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup() {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  execFileSync('npm', ['run', 'build', '-w', '@ipb/web'], { cwd: root, stdio: 'pipe' });
}
