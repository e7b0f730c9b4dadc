/** What every report format implements (one file each; the registry is in index.ts). */
import type { OptionWording } from '../engine/errors.ts';
import type { Result } from '../engine/result.ts';

export interface MarkdownOptions {
  /** Maximum size in UTF-8 bytes (default 900 KiB, under GitHub's 1 MiB summary limit). */
  maxBytes?: number;
  /** Line appended when findings were cut (e.g. where the full report is). */
  fullReportHint?: string;
  /** Heading level of the title (default 2). */
  headingLevel?: number;
  /** How options the report mentions are named (default: the command line's --name). */
  wording?: OptionWording;
}

export interface RenderOptions {
  /** How options the report mentions are named (default: the command line's --name). */
  wording?: OptionWording;
  /** ANSI colours (the text format, on a terminal without NO_COLOR). */
  color?: boolean;
  markdown?: MarkdownOptions;
}

export interface ReportFormat {
  /** The value of --format and of the Action's report-format. */
  name: string;
  /** One line for the help texts, action.yml and the docs. */
  summary: string;
  render(result: Result, options: RenderOptions): string;
}
