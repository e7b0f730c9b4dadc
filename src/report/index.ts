/**
 * The report formats, one file each, in one registry shared by the CLI and the Action: the
 * --format / report-format values, their help lines and action.yml's list come from here.
 * A new format is a file exporting a ReportFormat plus one line below.
 */
import type { Result } from '../engine/result.ts';
import type { RenderOptions, ReportFormat } from './format.ts';
import { jsonFormat } from './json.ts';
import { markdownFormat } from './markdown.ts';
import { nextcloudAdminFormat, nextcloudFormat, nextcloudJsonFormat, nextcloudJsonPrettyFormat } from './nextcloud.ts';
import { sarifFormat } from './sarif.ts';
import { textFormat } from './text.ts';

const FORMATS: readonly ReportFormat[] = [
  textFormat,
  jsonFormat,
  sarifFormat,
  markdownFormat,
  nextcloudFormat,
  nextcloudJsonFormat,
  nextcloudJsonPrettyFormat,
  nextcloudAdminFormat,
];

export type { RenderOptions, ReportFormat } from './format.ts';

/** The format names, in the registry's order. */
export const REPORT_FORMATS: readonly string[] = FORMATS.map((f) => f.name);

export function isReportFormat(value: string): boolean {
  return FORMATS.some((f) => f.name === value);
}

/** `name: summary` lines for help texts, indented by `indent`. */
export function reportFormatHelp(indent: string): string {
  const width = Math.max(...FORMATS.map((f) => f.name.length));
  return FORMATS.map((f) => `${indent}${f.name.padEnd(width)}  ${f.summary}`).join('\n');
}

/** The report in `format` (options.wording names the options it mentions for the front end). */
export function renderReport(result: Result, format: string, options: RenderOptions = {}): string {
  const found = FORMATS.find((f) => f.name === format);
  if (found === undefined) throw new Error(`unknown report format ${format}`);
  return found.render(result, options);
}
