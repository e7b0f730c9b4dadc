/** Cutting text to GitHub's limits (characters or UTF-8 bytes) without splitting a surrogate pair. */
export function clipChars(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - ellipsis.length);
  // never split a surrogate pair
  if (cut > 0 && /[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return text.slice(0, cut) + ellipsis;
}

const encoder = new TextEncoder();
export const utf8Length = (s: string): number => encoder.encode(s).length;

export function clipBytes(text: string, maxBytes: number, ellipsis = '…'): string {
  if (utf8Length(text) <= maxBytes) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (utf8Length(clipChars(text, mid, ellipsis)) <= maxBytes) lo = mid;
    else hi = mid - 1;
  }
  return clipChars(text, lo, ellipsis);
}
