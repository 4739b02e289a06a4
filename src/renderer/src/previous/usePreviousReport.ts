import { useEffect, useState } from 'react';
import type { ReportContent } from '../../../shared/model';
import { apiClient } from '../api/client';

/** Last year's report of the same 机关 (null when there is none); undefined while loading. */
export function usePreviousReport(reportId: number): ReportContent | null | undefined {
  const [previous, setPrevious] = useState<ReportContent | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void apiClient()
      .result('reports:previous', { id: reportId })
      .then((r) => alive && setPrevious(r.ok ? r.value : null));
    return () => {
      alive = false;
    };
  }, [reportId]);
  return previous;
}
