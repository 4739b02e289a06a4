import { Alert, Text } from '@mantine/core';
import type { ReportContent } from '../../../shared/model';
import type { ReportNotes } from '../../../shared/ipc';
import { useReportNotes, type ReportNotesStore } from '../notes/reportNotesStore';
import { useReportSelector } from '../store/useReport';

const LABEL = {
  't2.regulations.effective': '规章',
  't2.normative_docs.effective': '行政规范性文件',
} as const;

/** 上年现行有效件数 from last year's 2021-format table 二 (the template's hints win when present). */
export function t2HintsOf(
  stored: ReportNotes['t2Hints'] | undefined,
  previous: ReportContent | null | undefined,
): ReportNotes['t2Hints'] {
  if (stored?.length) return stored;
  if (!previous || previous.format !== '2021') return [];
  return (Object.keys(LABEL) as (keyof typeof LABEL)[]).map((key) => {
    const v = previous.cells[key];
    const n = typeof v === 'number' ? v : null;
    return { key, previous: n, text: `上年现行有效件数：${n ?? '未填'}` };
  });
}

/** Shown above table 二: last year's 现行有效件数, the base of this year's (T2-CHAIN). */
export function T2Hints({
  notes,
  previous,
}: {
  notes: ReportNotesStore;
  previous: ReportContent | null | undefined;
}) {
  const format = useReportSelector((c) => c.format);
  const stored = useReportNotes(notes);
  // Until the notes are read, the template's hints are not known: show nothing rather than swap.
  const hints = stored ? t2HintsOf(stored.t2Hints, previous) : [];
  if (format !== '2021' || hints.length === 0) return null;
  return (
    <Alert color="blue" mb="sm" data-testid="t2-hints" title="上年数据">
      {hints.map((h) => (
        <Text key={h.key} size="sm">
          {LABEL[h.key]}：{h.text}
        </Text>
      ))}
      <Text size="xs" c="dimmed" mt={4}>
        本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数。
      </Text>
    </Alert>
  );
}
