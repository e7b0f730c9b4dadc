/**
 * `package`: the App Store release of a built app in one step, through the command line. The
 * archive holds what the rules select under one folder named like the app id, signed inside;
 * its App Store signature is openssl's; the app folder is never changed; the bytes are the same
 * for the same tree whatever the filesystem, the creation order or the file times; nothing is
 * written when the pre-flight fails.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CA, cleanupTempDirs, runCli, tempDir } from '../helpers.ts';
import { APP_FILES, PACKED_FILES, infoXml, writeApp } from '../package-helpers.ts';

const shmDirs: string[] = [];
after(() => {
  cleanupTempDirs();
  for (const d of shmDirs) rmSync(d, { recursive: true, force: true });
});

const KEY = join(CA, 'tricky.key');
const CERT = join(CA, 'tricky.crt');
const ROOT = join(CA, 'root.crt');

function packageArgs(app: string, out: string, extra: string[] = []): string[] {
  return ['package', app, '--key', KEY, '--cert', CERT, '--trust', ROOT, '--out', out, ...extra];
}

/** Every file under `dir` with its bytes and modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = statSync(p);
      out[`${rel}${name}`] = s.isDirectory() ? `dir ${s.mtimeMs}` : `${readFileSync(p, 'base64')} ${s.mtimeMs} ${s.mode}`;
      if (s.isDirectory()) walk(p, `${rel}${name}/`);
    }
  };
  walk(dir, '');
  return out;
}

function listing(archive: string): string[] {
  return execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).trim().split('\n');
}

describe('package', () => {
  it('packs the selected files under <id>/, signs them inside, and writes the App Store signature openssl makes', async () => {
    const app = writeApp(join(tempDir('pkg-'), 'checkout'));
    const before = snapshot(app);
    const out = tempDir('pkg-out-');
    const temp = tempDir('pkg-temp-');
    const run = await runCli(packageArgs(app, out), { env: { RUNNER_TEMP: temp } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const archive = join(out, 'tricky-1.2.3.tar.gz');
    const names = listing(archive);
    assert.deepEqual(
      names,
      [...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))),
      'entries in byte order',
    );
    assert.equal(names[0], 'tricky/');
    const files = names.filter((n) => !n.endsWith('/'));
    assert.deepEqual(
      files,
      PACKED_FILES.map((f) => `tricky/${f}`),
    );
    const openssl = execFileSync('sh', ['-c', 'openssl dgst -sha512 -sign "$1" "$2" | base64 -w0', 'sh', KEY, archive], {
      encoding: 'utf8',
    });
    assert.equal(readFileSync(`${archive}.sig`, 'utf8'), `${openssl}\n`);
    assert.match(run.stdout, new RegExp(`App Store signature .*\\n${openssl.replace(/[+/]/g, '\\$&')}\\n`));
    assert.match(run.stdout, /Pre-flight passed: ready for the App Store\./);
    assert.deepEqual(snapshot(app), before, 'the app folder is unchanged');
    assert.deepEqual(readdirSync(temp), [], 'the staged copy is removed');
    const verify = await runCli(['verify', archive, '--trust', ROOT]);
    assert.equal(verify.code, 0, verify.stdout);
  });

  it('gives the same bytes for the same tree: two runs, two filesystems, two creation orders, other file times', async (t) => {
    if (!existsSync('/dev/shm')) return t.skip('no /dev/shm');
    const shm = mkdtempSync('/dev/shm/pkg-');
    shmDirs.push(shm);
    const names = Object.keys(APP_FILES);
    const a = writeApp(join(shm, 'a'));
    const reversed = Object.fromEntries(names.reverse().map((n) => [n, APP_FILES[n] as string]));
    const b = writeApp(join(tempDir('pkg-ext4-'), 'b'), reversed);
    utimesSync(join(b, 'lib', 'AppInfo', 'Application.php'), 1_000_000, 1_000_000);
    const outs = [tempDir('o1-'), tempDir('o2-'), tempDir('o3-')];
    for (const [app, out] of [
      [a, outs[0]],
      [a, outs[1]],
      [b, outs[2]],
    ] as const) {
      const run = await runCli(packageArgs(app, out as string), { env: { SOURCE_DATE_EPOCH: '1700000000' } });
      assert.equal(run.code, 0, run.stdout + run.stderr);
    }
    const bytes = outs.map((o) => readFileSync(join(o, 'tricky-1.2.3.tar.gz')));
    assert.ok(bytes[0]?.equals(bytes[1] as Buffer), 'two runs');
    assert.ok(bytes[0]?.equals(bytes[2] as Buffer), 'tmpfs and ext4, two creation orders');
    const times = execFileSync('tar', ['--full-time', '-tvzf', join(outs[0] as string, 'tricky-1.2.3.tar.gz')], { encoding: 'utf8' });
    assert.ok(
      times
        .trim()
        .split('\n')
        .every((l) => l.includes(' 2023-11-14 22:13:20 ')),
      times,
    );
    const other = tempDir('o4-');
    assert.equal((await runCli(packageArgs(a, other), { env: { SOURCE_DATE_EPOCH: '0' } })).code, 0);
    assert.ok(!readFileSync(join(other, 'tricky-1.2.3.tar.gz')).equals(bytes[0] as Buffer), 'SOURCE_DATE_EPOCH is in the bytes');
  });

  it('without a key, packs the signature the app has; without one, the pre-flight fails and nothing is written', async () => {
    const app = writeApp(join(tempDir('pkg-'), 'tricky'));
    const out = tempDir('pkg-out-');
    const unsigned = await runCli(['package', app, '--trust', ROOT, '--out', out]);
    assert.equal(unsigned.code, 1, unsigned.stdout + unsigned.stderr);
    assert.match(unsigned.stdout, /FAILED +no certificate to check/);
    assert.match(unsigned.stdout, /FAILED +appinfo\/signature\.json does not verify: Signature data not found\./);
    assert.match(unsigned.stderr, /nothing was written/);
    assert.deepEqual(readdirSync(out), []);
    assert.equal((await runCli(['sign', app, '--key', KEY, '--cert', CERT])).code, 0);
    const coversMore = await runCli(['package', app, '--trust', ROOT, '--out', out]);
    assert.equal(coversMore.code, 1, 'the signature covers tests/, node_modules/, … which are not packed');
    assert.match(
      coversMore.stdout,
      /FAILED +appinfo\/signature\.json does not match the archive: MISSING_FILE \.github\/workflows\/ci\.yml/,
    );
    assert.match(coversMore.stderr, /sign the package itself: pass --key and --cert/);
    rmSync(join(app, 'tests'), { recursive: true });
    for (const f of ['node_modules', '.github', '.DS_Store', 'css/._style.css', '.gitignore']) rmSync(join(app, f), { recursive: true });
    assert.equal((await runCli(['sign', app, '--key', KEY, '--cert', CERT])).code, 0);
    const signed = await runCli(['package', app, '--trust', ROOT, '--out', out]);
    assert.equal(signed.code, 0, signed.stdout + signed.stderr);
    assert.match(signed.stdout, /packed with the app's own appinfo\/signature\.json/);
    assert.deepEqual(readdirSync(out), ['tricky-1.2.3.tar.gz'], 'no .sig without a key');
  });

  it('lists every info.xml problem and writes nothing; refuses a certificate for another app', async () => {
    const app = writeApp(join(tempDir('pkg-'), 'tricky'), {
      ...APP_FILES,
      'appinfo/info.xml': infoXml('tricky', 'v1').replace(/ *<bugs>.*\n/, ''),
    });
    const out = tempDir('pkg-out-');
    const run = await runCli(packageArgs(app, out));
    assert.equal(run.code, 1);
    assert.match(run.stdout, /FAILED +appinfo\/info\.xml: <bugs> is missing/);
    assert.match(run.stdout, /FAILED +appinfo\/info\.xml: <version> "v1" is not a semantic version/);
    assert.deepEqual(readdirSync(out), []);
    writeFileSync(join(app, 'appinfo', 'info.xml'), infoXml('other', '1.0.0'));
    const wrongCn = await runCli(packageArgs(app, out));
    assert.equal(wrongCn.code, 2);
    assert.match(wrongCn.stderr, /the certificate is for "tricky", but the tree is "other"/);
    assert.deepEqual(readdirSync(out), []);
  });

  it('refuses to write the package inside the app, unless .nextcloudignore excludes that place', async () => {
    const app = writeApp(join(tempDir('pkg-'), 'tricky'));
    const inside = await runCli(packageArgs(app, join(app, 'build')));
    assert.equal(inside.code, 2);
    assert.match(inside.stderr, /the package would be written inside the app it packs \(build\/tricky-1\.2\.3\.tar\.gz\)/);
    assert.match(inside.stderr, /Write it elsewhere with --out, or exclude that folder/);
    writeFileSync(join(app, '.nextcloudignore'), '/build/\n');
    for (let i = 0; i < 2; i++) assert.equal((await runCli(packageArgs(app, join(app, 'build')))).code, 0);
    assert.ok(!listing(join(app, 'build', 'tricky-1.2.3.tar.gz')).some((n) => n.includes('build/')));
  });

  it('--dry-run lists what would be packed and writes nothing', async () => {
    const app = writeApp(join(tempDir('pkg-'), 'tricky'));
    const out = join(tempDir('pkg-out-'), 'new');
    const run = await runCli(['package', app, '--out', out, '--dry-run']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Dry run: would pack 9 files into .*tricky-1\.2\.3\.tar\.gz; nothing written\n/);
    assert.match(run.stdout, /\n {2}bin\/tool\.sh\n/);
    assert.doesNotMatch(run.stdout, /node_modules|tests\/|\.DS_Store|\.github/);
    assert.equal(existsSync(out), false);
    mkdirSync(out);
  });
});
