// Runs every test file under test/ with Node's built-in runner (tsx for TypeScript).
// Node 20 does not expand globs itself, so the files are listed here. Extra arguments
// (e.g. --test-name-pattern) are passed through; files given as arguments replace the list.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...find(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** The differential tests need PHP with phpseclib; without them they are skipped, and this says so once. */
function phpNote() {
  const probe =
    "foreach (['/usr/share/php/phpseclib/autoload.php', '/usr/share/php/phpseclib3/autoload.php'] as $f) if (is_file($f)) { echo 'ok'; exit; }";
  const r = spawnSync('php', ['-r', probe], { encoding: 'utf8' });
  if (r.error) return 'php is not installed';
  if (r.stdout.trim() !== 'ok') return 'php has no phpseclib';
  return null;
}

/** The archive tests compare with real extractors; each missing one skips its tests, and this says so once. */
function extractorNote() {
  const missing = [];
  const has = (cmd, cmdArgs) => !spawnSync(cmd, cmdArgs, { stdio: 'ignore' }).error;
  if (!has('7z', ['i'])) missing.push('7z');
  if (!has('unzip', ['-v'])) missing.push('unzip');
  const php = spawnSync(
    'php',
    ['-r', 'require "Archive/Tar.php"; echo class_exists("ZipArchive") && function_exists("bzopen") ? "ok" : "no";'],
    {
      encoding: 'utf8',
    },
  );
  if (php.error || php.stdout.trim() !== 'ok') missing.push("PHP's Archive_Tar / ZipArchive / bz2");
  return missing.length === 0 ? null : missing.join(', ');
}

const args = process.argv.slice(2);
const files = args.filter((a) => a.endsWith('.ts'));
const flags = args.filter((a) => !a.endsWith('.ts'));
const list = files.length > 0 ? files : find('test');
const missing = phpNote();
if (missing) {
  process.stderr.write(
    `note: ${missing}: the differential tests against real PHP are skipped. To run them: apt-get install php-cli php-phpseclib\n`,
  );
}
const noExtractors = extractorNote();
if (noExtractors) {
  process.stderr.write(
    `note: ${noExtractors} missing: the archive tests against real extractors are skipped. To run them: apt-get install tar bzip2 unzip p7zip-full php-cli php-pear php-zip php-bz2\n`,
  );
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...flags, ...list], { stdio: 'inherit' });
process.exit(r.status ?? 1);
