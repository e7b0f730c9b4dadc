/**
 * Where upstream itself fails while building core/js/mimetypelist.js: `occ
 * maintenance:mimetype:update-js` stops, and the integrity check reports an EXCEPTION for
 * core (the Checker builds the file while hashing the server's files).
 */
export class MimetypeListError extends Error {
  constructor(
    /** The PHP exception class upstream throws (TypeError, UnexpectedValueException). */
    readonly phpClass: string,
    message: string,
  ) {
    super(message);
    this.name = 'MimetypeListError';
  }
}
