import { z } from 'zod';
import { cellValueSchema, formatVersionSchema } from '../model';
import { defineCall } from './define';
import { reportIdSchema } from './reports';
import { t2HintSchema } from './template';

/** A 2021 report has a few hundred cells; the lists below can never honestly be longer. */
export const MAX_NOTE_ENTRIES = 5000;
/** Cell keys are like `t3.new.natural`; the same bound as the editing position's cell. */
export const MAX_CELL_KEY_CHARS = 80;
/** Year suggestion ids are `<place>@<offset>`; the same bound as template:applySuggestions. */
export const MAX_SUGGESTION_ID_CHARS = 200;

const text = (what: string, max: number) =>
  z.string({ error: `${what}必须是文字` }).max(max, { error: `${what}不能超过${max}个字` });

const cellKeySchema = text('单元格编号', MAX_CELL_KEY_CHARS).min(1, {
  error: '单元格编号不能为空',
});

/** The same shape as template:create's `conversion`, bounded (it also arrives as input here). */
const boundedConversionSchema = z.object({
  from: formatVersionSchema,
  to: formatVersionSchema,
  unmapped: z
    .array(
      z.object({
        key: cellKeySchema,
        label: text('栏目名称', 500),
        rowLabel: text('行名称', 500),
        colLabel: text('列名称', 500),
        previous: cellValueSchema,
        note: text('说明', 2000),
      }),
    )
    .max(MAX_NOTE_ENTRIES, { error: `格式转换说明最多${MAX_NOTE_ENTRIES}条` }),
  notes: z.array(text('说明', 2000)).max(100, { error: '格式转换说明最多100条' }),
});

/**
 * Advice kept beside a report (not part of its content): the importer's cells still to check,
 * what template:create said once (2019→2021 conversion, 表二 hints) and the year suggestions the
 * clerk ignored. Stored in `report_notes`, so closing the window loses none of it.
 */
export const reportNotesSchema = z.object({
  /** Imported cells the clerk has not yet changed or confirmed (FORMAT.md keys). */
  uncertain: z
    .array(cellKeySchema)
    .max(MAX_NOTE_ENTRIES, { error: `待核对的单元格最多${MAX_NOTE_ENTRIES}个` }),
  /** The 2019→2021 conversion list until the clerk closes it (知道了). */
  conversion: boundedConversionSchema.nullable(),
  /** 表二 上年现行有效件数 from the template report. */
  t2Hints: z.array(t2HintSchema).max(10, { error: '表二提示最多10条' }),
  /** Ids of the 年份更新建议 the clerk chose to 忽略. */
  yearIgnored: z
    .array(text('年份建议编号', MAX_SUGGESTION_ID_CHARS))
    .max(MAX_NOTE_ENTRIES, { error: `忽略的年份建议最多${MAX_NOTE_ENTRIES}条` }),
});
export type ReportNotes = z.infer<typeof reportNotesSchema>;
export type ReportNotesPatch = Partial<ReportNotes>;

export const EMPTY_REPORT_NOTES: ReportNotes = {
  uncertain: [],
  conversion: null,
  t2Hints: [],
  yearIgnored: [],
};

export const notesCalls = {
  /** The review notes of a report (empty notes when it has none). */
  'notes:get': defineCall('notes:get', z.object({ id: reportIdSchema }), reportNotesSchema),
  /** Replaces the named fields of a report's notes, keeps the others; returns the whole notes. */
  'notes:update': defineCall(
    'notes:update',
    reportNotesSchema.partial().extend({ id: reportIdSchema }),
    reportNotesSchema,
  ),
} as const;
