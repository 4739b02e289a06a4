import { z } from 'zod';
import { defineCall } from './define';
import { reportIdSchema, reportRecordSchema } from './reports';

/** Largest file the importer reads (a published report is well under 5 MB). */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
/** Base64 of MAX_IMPORT_FILE_BYTES: 4 characters per 3 bytes. */
const MAX_IMPORT_BASE64_CHARS = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;
/** Pasted text: a report is some tens of thousands of characters. */
export const MAX_PASTED_CHARS = 2_000_000;

export const FILE_TOO_LARGE_MESSAGE =
  '所选文件超过 20 MB，不像一份年度报告，未读取。请确认所选文件，或只复制报告正文粘贴进来。';

const importFileInput = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, { error: '缺少文件名，请重新选择文件' })
    .max(255, { error: '文件名过长（超过 255 个字符），请改短文件名后重试' }),
  dataBase64: z
    .string()
    .min(1, { error: '文件是空的，请选择已发布的年度报告文件' })
    .max(MAX_IMPORT_BASE64_CHARS, { error: FILE_TOO_LARGE_MESSAGE }),
});

const importTextInput = z.object({
  text: z
    .string()
    .trim()
    .min(1, { error: '粘贴的内容是空的，请复制年度报告的全文后再粘贴' })
    .max(MAX_PASTED_CHARS, { error: '粘贴的内容过长（超过 200 万字），请只粘贴一份年度报告' }),
});

export const importParseResultSchema = z.object({
  /** Interchange JSON (FORMAT.md §9) of what was read, with `review` (uncertain cells, notes). */
  interchange: z.record(z.string(), z.unknown()),
  /** The cleaned text the report was read from, to show beside the result. */
  sourceText: z.string(),
  /** Per cell key: 1 = established, lower = a guess the clerk must confirm. */
  confidence: z.record(z.string(), z.number()),
  /** Problems of the document as published (missing section, table not adding up …), Chinese. */
  problems: z.array(z.string()),
  /** An active report of the same 机关 and 年度 already in the app (accepting must then replace it). */
  existingId: reportIdSchema.nullable(),
});
export type ImportParseResult = z.infer<typeof importParseResultSchema>;

export const importCalls = {
  /** Reads a published report (file bytes or pasted text); nothing is saved. */
  'import:parse': defineCall(
    'import:parse',
    z.union([importFileInput, importTextInput], {
      error: '请选择一个文件，或粘贴年度报告的全文',
    }),
    importParseResultSchema,
  ),
  /**
   * Saves the reviewed interchange JSON as a report (totals kept as published). A report of the
   * same 机关 and 年度 is only replaced when `replaceExistingId` names it; it goes to the trash.
   */
  'import:accept': defineCall(
    'import:accept',
    z.object({ interchange: z.unknown(), replaceExistingId: reportIdSchema.optional() }),
    reportRecordSchema,
  ),
} as const;
