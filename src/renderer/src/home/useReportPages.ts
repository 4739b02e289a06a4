import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { REPORT_PAGE_SIZE } from '../../../shared/ipc';
import type { ReportPage } from '../../../shared/ipc';
import type { ApiClient } from '../api/client';

const EMPTY: ReportPage = { total: 0, rows: [] };
/** Typing pauses this long before the list is asked again. */
const SEARCH_DELAY_MS = 250;

/** Pages counted from 1, as the pager shows them. */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / REPORT_PAGE_SIZE));
}

/**
 * The home screen's two lists (reports and trash), one page each, filtered by the same search.
 * Only a page crosses the boundary, so the screen stays quick with thousands of reports.
 */
export function useReportPages(api: ApiClient) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const [page, setPage] = useState(1);
  const [trashPage, setTrashPage] = useState(1);
  const [reports, setReports] = useState<ReportPage | null>(null);
  const [trash, setTrash] = useState<ReportPage>(EMPTY);
  const [loadError, setLoadError] = useState<string | null>(null);

  // A new search starts both lists from their first page.
  useEffect(() => {
    setPage(1);
    setTrashPage(1);
  }, [debounced]);

  const refresh = useCallback(async () => {
    const query = (p: number) => ({
      ...(debounced ? { search: debounced } : {}),
      offset: (p - 1) * REPORT_PAGE_SIZE,
      limit: REPORT_PAGE_SIZE,
    });
    const [list, bin] = await Promise.all([
      api.result('reports:list', query(page)),
      api.result('reports:trash', query(trashPage)),
    ]);
    if (list.ok) {
      setReports(list.value);
      setLoadError(null);
      // The last report of the last page was deleted: show the page before it.
      if (list.value.rows.length === 0 && page > 1) setPage(pageCount(list.value.total));
    } else setLoadError(list.error.message);
    if (bin.ok) {
      setTrash(bin.value);
      if (bin.value.rows.length === 0 && trashPage > 1) setTrashPage(pageCount(bin.value.total));
    }
  }, [api, debounced, page, trashPage]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return {
    search,
    setSearch,
    /** The search the lists were last asked with (what “没有找到” refers to). */
    searched: debounced,
    page,
    setPage,
    trashPage,
    setTrashPage,
    reports,
    trash,
    loadError,
    refresh,
  };
}
