import { z } from 'zod';

/** Version of the stored content JSON; bump with a migration in src/main/db. */
export const CONTENT_VERSION = 1 as const;

export const ORGAN_MAX = 100;
export const YEAR_MIN = 2019;
export const YEAR_MAX = 2100;

export const organSchema = z
  .string({ error: '机关名称必须是文字' })
  .trim()
  .min(1, { error: '机关名称不能为空，请填写本机关的全称' })
  .max(ORGAN_MAX, { error: `机关名称不能超过${ORGAN_MAX}个字` });

export const yearSchema = z
  .number({ error: '年度必须是数字' })
  .int({ error: '年度必须是整数，例如 2025' })
  .min(YEAR_MIN, { error: `年度不能早于${YEAR_MIN}年（条例修订后的年报格式自${YEAR_MIN}年起）` })
  .max(YEAR_MAX, { error: `年度不能晚于${YEAR_MAX}年` });

export const formatVersionSchema = z.enum(['2021', '2019']);

export const blockSchema = z.object({
  heading: z.string().nullable(),
  paragraphs: z.array(z.string()),
});
export type Block = z.infer<typeof blockSchema>;

/** A cell: integer count, decimal string (money), or null for blank. */
export const cellValueSchema = z.union([
  z.number().int().min(-1e12).max(1e12),
  z.string().max(64),
  z.null(),
]);
export type CellValue = z.infer<typeof cellValueSchema>;

export const organKindSchema = z.enum(['department', 'county_government']);
export type OrganKind = z.infer<typeof organKindSchema>;

export const acknowledgementSchema = z.object({
  /** Issue id from the checks (rule id plus location). */
  issueId: z.string(),
  /** Fingerprint of the values the warning covered; a change lapses the acknowledgement. */
  fingerprint: z.string(),
  note: z.string().max(2000),
  at: z.string(),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export const reportContentSchema = z.object({
  contentVersion: z.literal(CONTENT_VERSION),
  format: formatVersionSchema,
  organ: organSchema,
  year: yearSchema,
  title: z.string().max(300),
  /** True once the clerk edited the title by hand; otherwise it follows organ and year. */
  titleEdited: z.boolean(),
  preamble: z.array(z.string()),
  s1: z.array(blockSchema),
  s5: z.array(blockSchema),
  s6: z.array(blockSchema),
  /** Table values by FORMAT.md key (`t3.new.natural`); every key of the format is present. */
  cells: z.record(z.string(), cellValueSchema),
  closing: z.object({ organ: z.string(), date: z.string().nullable() }).nullable(),
  options: z.object({
    /** computed: totals are read-only sums; typed: the clerk types them and the checks compare. */
    totals: z.enum(['computed', 'typed']),
    /** Local template asks for exactly this many decimals in the fee (FEE-UNIT hint), or null. */
    feeDecimals: z.union([z.literal(4), z.null()]),
    organKind: organKindSchema,
  }),
  acknowledgements: z.array(acknowledgementSchema),
});
export type ReportContent = z.infer<typeof reportContentSchema>;

export const reportStatusSchema = z.enum(['draft', 'final']);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

export const REPORT_STATUS_LABEL: Record<ReportStatus, string> = { draft: '草稿', final: '已定稿' };

export function reportTitle(organ: string, year: number): string {
  return `${organ.trim()}${year}年政府信息公开工作年度报告`;
}
