// Sets up this repository's own git hooks (husky: core.hooksPath = hooks/_, where hooks/pre-commit checks the
// staged ledgers) when `npm ci` or `npm install` runs in a clone someone works in. It is the postprepare script,
// not prepare: npm prints a banner on stdout for a prepare script when it packs, and pre-commit 3 takes all of
// `npm pack`'s stdout as the tarball's name. npm runs postprepare only in the project it installs in: never for a
// package installed as a dependency, never on pack or publish.
// It writes nothing on stdout and never fails the install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Why not to set up the hooks here, or '' to set them up; `quiet` reasons are not worth a line. */
function reasonToSkip() {
  if (process.env.HUSKY === '0') return 'quiet';
  // An unpacked package, or a directory below the top of the work tree: no hooks of ours to install.
  if (!existsSync('.git')) return 'quiet';
  // npm preparing ledgerlint as a git dependency (npm install github:…, pre-commit 4.6.1+, prek) in a clone it
  // throws away.
  if (process.env._PACOTE_NO_PREPARE_) return 'quiet';
  // pre-commit (and npm) check out the pinned revision of a hook repository: nobody commits there.
  const branch = spawnSync('git', ['symbolic-ref', '--quiet', 'HEAD'], { stdio: 'ignore' });
  if (branch.error) return 'quiet';
  if (branch.status !== 0) return 'HEAD is detached; to install them anyway: npx husky hooks';
  return '';
}

const reason = reasonToSkip();
if (reason && reason !== 'quiet') console.error(`ledgerlint's own git hooks not installed: ${reason}`);
if (!reason) {
  try {
    const { default: husky } = await import('husky');
    const problem = husky('hooks');
    if (problem) console.error(`ledgerlint's own git hooks not installed: ${problem}`);
  } catch (error) {
    console.error(`ledgerlint's own git hooks not installed: ${error.message}`);
  }
}
