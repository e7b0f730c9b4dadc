/** One entry point for every report format, shared by the CLI and the Action. */
import type { Result } from '../engine/result.ts';
import { renderJson } from './json.ts';
import { renderMarkdown, type MarkdownOptions } from './markdown.ts';
import { renderNextcloud } from './nextcloud.ts';
import { renderSarif } from './sarif.ts';
import { renderText } from './text.ts';

export const REPORT_FORMATS = [
  'text',
  'json',
  'sarif',
  'markdown',
  'nextcloud',
  'nextcloud-json',
  'nextcloud-json-pretty',
  'nextcloud-admin',
] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export function renderReport(result: Result, format: ReportFormat, options: { color?: boolean; markdown?: MarkdownOptions } = {}): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'sarif':
      return renderSarif(result);
    case 'markdown':
      return renderMarkdown(result, options.markdown);
    case 'nextcloud':
      return renderNextcloud(result, 'plain');
    case 'nextcloud-json':
      return renderNextcloud(result, 'json');
    case 'nextcloud-json-pretty':
      return renderNextcloud(result, 'json_pretty');
    case 'nextcloud-admin':
      return renderNextcloud(result, 'admin');
    case 'text':
      return renderText(result, { color: options.color === true });
  }
}
