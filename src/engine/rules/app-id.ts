/**
 * App ids as upstream takes them: the `<id>` of appinfo/info.xml, and the ids upstream would
 * never load an app under (an --app-id or an <id> like that is refused, not used as a scope).
 */
import { displayText } from '../display.ts';
import { UsageError } from '../errors.ts';

/** What upstream's OC_App::cleanAppId removes: an id holding any of these is never loaded under that id. */
const CLEANED_FROM_APP_IDS = ['<', '>', '"', "'", '\0', '/', '\\', '..'];

/**
 * Why `id` can never be an app id upstream accepts, or null. Upstream loads apps by an id that
 * OC_App::cleanAppId leaves unchanged (no `<>"'`, NUL, `/`, `\`, `..`), and an app id is a
 * folder name and an XML element's text: no whitespace and no control characters either.
 */
export function appIdProblem(id: string): string | null {
  if (id === '') return 'it is empty';
  const cleaned = CLEANED_FROM_APP_IDS.find((s) => id.includes(s));
  if (cleaned !== undefined) return `it contains ${JSON.stringify(cleaned)}, which upstream removes from app ids`;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(id)) return 'it contains whitespace or a control character';
  return null;
}

/** The usage error for an --app-id (Action: app-id) upstream would never accept. */
export function invalidAppIdError(id: string, problem: string): UsageError {
  return new UsageError(
    `the app id "${displayText(id)}" is not valid: ${problem}`,
    'Pass the id in appinfo/info.xml\'s <id> (letters, digits and "_", like "files_excludedirs").',
    'invalid-app-id',
  );
}

/** `<id>` of appinfo/info.xml text, without an XML dependency (the element is plain text; comments ignored). */
export function appIdFromInfoXml(xml: string): string | null {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, '');
  const info = withoutComments.indexOf('<info');
  const m = /<id>\s*([^<]*?)\s*<\/id>/.exec(info >= 0 ? withoutComments.slice(info) : withoutComments);
  return m?.[1] ? m[1] : null;
}
