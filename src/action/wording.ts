/**
 * How the Action names the options the engine's messages mention (engine/errors.ts optionRef):
 * by its inputs, `app-id` or `trust: nextcloud`, where the command line says `--app-id` or
 * `--trust nextcloud`.
 */
import type { OptionWording } from '../engine/errors.ts';

/** Command-line options whose Action input has another name. */
const INPUT_NAMES: Record<string, string> = {
  key: 'private-key',
  cert: 'certificate',
  'passphrase-env': 'private-key-passphrase',
  output: 'report-file',
  format: 'report-format',
  out: 'output-dir',
};

export const ACTION_WORDING: OptionWording = (name, value) => {
  const input = Object.hasOwn(INPUT_NAMES, name) ? (INPUT_NAMES[name] as string) : name;
  return value === undefined ? `the input ${input}` : `${input}: ${value}`;
};
