import { describeZodIssues, reportContentSchema } from '../../../shared/model';
import type { ReportContent } from '../../../shared/model';

/** Content read back from a row: valid, or the reasons it is not (the row is reported, not crashed on). */
export type ContentRead = { ok: true; content: ReportContent } | { ok: false; problems: string[] };

export function readContent(json: string): ContentRead {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`内容不是有效的 JSON：${String(error)}`] };
  }
  const parsed = reportContentSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: describeZodIssues(parsed.error) };
  return { ok: true, content: parsed.data };
}

export function writeContent(content: ReportContent): string {
  return JSON.stringify(content);
}
