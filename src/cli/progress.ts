/**
 * A one-line progress display on stderr (only on a terminal): files and bytes hashed,
 * rate, and an ETA from the number of files the signature lists (none when signing).
 */
import { displayText } from '../engine/display.ts';
import { formatBytes } from '../report/hints.ts';
import type { VerifyProgress } from '../engine/verify.ts';

export interface ProgressLine {
  update(progress: VerifyProgress): void;
  done(): void;
}

export function progressLine(write: (text: string) => void, now: () => number = Date.now): ProgressLine {
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const t = now();
      if (t - last < 100) return;
      last = t;
      const secs = Math.max((t - started) / 1000, 0.001);
      const rate = p.bytes / secs;
      const left = p.expectedFiles > p.files ? ((p.expectedFiles - p.files) * secs) / Math.max(p.files, 1) : 0;
      const eta = p.expectedFiles > 0 ? `, ETA ${left < 1 ? '<1' : Math.round(left)} s` : '';
      const files = p.expectedFiles > 0 ? `${p.files}/${p.expectedFiles}` : `${p.files}`;
      write(`\r\u001b[2K${displayText(p.scope)}: ${files} files, ${formatBytes(p.bytes)}, ${formatBytes(rate)}/s${eta}`);
      shown = true;
    },
    done() {
      if (shown) write('\r\u001b[2K');
      shown = false;
    },
  };
}
