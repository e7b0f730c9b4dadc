/**
 * Running real PHP for differential tests: one `php` process per batch of inputs.
 *
 * Every value crosses the process boundary as base64 (keys, strings, JSON texts, PEM
 * keys, messages, signatures), so no shell, locale or line-ending handling can change a
 * byte. Results come back in a small type-tagged notation (`dump` below, mirrored by
 * `phpDump` in TypeScript) that tells int keys from string keys and floats from ints.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PhpArray, PhpFloat, type PhpKey, type PhpValue } from '../src/engine/php/array.ts';
import { tempDir } from './helpers.ts';

const PHP_SCRIPT = String.raw`<?php
// Differential-test driver: argv[1] = mode; one case per stdin line; one result per line.
error_reporting(E_ALL);
ini_set('display_errors', 'stderr');
$mode = $argv[1];
$raw = stream_get_contents(STDIN);
$lines = explode("\n", substr($raw, -1) === "\n" ? substr($raw, 0, -1) : $raw);

function arr_from_line($line) {
    $a = [];
    if ($line === '' || $line === '-') return $a;
    foreach (explode(',', $line) as $pair) {
        [$k, $v] = explode(':', $pair);
        $a[base64_decode($k)] = base64_decode($v); // PHP turns "10" into the int key 10 here
    }
    return $a;
}
function dump_key($k) { return is_int($k) ? 'i' . $k : 's' . base64_encode($k); }
function dump($v) {
    if ($v === null) return 'N';
    if ($v === true) return 'T';
    if ($v === false) return 'F';
    if (is_int($v)) return 'i' . $v;
    if (is_float($v)) return 'd' . bin2hex(pack('E', $v));
    if (is_string($v)) return 's' . base64_encode($v);
    $parts = [];
    foreach ($v as $k => $x) $parts[] = dump_key($k) . ':' . dump($x);
    return '[' . implode(',', $parts) . ']';
}
function keys_line($a) { return implode(',', array_map('dump_key', array_keys($a))); }
function enc($v, $flags) {
    $r = json_encode($v, $flags);
    return $r === false ? '!' . json_last_error() : base64_encode($r);
}
function rsa_new() {
    if (class_exists('\phpseclib\Crypt\RSA')) return 2;
    if (class_exists('\phpseclib3\Crypt\RSA')) return 3;
    throw new Exception('phpseclib not found');
}
// Upstream's parameters: PSS, message hash SHA-1 (default), MGF1 hash SHA-512, salt length 0.
function pss_private($pem) {
    if (rsa_new() === 2) {
        $rsa = new \phpseclib\Crypt\RSA();
        if (!$rsa->loadKey($pem)) throw new Exception('cannot load key');
        $rsa->setSignatureMode(\phpseclib\Crypt\RSA::SIGNATURE_PSS);
        $rsa->setMGFHash('sha512');
        $rsa->setSaltLength(0);
        return $rsa;
    }
    return \phpseclib3\Crypt\PublicKeyLoader::load($pem)->withPadding(\phpseclib3\Crypt\RSA::SIGNATURE_PSS)
        ->withHash('sha1')->withMGFHash('sha512')->withSaltLength(0);
}
// As upstream's Checker::verify: public key taken from the parsed certificate.
function pss_public_from_cert($pem) {
    if (rsa_new() === 2) {
        $x509 = new \phpseclib\File\X509();
        $x509->loadX509($pem);
        $rsa = new \phpseclib\Crypt\RSA();
        $rsa->loadKey($x509->currentCert['tbsCertificate']['subjectPublicKeyInfo']['subjectPublicKey']);
        $rsa->setSignatureMode(\phpseclib\Crypt\RSA::SIGNATURE_PSS);
        $rsa->setMGFHash('sha512');
        $rsa->setSaltLength(0);
        return $rsa;
    }
    $x509 = new \phpseclib3\File\X509();
    $x509->loadX509($pem);
    return $x509->getPublicKey()->withPadding(\phpseclib3\Crypt\RSA::SIGNATURE_PSS)
        ->withHash('sha1')->withMGFHash('sha512')->withSaltLength(0);
}
foreach (['/usr/share/php/phpseclib/autoload.php', '/usr/share/php/phpseclib3/autoload.php'] as $f) {
    if (is_file($f)) require_once $f;
}

$out = [];
switch ($mode) {
    case 'probe':
        $seclib = class_exists('\phpseclib\Crypt\RSA') ? '2' : (class_exists('\phpseclib3\Crypt\RSA') ? '3' : 'none');
        $out[] = PHP_VERSION . ' ' . $seclib;
        break;
    case 'encode': // array → compact json, pretty json, key types
        foreach ($lines as $l) { $a = arr_from_line($l); $out[] = enc($a, 0) . ' ' . enc($a, JSON_PRETTY_PRINT) . ' ' . keys_line($a); }
        break;
    case 'ksort':
        foreach ($lines as $l) { $a = arr_from_line($l); ksort($a); $out[] = keys_line($a); }
        break;
    case 'decode': // JSON bytes → dump, compact re-encode, pretty re-encode
        foreach ($lines as $l) {
            $v = json_decode(base64_decode($l), true);
            $out[] = json_last_error() !== 0 ? '!' . json_last_error() : dump($v) . ' ' . enc($v, 0) . ' ' . enc($v, JSON_PRETTY_PRINT);
        }
        break;
    case 'float': // big-endian double hex → (string) cast, json_encode
        foreach ($lines as $l) { $d = unpack('E', hex2bin($l))[1]; $out[] = base64_encode((string) $d) . ' ' . enc($d, 0); }
        break;
    case 'sign': // first line: private key PEM; then messages
        $rsa = pss_private(base64_decode(array_shift($lines)));
        foreach ($lines as $l) $out[] = base64_encode($rsa->sign(base64_decode($l)));
        break;
    case 'verify': // first line: certificate PEM; then "message signature"
        $rsa = pss_public_from_cert(base64_decode(array_shift($lines)));
        foreach ($lines as $l) {
            [$m, $s] = explode(' ', $l);
            $out[] = @$rsa->verify(base64_decode($m), base64_decode($s)) ? '1' : '0';
        }
        break;
    case 'x509': // first line: trusted PEM (root.crt); then certificates → "validateSignature CN", as Checker::verify
        $ca = base64_decode(array_shift($lines));
        foreach ($lines as $l) {
            $x = new \phpseclib\File\X509();
            $x->loadCA($ca);
            @$x->loadX509(base64_decode($l));
            $valid = @$x->validateSignature() ? '1' : '0';
            $dn = @$x->getDN(\phpseclib\File\X509::DN_OPENSSL);
            $cn = is_array($dn) && isset($dn['CN']) ? (is_array($dn['CN']) ? 'A' : 's' . base64_encode($dn['CN'])) : 'N';
            $out[] = "$valid $cn";
        }
        break;
    default:
        fwrite(STDERR, "unknown mode $mode\n");
        exit(2);
}
echo implode("\n", $out), "\n";
`;

let scriptPath: string | undefined;

function script(): string {
  if (scriptPath === undefined || !existsSync(scriptPath)) {
    scriptPath = join(tempDir('php-diff-'), 'driver.php');
    writeFileSync(scriptPath, PHP_SCRIPT);
  }
  return scriptPath;
}

export interface PhpInfo {
  version: string;
  /** phpseclib major version available to PHP, or null. */
  phpseclib: '2' | '3' | null;
}

let probed: PhpInfo | string | undefined;

/** The PHP found on PATH, or a reason why there is none (for t.skip). */
export function probePhp(): PhpInfo | string {
  if (probed !== undefined) return probed;
  const r = spawnSync('php', [script(), 'probe'], { encoding: 'utf8', input: '' });
  if (r.error) probed = `php not installed: ${(r.error as NodeJS.ErrnoException).code ?? r.error.message}`;
  else if (r.status !== 0) probed = `php not usable: exit ${r.status}: ${r.stderr.trim()}`;
  else {
    const [version = '', seclib = 'none'] = r.stdout.trim().split(' ');
    probed = { version, phpseclib: seclib === '2' || seclib === '3' ? seclib : null };
  }
  return probed;
}

/** Run one batch through PHP: one line per input, one line per output. */
export function runPhp(mode: string, lines: string[]): string[] {
  const r = spawnSync('php', ['-d', 'memory_limit=1G', script(), mode], {
    input: lines.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  if (r.status !== 0 || r.stderr.trim() !== '') {
    throw new Error(`php ${mode} failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`);
  }
  const out = r.stdout.replace(/\n$/, '').split('\n');
  const expected = mode === 'sign' || mode === 'verify' || mode === 'x509' ? lines.length - 1 : lines.length;
  if (out.length !== Math.max(expected, 1)) {
    throw new Error(`php ${mode}: ${lines.length} inputs but ${out.length} outputs`);
  }
  return out;
}

export const b64 = (s: string | Buffer): string => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64');

/** An entry list as one input line for the driver's arr_from_line. */
export function entriesLine(entries: ReadonlyArray<readonly [string, string]>): string {
  return entries.length === 0 ? '-' : entries.map(([k, v]) => `${b64(k)}:${b64(v)}`).join(',');
}

/**
 * A key as PHP holds it. array.ts keeps canonical integers beyond 2^53 as strings (JS
 * numbers cannot hold them); PHP holds them as int keys, so they are written `i…` here too.
 */
export function dumpKey(k: PhpKey): string {
  if (typeof k === 'number') return `i${k}`;
  if (/^(0|-?[1-9][0-9]*)$/.test(k)) {
    const big = BigInt(k);
    if (big <= 9223372036854775807n && big >= -9223372036854775808n) return `i${k}`;
  }
  return `s${b64(k)}`;
}

/** The driver's dump() for a value of ours. */
export function phpDump(v: PhpValue): string {
  if (v === null) return 'N';
  if (v === true) return 'T';
  if (v === false) return 'F';
  if (typeof v === 'number' || typeof v === 'bigint') return `i${v}`;
  if (typeof v === 'string') return `s${b64(v)}`;
  if (v instanceof PhpFloat) {
    const buf = Buffer.alloc(8);
    buf.writeDoubleBE(v.value);
    return `d${buf.toString('hex')}`;
  }
  return `[${[...(v as PhpArray)].map(([k, x]) => `${dumpKey(k)}:${phpDump(x)}`).join(',')}]`;
}

export function keysLine(arr: PhpArray): string {
  return [...arr.keys()].map(dumpKey).join(',');
}
