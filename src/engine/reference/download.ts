/**
 * Fetching a reference release given as an `https://` URL: streamed to a private temporary
 * file (never into memory), capped, and removed by the caller afterwards. The only network
 * use of the tool; plain http is refused, and so is a redirect to it.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { get, type RequestOptions } from 'node:https';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { rootCertificates } from 'node:tls';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { UsageError } from '../errors.ts';

export interface DownloadOptions {
  /** Extra trusted CA certificates (PEM) besides the system's, e.g. a test server's. */
  ca?: string | Buffer;
  /** Abort when the server sends nothing for this long (default 60 s). */
  idleTimeoutMs?: number;
}

export interface Downloaded {
  path: string;
  /** Remove the temporary file and its folder. */
  remove(): void;
}

const MAX_REDIRECTS = 5;

/** Whether `text` names a remote release (a URL with a scheme), as opposed to a path. */
export function isUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

function downloadError(url: string, why: string): UsageError {
  return new UsageError(
    `cannot download the reference ${url}: ${why}`,
    'Check the URL (it must name a release archive, e.g. https://download.nextcloud.com/server/releases/nextcloud-31.0.0.tar.bz2), or download it yourself and pass the file.',
    'download',
  );
}

/** GET `url`, following up to five https redirects; resolves with the 200 response. */
function request(url: string, options: DownloadOptions, hops = 0): Promise<IncomingMessage> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.reject(downloadError(url, 'not a valid URL'));
  }
  if (parsed.protocol !== 'https:') return Promise.reject(downloadError(url, 'only https:// URLs are fetched'));
  // Node replaces its default CAs when `ca` is given: the extra one is added to them.
  const requestOptions: RequestOptions = options.ca === undefined ? {} : { ca: [...rootCertificates, options.ca.toString()] };
  return new Promise((resolve, reject) => {
    const req = get(parsed, requestOptions, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location !== undefined) {
        res.resume();
        if (hops >= MAX_REDIRECTS) return reject(downloadError(url, `more than ${MAX_REDIRECTS} redirects`));
        const next = new URL(res.headers.location, parsed).toString();
        return void request(next, options, hops + 1).then(resolve, reject);
      }
      if (status !== 200) {
        res.resume();
        return reject(downloadError(url, `the server answered ${status} ${res.statusMessage ?? ''}`.trim()));
      }
      resolve(res);
    });
    req.setTimeout(options.idleTimeoutMs ?? 60_000, () => req.destroy(new Error('the server stopped sending')));
    req.on('error', (e: NodeJS.ErrnoException) => reject(downloadError(url, e.code ?? e.message)));
  });
}

/** Counts the bytes that pass and stops above `max`. */
function capped(max: number, url: string): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      total += chunk.length;
      if (total > max) return callback(downloadError(url, `it is larger than the ${max}-byte limit (--max-size)`));
      callback(null, chunk);
    },
  });
}

/** Download `url` to a new temporary file, at most `maxBytes`; nothing is left behind on failure. */
export async function downloadRelease(url: string, maxBytes: number, options: DownloadOptions = {}): Promise<Downloaded> {
  const response = await request(url, options);
  const declared = Number(response.headers['content-length'] ?? NaN);
  if (declared > maxBytes) {
    response.destroy();
    throw downloadError(url, `it is ${declared} bytes, over the ${maxBytes}-byte limit (--max-size)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'code-integrity-reference-'));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  const path = join(dir, 'release');
  response.setTimeout(options.idleTimeoutMs ?? 60_000, () => response.destroy(downloadError(url, 'the server stopped sending')));
  try {
    await pipeline(response, capped(maxBytes, url), createWriteStream(path, { mode: 0o600 }));
  } catch (e) {
    remove();
    if (e instanceof UsageError) throw e;
    throw downloadError(url, (e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
  return { path, remove };
}
