/** What every report format implements (one file each; the registry is in index.ts). */
import type { Result } from '../engine/result.ts';
import type { MarkdownOptions } from './markdown.ts';

export interface RenderOptions {
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
