import { z } from 'zod';
import { defineCall } from './define';
import { reportIdSchema } from './reports';

/** A data package of ten thousand reports stays well under this. */
export const MAX_PACKAGE_CHARS = 50 * 1024 * 1024;

const packageJsonInput = z
  .string()
  .min(1, { error: '数据包是空的，请选择由本软件导出的 .json 文件' })
  .max(MAX_PACKAGE_CHARS, { error: '数据包超过 50 MB，未读取。请确认所选文件。' });

export const packagePlanEntrySchema = z.object({
  /** Position in the package (what `replace` refers to). */
  index: z.number().int().min(0),
  organ: z.string().nullable(),
  year: z.number().int().nullable(),
  /** add: new; exists: a report of this 机关 and 年度 is in the app; invalid: cannot be imported. */
  action: z.enum(['add', 'exists', 'invalid']),
  existingId: reportIdSchema.optional(),
  problems: z.array(z.string()),
});
export type PackagePlanEntry = z.infer<typeof packagePlanEntrySchema>;

export const dataCalls = {
  /** Reports as one interchange JSON package (all active reports when `ids` is omitted). */
  'data:exportPackage': defineCall(
    'data:exportPackage',
    z.object({ ids: z.array(reportIdSchema).max(10_000).optional() }),
    z.object({ json: z.string(), fileName: z.string(), count: z.number().int() }),
  ),
  /** What importing a package would do, report by report; nothing is saved. */
  'data:planImport': defineCall(
    'data:planImport',
    z.object({ json: packageJsonInput }),
    z.object({ entries: z.array(packagePlanEntrySchema) }),
  ),
  /**
   * Imports the package: new reports are added; an existing one is overwritten only when its
   * index is in `replace` (the old one goes to the trash first); the rest are skipped.
   */
  'data:importPackage': defineCall(
    'data:importPackage',
    z.object({ json: packageJsonInput, replace: z.array(z.number().int().min(0)).max(10_000) }),
    z.object({
      added: z.number().int(),
      replaced: z.number().int(),
      skipped: z.number().int(),
      ids: z.array(reportIdSchema),
    }),
  ),
} as const;
