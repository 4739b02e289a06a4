import type { Database } from 'better-sqlite3';
import type { Repositories } from '../db';
import { importFile } from '../import';
import { cellSpec } from '../../shared/format';
import { ImportError, importReportFromText } from '../../shared/import';
import type { ImportResult } from '../../shared/import';
import { AppError, FILE_TOO_LARGE_MESSAGE, MAX_IMPORT_FILE_BYTES } from '../../shared/ipc';
import type { Handlers, ReportRecord } from '../../shared/ipc';
import { InterchangeError, fromInterchange, toInterchange } from '../../shared/model';
import type { ReportContent } from '../../shared/model';
import type { Clock } from './clock';
import { isoNow } from './clock';
import type { NotesService } from './notes';
import type { ReportService } from './reports';

export type ImportHandlers = Pick<Handlers, 'import:parse' | 'import:accept'>;

export interface ImportServiceDeps {
  db: Database;
  repos: Repositories;
  reports: ReportService;
  notes: NotesService;
  clock: Clock;
}

export const IMPORT_MESSAGES = {
  notBase64: '所选文件未能完整传入（内容编码有误），未读取。请重新选择文件。',
  interchangeInvalid: (problems: readonly string[]) =>
    `导入的内容不完整，未保存：${problems.slice(0, 5).join('；')}${problems.length > 5 ? `；等 ${problems.length} 处` : ''}。请重新导入该文件。`,
  duplicate: (organ: string, year: number) =>
    `未保存：已有“${organ}${year}年”的报告。如要用导入的内容替换它，请选择“替换原报告”（原报告会移入回收站，可随时恢复）。`,
  internal: (what: string) =>
    `读取文件时出错（${what}），未导入。请换用该报告的其他格式（PDF、Word、网页或文本）再试。`,
} as const;

/** Bytes of a base64 text; refuses what is not base64 rather than reading garbage. */
function decodeBase64(data: string): Uint8Array {
  const clean = data.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw new AppError('VALIDATION', IMPORT_MESSAGES.notBase64);
  }
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length > MAX_IMPORT_FILE_BYTES)
    throw new AppError('VALIDATION', FILE_TOO_LARGE_MESSAGE);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The importer's refusals are the clerk's to read; anything else is a reader failing. */
function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ImportError) return new AppError('IMPORT', error.message);
  return new AppError(
    'IMPORT',
    IMPORT_MESSAGES.internal(error instanceof Error ? error.message : String(error)),
  );
}

export function createImportService(deps: ImportServiceDeps) {
  const { db, repos, reports, notes } = deps;

  function existingIdFor(organ: string, year: number): number | null {
    return repos.reports.findActive(organ.trim(), year)?.id ?? null;
  }

  /**
   * Stores a report read from interchange JSON. The live report of the same (机关, 年度) is only
   * replaced when the caller names it, and it goes to the trash first (nothing is lost); the new
   * report keeps its totals as published. The cells still `uncertain` after the review are kept in
   * its notes, so the wizard marks them in any window, later too. One transaction: a failure
   * leaves both as they were.
   */
  function accept(
    report: ReportContent,
    replaceExistingId?: number,
    uncertain: readonly string[] = [],
  ): ReportRecord {
    const organ = report.organ.trim();
    return db.transaction(() => {
      const existing = repos.reports.findActive(organ, report.year);
      if (existing) {
        if (existing.id !== replaceExistingId) {
          throw new AppError('DUPLICATE', IMPORT_MESSAGES.duplicate(organ, report.year), {
            existingId: existing.id,
          });
        }
        repos.reports.setDeleted(existing.id, isoNow(deps.clock));
      }
      const { record } = reports.put(report);
      reports.snapshot(record.id, 'import');
      // Only keys of this format's cells: the interchange's review list is not bounded.
      const marks = uncertain.filter((key) => cellSpec(record.format, key) !== undefined);
      if (marks.length > 0) notes.update(record.id, { uncertain: marks });
      return record;
    })();
  }

  async function parse(
    input: { fileName: string; dataBase64: string } | { text: string },
  ): Promise<ImportResult> {
    try {
      if ('text' in input) return importReportFromText(input.text);
      return await importFile(decodeBase64(input.dataBase64), input.fileName);
    } catch (error) {
      throw asAppError(error);
    }
  }

  const handlers: ImportHandlers = {
    'import:parse': async (input) => {
      const result = await parse(input);
      return {
        interchange: toInterchange(result.report, {
          uncertain: [...result.review.uncertain],
          notes: [...result.review.notes],
        }),
        sourceText: result.sourceText,
        confidence: result.confidence,
        problems: result.problems,
        existingId: existingIdFor(result.report.organ, result.report.year),
      };
    },

    'import:accept': ({ interchange, replaceExistingId }) => {
      let read: ReturnType<typeof fromInterchange>;
      try {
        read = fromInterchange(interchange);
      } catch (error) {
        if (error instanceof InterchangeError) {
          throw new AppError('VALIDATION', IMPORT_MESSAGES.interchangeInvalid(error.problems), {
            problems: [...error.problems],
          });
        }
        throw error;
      }
      return accept(read.report, replaceExistingId, read.review?.uncertain);
    },
  };

  return { handlers, parse, accept, existingIdFor };
}

export type ImportService = ReturnType<typeof createImportService>;
