/**
 * Presets: what common hosts add to a Nextcloud folder on purpose, as baseline entries
 * (`presets: [shared-hosting]`). Each entry's reason names its preset. Data, in one place.
 */
import type { BaselineEntry } from './entry.ts';

interface PresetPath {
  path: string;
  why: string;
}

const PRESETS: Readonly<Record<string, { summary: string; paths: PresetPath[] }>> = {
  'shared-hosting': {
    summary: 'what shared hosts add: PHP settings, error logs, statistics, a CGI folder',
    paths: [
      { path: 'php.ini', why: "the host's PHP settings" },
      { path: '**/error_log', why: "PHP's error log, written beside the script that failed" },
      { path: 'logs', why: "the host's access and error logs" },
      { path: 'stats', why: "the host's web statistics" },
      { path: 'cgi-bin', why: "the host's CGI folder" },
    ],
  },
  docker: {
    summary: "what Nextcloud's Docker image adds beside the release (docker-entrypoint.sh)",
    paths: [
      {
        path: 'nextcloud-init-sync.lock',
        why: "the image's lock while it copies the release (Nextcloud skips it by name since 30/31; ownCloud does not)",
      },
      { path: 'custom_apps', why: "the image's folder for apps installed from the store (each app is checked on its own)" },
    ],
  },
  'well-known': {
    summary: 'files below .well-known/ (ACME challenges, security.txt)',
    paths: [{ path: '.well-known', why: 'files a host or certificate client puts below .well-known/' }],
  },
};

export const PRESET_NAMES: readonly string[] = Object.keys(PRESETS);

/** One line per preset, for help texts and errors. */
export function presetHelp(indent: string): string {
  return PRESET_NAMES.map((name) => `${indent}${name}: ${PRESETS[name]!.summary}`).join('\n');
}

/** A preset's entries (EXTRA_FILE, unpinned), or null for a name that is no preset. */
export function presetEntries(name: string): BaselineEntry[] | null {
  const preset = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
  if (!preset) return null;
  return preset.paths.map((p) => ({
    path: p.path,
    category: 'EXTRA_FILE',
    reason: `preset ${name}: ${p.why}`,
    origin: `preset ${name}`,
    kind: 'preset',
  }));
}
