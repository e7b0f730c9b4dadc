/**
 * The App Store pre-flight of an app archive, as the store and Nextcloud's installer will
 * check it (nextcloud-spec.md §C): one top folder named like the `<id>` of info.xml, which is
 * also the certificate's CN; info.xml well-formed with the store's required elements and a
 * version; appinfo/signature.json verifies; the App Store signature verifies against the
 * certificate. Every check gives one line; a failed one says what is wrong, and all of them
 * are listed. The evidence (archive peek, verification, signature check) is gathered by the
 * use case (src/app/preflight-run.ts); this only decides and words.
 */
import { displayText } from '../display.ts';
import type { ParsedCertificate } from '../trust/certificate.ts';
import type { ArchivePeek } from './archive-peek.ts';
import { checkInfoXml } from './info-xml.ts';

export interface PreflightCheck {
  /** passed, failed, or skipped (not applicable or nothing to check it with). */
  status: 'passed' | 'failed' | 'skipped';
  text: string;
}

export interface PreflightEvidence {
  peek: ArchivePeek;
  /** The certificate the checks use, and where it came from ("the certificate given", "appinfo/signature.json"). */
  certificate: { cert: ParsedCertificate; source: string } | { problem: string } | null;
  /** What the verify use case said about the archive. */
  verification: { passed: boolean; text: string };
  /** The App Store signature check: null when there was no signature to check. */
  storeSignature: { valid: boolean; source: string } | null;
}

export interface PreflightReport {
  passed: boolean;
  checks: PreflightCheck[];
  /** The failed checks' texts. */
  problems: string[];
  appId: string | null;
  version: string | null;
}

const passed = (text: string): PreflightCheck => ({ status: 'passed', text });
const failed = (text: string): PreflightCheck => ({ status: 'failed', text });
const skipped = (text: string): PreflightCheck => ({ status: 'skipped', text });

/** The archive's shape: gzip, readable, one top folder, no name Archive_Tar refuses. */
function shapeChecks(peek: ArchivePeek): PreflightCheck[] {
  if (!peek.gzip) return [failed('the archive is not gzip-compressed: the App Store takes a .tar.gz')];
  const checks = peek.problems.map(failed);
  const tops = peek.topNames;
  if (tops.length === 1 && tops[0] !== '') checks.push(passed(`one top folder, "${displayText(tops[0] as string)}"`));
  else if (tops.length === 0) checks.push(failed('the archive is empty'));
  else {
    const shown = tops.map((t) => (t === '' ? '(files at the top)' : `"${displayText(t)}"`)).join(', ');
    checks.push(failed(`the archive must hold exactly one top folder (the app id), not ${shown}: the installer refuses it`));
  }
  for (const name of peek.refusedNames.slice(0, 5)) checks.push(failed(displayText(name)));
  return checks;
}

/** info.xml: present, well-formed, required elements; the id names the top folder. */
function infoChecks(peek: ArchivePeek, info: ReturnType<typeof checkInfoXml> | null): PreflightCheck[] {
  const top = peek.topNames.length === 1 ? (peek.topNames[0] as string) : null;
  if (info === null) return [failed(`${top ? `${displayText(top)}/` : ''}appinfo/info.xml is missing`)];
  const checks = info.problems.map((p) => failed(displayText(p)));
  if (info.problems.length === 0) checks.push(passed('appinfo/info.xml is well-formed and has every element the App Store requires'));
  if (info.version !== null && !info.problems.some((p) => p.includes('<version>')))
    checks.push(passed(`version ${displayText(info.version)}`));
  if (info.id !== null && top !== null && top !== '') {
    checks.push(
      top === info.id
        ? passed(`the top folder is the app id "${displayText(info.id)}"`)
        : failed(`the top folder "${displayText(top)}" is not the app id "${displayText(info.id)}" of appinfo/info.xml`),
    );
  }
  return checks;
}

/** The certificate's CN is the app id (the store and the installer refuse anything else). */
function certificateChecks(evidence: PreflightEvidence, appId: string | null): PreflightCheck[] {
  const c = evidence.certificate;
  if (c === null) return [failed('no certificate to check: the archive has no appinfo/signature.json and none was given')];
  if ('problem' in c) return [failed(displayText(c.problem))];
  const cns = c.cert.commonNames;
  const cn = cns.length === 1 ? (cns[0] as string) : null;
  if (appId === null) return [skipped(`the certificate (${c.source}) is for ${cn === null ? 'no single CN' : `"${displayText(cn)}"`}`)];
  if (cn === appId) return [passed(`the certificate's CN is the app id "${displayText(appId)}" (${c.source})`)];
  return [
    failed(
      cn === null
        ? `the certificate (${c.source}) has no single CN: App with id ${displayText(appId)} has a cert with no CN`
        : `the certificate (${c.source}) is issued to "${displayText(cn)}", not the app id: App with id ${displayText(appId)} has a cert issued to ${displayText(cn)}`,
    ),
  ];
}

function signatureChecks(evidence: PreflightEvidence): PreflightCheck[] {
  const checks = [evidence.verification.passed ? passed(evidence.verification.text) : failed(evidence.verification.text)];
  const store = evidence.storeSignature;
  if (store === null) checks.push(skipped('App Store signature: none to check (no .sig beside the archive and none given)'));
  else if (store.valid) checks.push(passed(`the App Store signature (${displayText(store.source)}) verifies against the certificate`));
  else {
    checks.push(
      failed(
        `the App Store signature (${displayText(store.source)}) does not verify against the certificate: the archive changed after signing, or it was signed with another key`,
      ),
    );
  }
  return checks;
}

/** Decide every check from the evidence. */
export function preflightReport(evidence: PreflightEvidence): PreflightReport {
  const { peek } = evidence;
  const info = peek.infoXml === null ? null : checkInfoXml(peek.infoXml);
  const appId = info?.id ?? null;
  const found = [...shapeChecks(peek)];
  if (peek.gzip) found.push(...infoChecks(peek, info), ...certificateChecks(evidence, appId), ...signatureChecks(evidence));
  // Texts quote names from the archive: every one is shown safely (displayText leaves shown text as it is).
  const checks = found.map((c) => ({ ...c, text: displayText(c.text) }));
  const problems = checks.filter((c) => c.status === 'failed').map((c) => c.text);
  return { passed: problems.length === 0, checks, problems, appId, version: info?.version ?? null };
}
