import { Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ReportSummary } from '../../../shared/ipc';
import { apiClient, ApiError } from '../api/client';
import { CreateActions, CreateErrorAlert, ReportYearInput } from '../home/ReportDialogParts';

interface NewYearDialogProps {
  source: ReportSummary | null;
  onClose: () => void;
  onOpenReport: (id: number) => void;
}

/** 以此为模板新建下一年度: texts copied, numbers cleared, 上年结转 carried over. */
export function NewYearDialog({ source, onClose, onOpenReport }: NewYearDialogProps) {
  const api = apiClient();
  const [year, setYear] = useState<number | string>('');
  const [error, setError] = useState<{ message: string; existingId: number | null } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (source) setYear(source.year + 1);
    setError(null);
  }, [source]);

  const create = async () => {
    if (!source) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.call('template:create', { sourceId: source.id, year: Number(year) });
      // The conversion list and 表二 hints are already in the new report's notes (same transaction).
      onOpenReport(r.record.id);
    } catch (e) {
      const existing = e instanceof ApiError ? Number(e.details?.['existingId']) : NaN;
      setError({
        message: e instanceof ApiError ? e.message : '未能创建，请重试。',
        existingId: Number.isInteger(existing) ? existing : null,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={source !== null}
      onClose={onClose}
      title="以此为模板新建下一年度"
      centered
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            模板：{source?.organ} {source?.year}年度报告
          </Text>
          <ReportYearInput label="新报告的年度" value={year} onChange={setYear} data-autofocus />
          <Text size="sm" c="dimmed">
            正文从模板复制，表格数字清空；表三“二、上年结转”自动取模板的“四、结转下年度继续办理”。创建后会列出正文中需要更新的年份，逐条确认即可。
          </Text>
          {error && (
            <CreateErrorAlert
              message={error.message}
              existingId={error.existingId}
              color="red"
              testId="template-error"
              onOpenReport={onOpenReport}
            />
          )}
          <CreateActions busy={busy} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
