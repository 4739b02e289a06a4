import { Alert, Text } from '@mantine/core';
import type { ReportContent } from '../../../shared/model';
import { useReportSelector } from '../store/useReport';
import { templateNotes, type TemplateNotes } from './templateStash';

const LABEL = {
  't2.regulations.effective': '规章',
  't2.normative_docs.effective': '行政规范性文件',
} as const;

/** 上年现行有效件数 from last year's 2021-format table 二 (the template's hints win when present). */
export function t2HintsOf(
  reportId: number,
  previous: ReportContent | null | undefined,
): TemplateNotes['t2Hints'] {
  const stashed = templateNotes(reportId)?.t2Hints;
  if (stashed?.length) return stashed;
  if (!previous || previous.format !== '2021') return [];
  return (Object.keys(LABEL) as (keyof typeof LABEL)[]).map((key) => {
    const v = previous.cells[key];
    const n = typeof v === 'number' ? v : null;
    return { key, previous: n, text: `上年现行有效件数：${n ?? '未填'}` };
  });
}

/** Shown above table 二: last year's 现行有效件数, the base of this year's (T2-CHAIN). */
export function T2Hints({
  reportId,
  previous,
}: {
  reportId: number;
  previous: ReportContent | null | undefined;
}) {
  const format = useReportSelector((c) => c.format);
  const hints = t2HintsOf(reportId, previous);
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
