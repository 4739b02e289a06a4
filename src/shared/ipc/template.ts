import { z } from 'zod';
import { formatVersionSchema, cellValueSchema, yearSchema } from '../model';
import { defineCall } from './define';
import { reportIdSchema, reportRecordSchema, reportSummarySchema } from './reports';

/** Mirrors YearSuggestion of src/shared/template/yearShift.ts (the output guard keeps only these fields). */
export const yearSuggestionSchema = z.object({
  id: z.string(),
  location: z.object({
    section: z.enum(['title', 'preamble', 's1', 's5', 's6', 'closing']),
    block: z.number().int(),
    paragraph: z.number().int(),
    heading: z.boolean().optional(),
  }),
  start: z.number().int(),
  end: z.number().int(),
  before: z.string(),
  after: z.string(),
  context: z.string(),
  reason: z.string(),
});

export const conversionNoteSchema = z.object({
  from: formatVersionSchema,
  to: formatVersionSchema,
  unmapped: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      rowLabel: z.string(),
      colLabel: z.string(),
      previous: cellValueSchema,
      note: z.string(),
    }),
  ),
  notes: z.array(z.string()),
});

export const t2HintSchema = z.object({
  key: z.enum(['t2.regulations.effective', 't2.normative_docs.effective']),
  previous: z.number().nullable(),
  text: z.string(),
});

const tableComparisonRowSchema = z.object({
  key: z.string(),
  table: z.enum(['t2', 't3', 't4']),
  rowLabel: z.string(),
  colLabel: z.string(),
  rowGroup: z.string().optional(),
  previous: cellValueSchema,
  current: cellValueSchema,
  change: z.number().nullable(),
  changePct: z.number().nullable(),
  match: z.enum(['same', 'approx', 'sum', 'none']),
  note: z.string().optional(),
});

const paragraphRefSchema = z.object({
  block: z.number().int(),
  paragraph: z.number().int(),
  heading: z.boolean().optional(),
});

const paragraphDiffSchema = z.object({
  previous: paragraphRefSchema.nullable(),
  current: paragraphRefSchema.nullable(),
  status: z.enum(['unchanged', 'changed', 'added', 'removed']),
  unit: z.enum(['sentence', 'char']),
  segments: z.array(
    z.object({ kind: z.enum(['unchanged', 'added', 'removed']), text: z.string() }),
  ),
});

const sectionReuseSchema = z.object({
  ratio: z.number(),
  unchanged: z.number().int(),
  total: z.number().int(),
  marks: z.array(
    z.object({
      block: z.number().int(),
      paragraph: z.number().int(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
});

const bySection = <T extends z.ZodType>(schema: T) =>
  z.object({ s1: schema, s5: schema, s6: schema });

export const comparePreviousSchema = z.object({
  /** Last year's report of the same 机关, or null (then everything else is empty). */
  previous: reportSummarySchema.nullable(),
  tables: z.array(tableComparisonRowSchema),
  texts: bySection(z.array(paragraphDiffSchema)),
  reuse: bySection(sectionReuseSchema).nullable(),
});
export type ComparePrevious = z.infer<typeof comparePreviousSchema>;

export const templateCalls = {
  /** A new report for `year` from an existing one (texts copied, tables reset, 上年结转 carried). */
  'template:create': defineCall(
    'template:create',
    z.object({ sourceId: reportIdSchema, year: yearSchema }),
    z.object({
      record: reportRecordSchema,
      suggestions: z.array(yearSuggestionSchema),
      conversion: conversionNoteSchema.nullable(),
      t2Hints: z.array(t2HintSchema),
    }),
  ),
  /** Year mentions still to move from last year (recomputed from the stored text). */
  'template:suggestions': defineCall(
    'template:suggestions',
    z.object({ id: reportIdSchema }),
    z.array(yearSuggestionSchema),
  ),
  /** Applies the accepted suggestions (recomputed server-side) and saves. */
  'template:applySuggestions': defineCall(
    'template:applySuggestions',
    z.object({
      id: reportIdSchema,
      baseRevision: z.number().int().min(0),
      acceptedIds: z.array(z.string().max(200)).max(10_000),
    }),
    z.object({ revision: z.number().int(), applied: z.number().int() }),
  ),
  /** 与上年对比: tables side by side, text diff and reuse per section 一、五、六. */
  'compare:previous': defineCall(
    'compare:previous',
    z.object({ id: reportIdSchema }),
    comparePreviousSchema,
  ),
} as const;
