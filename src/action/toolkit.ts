/**
 * The part of @actions/core the Action uses. run() takes it as a parameter, so tests drive the
 * Action with a stub (recording inputs, outputs, log lines and annotations) without a bundle;
 * index.ts passes the real @actions/core, which has this shape.
 */

/** Where an annotation points and what it is called (the toolkit's AnnotationProperties, the part we use). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
}

export interface Toolkit {
  getInput(name: string, options?: { required?: boolean; trimWhitespace?: boolean }): string;
  getMultilineInput(name: string, options?: { required?: boolean; trimWhitespace?: boolean }): string[];
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  setSecret(secret: string): void;
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** The job summary: the Markdown is added raw and written once. */
  summary: { addRaw(text: string): { write(): Promise<unknown> } };
}
