import { z } from 'zod';
import { defineCall } from './define';
import { reportIdSchema } from './reports';

export const exportFormatSchema = z.enum(['docx', 'pdf']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const exportedFileSchema = z.object({
  format: exportFormatSchema,
  /** Absolute path of the written file. */
  path: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
  /** The file's bytes, when asked with `inline` (browser mode: the page offers them as a download). */
  dataBase64: z.string().optional(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

export const exportCalls = {
  /** The print HTML of the report (what the PDF is printed from), for the in-app preview. */
  'export:preview': defineCall(
    'export:preview',
    z.object({ id: reportIdSchema }),
    z.object({ html: z.string() }),
  ),
  /**
   * Writes DOCX and/or PDF. The folder is never a path typed in the page: in Electron the main
   * process asks with a folder dialog, elsewhere it is `<数据目录>/exports`; `targetDir` may only
   * name one of those two (the remembered dialog folder or the exports folder).
   */
  'export:report': defineCall(
    'export:report',
    z.object({
      id: reportIdSchema,
      formats: z
        .array(exportFormatSchema)
        .min(1, { error: '请至少选择一种导出格式（Word 或 PDF）' })
        .max(2),
      /** The clerk saw the errors and wants the file anyway (e.g. for internal review). */
      confirmErrors: z.boolean(),
      targetDir: z.string().max(1000).optional(),
      inline: z.boolean().optional(),
    }),
    z.object({
      /** True when the clerk closed the folder dialog: nothing was written. */
      canceled: z.boolean(),
      files: z.array(exportedFileSchema),
      /** The snapshot (revision id, reason 'export') that reproduces these files; null when canceled. */
      snapshotId: z.number().int().nullable(),
    }),
  ),
  /** Shows an exported file in the file manager (Electron); browser mode returns its folder. */
  'export:reveal': defineCall(
    'export:reveal',
    z.object({ path: z.string().min(1).max(1000) }),
    z.object({ shown: z.boolean(), folder: z.string() }),
  ),
} as const;
