/**
 * Upstream's integrity checker as a PHP program, for differential tests: the walk, the name
 * and folder filters, generateHashes (root .htaccess marker rule), createSignatureData
 * (ksort, json_encode, phpseclib RSA-PSS SHA-1/MGF1-SHA-512/salt 0, saveX509) and verify
 * (json_decode, ksort, chain and CN checks, signature, the updater rule, array_diff /
 * array_merge / array_unique), written in our own words after nextcloud/server's
 * lib/private/IntegrityCheck/ (nextcloud-spec.md §A), run by real PHP with `strict_types`
 * like upstream's Checker.php.
 *
 * One deliberate difference: upstream walks each folder in the filesystem's raw listing
 * order, which differs between machines; this walk lists each folder sorted with strcmp
 * (depth first, as RecursiveIteratorIterator(SELF_FIRST) does), which is what upstream does
 * on a filesystem that lists sorted, and what our occ-compatible output is defined against.
 * Not modelled: the mimetypelist.js regeneration rule and `integrity.check.disabled`.
 *
 * Every argument crosses as base64 on stdin (one per line), so no byte is reinterpreted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers.ts';

const SCRIPT = String.raw`<?php
declare(strict_types=1);

namespace OC\IntegrityCheck\Exceptions {
    class InvalidSignatureException extends \Exception {}
}

namespace {
error_reporting(E_ALL);
ini_set('display_errors', 'stderr');
foreach (['/usr/share/php/phpseclib/autoload.php', '/usr/share/php/phpseclib3/autoload.php'] as $f) {
    if (is_file($f)) require_once $f;
}
use OC\IntegrityCheck\Exceptions\InvalidSignatureException;

/** RecursiveDirectoryIterator(SKIP_DOTS) with each folder listed in strcmp order. */
class SortedDirectoryIterator implements \RecursiveIterator {
    private array $names;
    private int $i = 0;
    public function __construct(private string $dir) {
        $names = array_values(array_diff(scandir($dir, SCANDIR_SORT_NONE), ['.', '..']));
        usort($names, 'strcmp');
        $this->names = $names;
    }
    public function current(): \SplFileInfo { return new \SplFileInfo($this->key()); }
    public function key(): string { return $this->dir . '/' . $this->names[$this->i]; }
    public function next(): void { $this->i++; }
    public function rewind(): void { $this->i = 0; }
    public function valid(): bool { return $this->i < count($this->names); }
    // Without FOLLOW_SYMLINKS a link to a folder has no children.
    public function hasChildren(): bool { $p = $this->key(); return is_dir($p) && !is_link($p); }
    public function getChildren(): \RecursiveIterator { return new SortedDirectoryIterator($this->key()); }
}

/** ExcludeFileByNameFilterIterator: folders pass; files by exact name or name pattern (preg_match). */
class NameFilter extends \RecursiveFilterIterator {
    public static array $names = ['.DS_Store', '.directory', '.rnd', '.webapp', 'Thumbs.db', 'nextcloud-init-sync.lock'];
    public static array $patterns = ['/^\.webapp-nextcloud-(\d+\.){2}(\d+)(-r\d+)?$/'];
    public function accept(): bool {
        $current = $this->current();
        if ($current->isDir()) return true;
        $name = $current->getFilename();
        if (in_array($name, self::$names, true)) return false;
        foreach (self::$patterns as $pattern) if (preg_match($pattern, $name) > 0) return false;
        return true;
    }
}

/** ExcludeFoldersByPathFilterIterator: prunes exact pathnames below the server root. */
class FolderFilter extends \RecursiveFilterIterator {
    private array $excluded;
    public function __construct(\RecursiveIterator $it, string $root = '') {
        parent::__construct($it);
        $this->excluded = [];
        foreach (['data', 'themes', 'config', 'apps', 'assets', 'lost+found', 'updater', '_oc_upgrade'] as $d) {
            $this->excluded[] = rtrim($root . '/' . $d, '/');
        }
    }
    // Children get the default root '' (as upstream's): only the top level can match.
    public function accept(): bool { return !in_array($this->current()->getPathname(), $this->excluded, true); }
}

function folderIterator(string $folder, string $root): \RecursiveIteratorIterator {
    $root = rtrim($root, '/');
    return new \RecursiveIteratorIterator(new FolderFilter(new NameFilter(new SortedDirectoryIterator($folder)), $root), \RecursiveIteratorIterator::SELF_FIRST);
}

function generateHashes(\RecursiveIteratorIterator $iterator, string $path, string $serverRoot): array {
    $hashes = [];
    $baseLength = strlen($path);
    foreach ($iterator as $filename => $data) {
        if ($data->isDir()) continue;
        $rel = ltrim(substr($filename, $baseLength), '/');
        if ($rel === 'appinfo/signature.json' || $rel === 'core/signature.json') continue;
        if ($filename === $serverRoot . '/.htaccess') {
            $parts = explode('#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####', file_get_contents($filename));
            if (count($parts) === 2) { $hashes[$rel] = hash('sha512', $parts[0]); continue; }
        }
        $hashes[$rel] = hash_file('sha512', $filename);
    }
    return $hashes;
}

function signatureData(array $hashes, string $certPem, string $keyPem): array {
    ksort($hashes);
    $rsa = new \phpseclib\Crypt\RSA();
    $rsa->loadKey($keyPem);
    $rsa->setSignatureMode(\phpseclib\Crypt\RSA::SIGNATURE_PSS);
    $rsa->setMGFHash('sha512');
    $rsa->setSaltLength(0);
    $x509 = new \phpseclib\File\X509();
    $x509->loadX509($certPem);
    return ['hashes' => $hashes, 'signature' => base64_encode($rsa->sign(json_encode($hashes))), 'certificate' => $x509->saveX509($x509->currentCert)];
}

function verifyTree(string $signaturePath, string $basePath, string $cn, string $rootCrt, string $serverRoot): array {
    $content = @file_get_contents($signaturePath);
    $data = is_string($content) ? json_decode($content, true) : null;
    if (!is_array($data)) throw new InvalidSignatureException('Signature data not found.');
    $expected = $data['hashes'];
    ksort($expected);
    $signature = base64_decode($data['signature']);
    $x509 = new \phpseclib\File\X509();
    preg_match_all('([\-]{3,}[\S\ ]+?[\-]{3,}[\S\s]+?[\-]{3,}[\S\ ]+?[\-]{3,})', $rootCrt, $m);
    foreach ($m[0] as $c) $x509->loadCA($c);
    $x509->loadX509($data['certificate']);
    if (!$x509->validateSignature()) throw new InvalidSignatureException('Certificate is not valid.');
    $dn = $x509->getDN(\phpseclib\File\X509::DN_OPENSSL);
    if ($dn['CN'] !== $cn && $dn['CN'] !== 'core') {
        throw new InvalidSignatureException(sprintf('Certificate is not valid for required scope. (Requested: %s, current: CN=%s)', $cn, $x509->getDN(true)['CN']));
    }
    $rsa = new \phpseclib\Crypt\RSA();
    $rsa->loadKey($x509->currentCert['tbsCertificate']['subjectPublicKeyInfo']['subjectPublicKey']);
    $rsa->setSignatureMode(\phpseclib\Crypt\RSA::SIGNATURE_PSS);
    $rsa->setMGFHash('sha512');
    $rsa->setSaltLength(0);
    if (!$rsa->verify(json_encode($expected), $signature)) throw new InvalidSignatureException('Signature could not get verified.');
    if ($basePath === $serverRoot) {
        foreach ($expected as $fileName => $hash) {
            if (str_starts_with($fileName, 'updater/')) unset($expected[$fileName]);
        }
    }
    $current = generateHashes(folderIterator($basePath, $serverRoot), $basePath, $serverRoot);
    $differences = array_unique(array_merge(array_diff($expected, $current), array_diff($current, $expected)));
    $out = [];
    foreach ($differences as $filename => $hash) {
        if (!array_key_exists($filename, $expected)) { $out['EXTRA_FILE'][$filename] = ['expected' => '', 'current' => $hash]; continue; }
        if (!array_key_exists($filename, $current)) { $out['FILE_MISSING'][$filename] = ['expected' => $expected[$filename], 'current' => '']; continue; }
        if ($expected[$filename] !== $current[$filename]) { $out['INVALID_HASH'][$filename] = ['expected' => $expected[$filename], 'current' => $current[$filename]]; continue; }
        throw new \Exception('Invalid behaviour in file hash comparison experienced. Please report this error to the developers.');
    }
    return $out;
}

$args = array_map('base64_decode', explode("\n", rtrim(stream_get_contents(STDIN), "\n")));
$mode = array_shift($args);
switch ($mode) {
    case 'sign': // path, kind (app|core), key PEM, cert PEM → signature.json bytes
        [$path, $kind, $key, $cert] = $args;
        $root = $kind === 'core' ? $path : '/nonexistent-server-root';
        $data = signatureData(generateHashes(folderIterator($path, $root), $path, $root), $cert, $key);
        echo base64_encode(json_encode($data, JSON_PRETTY_PRINT));
        break;
    case 'verify': // path, kind, expected CN, root.crt PEM → compact JSON of the result (EXCEPTION for exceptions and TypeErrors)
        [$path, $kind, $cn, $rootCrt] = $args;
        $root = $kind === 'core' ? $path : '/nonexistent-server-root';
        $sig = $path . ($kind === 'core' ? '/core/signature.json' : '/appinfo/signature.json');
        try {
            $result = verifyTree($sig, $path, $cn, $rootCrt, $root);
        } catch (\Exception | \TypeError $e) {
            $result = ['EXCEPTION' => ['class' => get_class($e), 'message' => $e->getMessage()]];
        }
        echo base64_encode(json_encode($result));
        break;
    default:
        fwrite(STDERR, "unknown mode $mode\n");
        exit(2);
}
}
`;

let scriptPath: string | undefined;

function script(): string {
  if (scriptPath === undefined || !existsSync(scriptPath)) {
    scriptPath = join(tempDir('php-upstream-'), 'checker.php');
    writeFileSync(scriptPath, SCRIPT);
  }
  return scriptPath;
}

function run(args: string[]): Buffer {
  const input = args.map((a) => Buffer.from(a, 'utf8').toString('base64')).join('\n') + '\n';
  const r = spawnSync('php', ['-d', 'memory_limit=1G', script()], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0 || r.stderr.trim() !== '') throw new Error(`php checker failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`);
  return Buffer.from(r.stdout, 'base64');
}

/** signature.json as upstream's sign-app / sign-core writes it for `path` (walked in strcmp order). */
export function upstreamSign(path: string, kind: 'app' | 'core', keyPem: string, certPem: string): Buffer {
  return run(['sign', path, kind, keyPem, certPem]);
}

/** What upstream's verifyAppSignature / verifyCoreSignature returns for `path`, as compact PHP JSON. */
export function upstreamVerify(path: string, kind: 'app' | 'core', expectedCN: string, rootPem: string): string {
  return run(['verify', path, kind, expectedCN, rootPem]).toString('utf8');
}
