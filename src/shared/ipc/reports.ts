import { z } from 'zod';
import {
  formatVersionSchema,
  organKindSchema,
  organSchema,
  reportContentSchema,
  reportStatusSchema,
  yearSchema,
} from '../model';
import { defineCall } from './define';

export const reportIdSchema = z.number({ error: '报告编号必须是数字' }).int().positive();

export const positionSchema = z.object({
  step: z.string().max(40),
  cell: z.string().max(80).nullable(),
});
export type Position = z.infer<typeof positionSchema>;

export const reportSummarySchema = z.object({
  id: reportIdSchema,
  organ: z.string(),
  year: z.number().int(),
  format: formatVersionSchema,
  status: reportStatusSchema,
  revision: z.number().int(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** Rows per page on the home screen; also the page a list call returns when it names no limit. */
export const REPORT_PAGE_SIZE = 50;
/** The largest page one call may ask for: a list of any length never crosses the boundary whole. */
export const REPORT_PAGE_MAX = 1000;

/** One page of the report list (or the trash), newest first, optionally filtered by 机关名称 or 年度. */
export const reportPageInputSchema = z.object({
  search: z.string().trim().max(100, { error: '搜索内容不能超过100个字' }).optional(),
  offset: z.number({ error: '页码位置必须是数字' }).int().min(0).optional(),
  limit: z
    .number({ error: '每页条数必须是数字' })
    .int()
    .min(1, { error: '每页至少1条' })
    .max(REPORT_PAGE_MAX, { error: `每页最多${REPORT_PAGE_MAX}条` })
    .optional(),
});
export type ReportPageInput = z.infer<typeof reportPageInputSchema>;

export const reportPageSchema = z.object({
  /** How many reports match, over all pages. */
  total: z.number().int().min(0),
  rows: z.array(reportSummarySchema),
});
export type ReportPage = z.infer<typeof reportPageSchema>;

export const reportRecordSchema = reportSummarySchema.extend({
  createdAt: z.string(),
  content: reportContentSchema,
  position: positionSchema.nullable(),
});
export type ReportRecord = z.infer<typeof reportRecordSchema>;

export const revisionSummarySchema = z.object({
  id: z.number().int(),
  reportId: reportIdSchema,
  revision: z.number().int(),
  reason: z.string(),
  createdAt: z.string(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

const idInput = z.object({ id: reportIdSchema });

export const reportCalls = {
  'reports:list': defineCall('reports:list', reportPageInputSchema, reportPageSchema),
  'reports:trash': defineCall('reports:trash', reportPageInputSchema, reportPageSchema),
  'reports:organs': defineCall('reports:organs', z.object({}), z.array(z.string())),
  'reports:create': defineCall(
    'reports:create',
    z.object({ organ: organSchema, year: yearSchema, organKind: organKindSchema.optional() }),
    reportRecordSchema,
  ),
  'reports:open': defineCall('reports:open', idInput, reportRecordSchema),
  /** Saves the whole content; `baseRevision` is the revision the editor started from (stale writers are refused). */
  'reports:save': defineCall(
    'reports:save',
    z.object({
      id: reportIdSchema,
      baseRevision: z.number().int().min(0),
      content: reportContentSchema,
    }),
    z.object({ revision: z.number().int(), updatedAt: z.string() }),
  ),
  'reports:position': defineCall(
    'reports:position',
    z.object({ id: reportIdSchema, position: positionSchema }),
    z.object({}),
  ),
  'reports:delete': defineCall('reports:delete', idInput, z.object({})),
  'reports:restore': defineCall('reports:restore', idInput, z.object({})),
  'reports:finalize': defineCall(
    'reports:finalize',
    z.object({ id: reportIdSchema, baseRevision: z.number().int().min(0) }),
    reportRecordSchema,
  ),
  'reports:unfinalize': defineCall(
    'reports:unfinalize',
    z.object({
      id: reportIdSchema,
      reason: z.string().trim().min(1, { error: '请填写撤销定稿的原因' }).max(500),
    }),
    reportRecordSchema,
  ),
  'reports:revisions': defineCall('reports:revisions', idInput, z.array(revisionSummarySchema)),
  /** Last year's report of the same body, when there is one (for CARRY, T2-CHAIN, REUSE, 对比). */
  'reports:previous': defineCall('reports:previous', idInput, reportContentSchema.nullable()),
} as const;
