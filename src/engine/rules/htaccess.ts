/**
 * The root `.htaccess` rule (nextcloud-spec.md §A.3 step 3): the installer writes its own
 * lines below a marker, so upstream splits the file on the marker and, when it occurs exactly
 * once (explode() gives two parts), hashes only what comes before it (the marker excluded, the
 * newline before it included). Otherwise the whole file is hashed.
 */
export const HTACCESS_MARKER = '#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####';

const MARKER_BYTES = Buffer.from(HTACCESS_MARKER, 'utf8');

/** The part of a root .htaccess that upstream hashes: before the marker when it occurs exactly once, else all of it. */
export function htaccessHashedPart(content: Buffer): Buffer {
  const first = content.indexOf(MARKER_BYTES);
  if (first < 0 || content.indexOf(MARKER_BYTES, first + MARKER_BYTES.length) >= 0) return content;
  return content.subarray(0, first);
}

export { MARKER_BYTES as HTACCESS_MARKER_BYTES };
