import type { Database } from 'better-sqlite3';
import type { Repositories } from '../db';
import { compareTables } from '../../shared/compare/yoy';
import { diffTexts } from '../../shared/compare/diff';
import { AppError } from '../../shared/ipc';
import type { Handlers, ReportSummary } from '../../shared/ipc';
import {
  applySuggestions,
  findYearSuggestions,
  listTexts,
  reportFromPreviousYear,
  reuseBySection,
} from '../../shared/template';
import type { YearSuggestion } from '../../shared/template';
import type { ReportContent } from '../../shared/model';
import type { NotesService } from './notes';
import type { ReportService } from './reports';

type TemplateChannel =
  'template:create' | 'template:suggestions' | 'template:applySuggestions' | 'compare:previous';

export type TemplateHandlers = Pick<Handlers, TemplateChannel>;

export interface TemplateServiceDeps {
  db: Database;
  repos: Repositories;
  reports: ReportService;
  notes: NotesService;
}

export const TEMPLATE_MESSAGES = {
  yearNotLater: (sourceYear: number) =>
    `新报告的年度应晚于所选报告的年度（${sourceYear}年）。请选择${sourceYear + 1}年或以后的年度。`,
  duplicate: (organ: string, year: number) =>
    `不能新建：已有“${organ}${year}年”的报告，是否打开它？`,
} as const;

const SECTIONS = ['s1', 's5', 's6'] as const;

/**
 * The year mentions of `report` still as copied from last year's report. findYearSuggestions
 * alone would offer a mention already moved (2021年→2022年) again as a next-year date; a mention
 * whose sentence no longer appears in last year's text has been edited, so it is not offered.
 */
function pendingSuggestions(
  report: ReportContent,
  previous: ReportContent | null,
): YearSuggestion[] {
  if (!previous) return [];
  const lastYear = listTexts(previous).map((t) => t.text);
  return findYearSuggestions(report, report.year - 1, report.year).filter((s) =>
    lastYear.some((text) => text.includes(s.context)),
  );
}

export function createTemplateService(deps: TemplateServiceDeps) {
  const { db, repos, reports, notes } = deps;
  const open = (id: number) => reports.handlers['reports:open']({ id });

  function previousSummary(organ: string, year: number): ReportSummary | null {
    const row = repos.reports.findActive(organ, year - 1);
    if (!row) return null;
    const { createdAt: _created, finalizedAt: _finalized, ...summary } = row;
    return summary;
  }

  const handlers: TemplateHandlers = {
    'template:create': async ({ sourceId, year }) => {
      const source = await open(sourceId);
      if (year <= source.content.year) {
        throw new AppError('VALIDATION', TEMPLATE_MESSAGES.yearNotLater(source.content.year));
      }
      const made = reportFromPreviousYear(source.content, year);
      // The conversion list and 表二 hints are said once, here: kept in the report's notes with
      // the report itself, so the wizard shows them in any window until the clerk dismisses them.
      const record = db.transaction(() => {
        const existing = repos.reports.findActive(made.report.organ.trim(), year);
        if (existing) {
          throw new AppError('DUPLICATE', TEMPLATE_MESSAGES.duplicate(made.report.organ, year), {
            existingId: existing.id,
          });
        }
        // put refuses a duplicate too (a race between the check and the insert).
        const created = reports.put(made.report).record;
        if (made.conversion || made.t2Hints.length > 0) {
          notes.update(created.id, { conversion: made.conversion, t2Hints: made.t2Hints });
        }
        return created;
      })();
      return {
        record,
        suggestions: made.suggestions,
        conversion: made.conversion,
        t2Hints: made.t2Hints,
      };
    },

    'template:suggestions': async ({ id }) => {
      const { content } = await open(id);
      return pendingSuggestions(content, reports.previousOf(content));
    },

    'template:applySuggestions': async ({ id, baseRevision, acceptedIds }) => {
      const { content } = await open(id);
      const suggestions = pendingSuggestions(content, reports.previousOf(content));
      const accepted = new Set(acceptedIds);
      const next = applySuggestions(content, suggestions, accepted);
      const applied = suggestions.filter((s) => accepted.has(s.id)).length;
      // reports:save refuses a stale base revision and a final report.
      const { revision } = await reports.handlers['reports:save']({
        id,
        baseRevision,
        content: next,
      });
      return { revision, applied };
    },

    'compare:previous': async ({ id }) => {
      const { content } = await open(id);
      const summary = previousSummary(content.organ, content.year);
      const previous = summary ? reports.previousOf(content) : null;
      if (!summary || !previous) {
        return { previous: null, tables: [], texts: { s1: [], s5: [], s6: [] }, reuse: null };
      }
      const texts = { s1: [], s5: [], s6: [] } as Record<
        (typeof SECTIONS)[number],
        ReturnType<typeof diffTexts>
      >;
      for (const s of SECTIONS) texts[s] = diffTexts(previous[s], content[s]);
      return {
        previous: summary,
        tables: compareTables(previous, content),
        texts,
        reuse: reuseBySection(previous, content),
      };
    },
  };

  return { handlers };
}
