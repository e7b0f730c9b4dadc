/**
 * Hashing one scope's files for verification (step 7 of verify.ts), beside the signature
 * steps: which files, from which source, with progress, and the upstream rules that hash
 * a file in their own way (rules/mimetypelist.ts).
 */
import { Collector } from './hashing/collector.ts';
import type { HashOptions } from './hashing/pool.ts';
import type { HashTable } from './hashing/hash-table.ts';
import { coreConfigExclusions } from './installation.ts';
import type { MimetypeListOutcome } from './rules/mimetypelist.ts';
import type { Target } from './target.ts';
import { directorySource, type TreeSource } from './tree-source.ts';

export interface ScopeHashingRequest {
  target: Target;
  /** Default: the folder on disk. */
  source?: TreeSource;
  hash?: HashOptions;
  /** Extra relative paths to prune from the walk (data dir, app roots). */
  extraExcluded?: string[];
  /** Progress while hashing; `expectedFiles` is the number of hashes in signature.json. */
  onProgress?: (progress: VerifyProgress) => void;
}

export interface VerifyProgress {
  scope: string;
  files: number;
  bytes: number;
  expectedFiles: number;
}

/**
 * Step 7, the files' hashes. Hashing starts at once and runs beside the signature steps (a
 * folder's walk; an archive was hashed while it was read); its outcome matters only once they
 * have passed, and when one fails first it is stopped, as upstream would not have hashed.
 * A small tree, hashed on this thread (no worker started), is hashed after the signature
 * steps instead: on one thread nothing would overlap.
 */
export class ScopeHashing {
  readonly collector = new Collector();
  readonly linkedFolders: string[] = [];
  /** How core/js/mimetypelist.js was hashed (Nextcloud core), and its own hash. */
  mimetypelist: { outcome: MimetypeListOutcome; fileHash: string } | undefined;
  private expectedFiles = 0;
  private readonly abort = new AbortController();
  private running: Promise<void> | null = null;

  constructor(private readonly request: ScopeHashingRequest) {
    if (!this.source.hashedAlready && request.hash?.pool?.hashesOnCallingThread !== true) this.running = this.start();
  }

  private get source(): TreeSource {
    return this.request.source ?? directorySource;
  }

  private start(): Promise<void> {
    const { target, onProgress } = this.request;
    const extraExcluded =
      this.request.extraExcluded ??
      (target.profile.kind === 'core' && this.source === directorySource ? coreConfigExclusions(target.root) : []);
    const hash: HashOptions = {
      ...this.request.hash,
      signal: this.abort.signal,
      ...(onProgress ? { onProgress: (p) => onProgress({ scope: target.scope, ...p, expectedFiles: this.expectedFiles }) } : {}),
    };
    const { walked, sink } = this.collector;
    const run = this.source.hashFiles(target, {
      extraExcluded,
      hash,
      walked,
      sink,
      onLinkedFolder: (rel) => this.linkedFolders.push(rel),
      onMimetypelist: (outcome, fileHash) => (this.mimetypelist = { outcome, fileHash }),
    });
    run.catch(() => undefined); // awaited in finish(); an early failure must not go unhandled meanwhile
    return run;
  }

  /** The expected hashes are known: match every file against them. */
  async finish(expected: HashTable): Promise<Collector> {
    this.expectedFiles = expected.size;
    this.collector.start(expected);
    const run = this.running ?? this.start();
    this.running = null;
    await run;
    return this.collector;
  }

  /** A signature step failed first: stop hashing and wait until it has stopped. */
  async stop(): Promise<void> {
    if (this.running === null) return;
    this.abort.abort();
    await this.running.catch(() => undefined);
  }
}
