/** A stand-in for @actions/core (toolkit.ts) that records everything the Action does. */
import type { AnnotationProperties, Toolkit } from '../../src/action/toolkit.ts';

export interface Recorded {
  outputs: Record<string, string>;
  failed: string[];
  info: string[];
  annotations: Array<{ level: string; message: string; properties: AnnotationProperties | undefined }>;
  secrets: string[];
  summary: string;
}

/** A stand-in for @actions/core with the given inputs; records everything the Action does. */
export function stubCore(inputs: Record<string, string>): { core: Toolkit; recorded: Recorded } {
  const recorded: Recorded = { outputs: {}, failed: [], info: [], annotations: [], secrets: [], summary: '' };
  const input = (name: string, options?: { trimWhitespace?: boolean }): string => {
    const value = inputs[name] ?? '';
    return options?.trimWhitespace === false ? value : value.trim();
  };
  const annotate = (level: string) => (message: string, properties?: AnnotationProperties) =>
    recorded.annotations.push({ level, message, properties });
  const core: Toolkit = {
    getInput: input,
    getMultilineInput: (name) =>
      input(name)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    setOutput: (name, value) => void (recorded.outputs[name] = value),
    setFailed: (message) => void recorded.failed.push(message),
    setSecret: (secret) => void recorded.secrets.push(secret),
    debug: () => undefined,
    info: (message) => void recorded.info.push(message),
    notice: annotate('notice'),
    warning: annotate('warning'),
    error: annotate('error'),
    summary: {
      addRaw(text) {
        recorded.summary += text;
        return { write: async () => undefined };
      },
    },
  };
  return { core, recorded };
}
