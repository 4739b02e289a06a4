import { Autocomplete, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppErrorData } from '../../../shared/ipc';
import type { OrganKind } from '../../../shared/model';
import { apiClient } from '../api/client';
import { ORGAN_KIND_LABEL } from '../wizard/BasicInfoStep';
import { CreateActions, CreateErrorAlert, ReportYearInput } from './ReportDialogParts';

interface CreateReportDialogProps {
  opened: boolean;
  onClose: () => void;
  onOpenReport: (id: number) => void;
}

/** 新建报告: organ (suggested from earlier reports), year (last year by default), organ kind. */
export function CreateReportDialog({ opened, onClose, onOpenReport }: CreateReportDialogProps) {
  const api = apiClient();
  const [organs, setOrgans] = useState<string[]>([]);
  const [organ, setOrgan] = useState('');
  const [year, setYear] = useState<number | string>(new Date().getFullYear() - 1);
  const [organKind, setOrganKind] = useState<OrganKind>('department');
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setError(null);
    void api.result('reports:organs', {}).then((r) => r.ok && setOrgans(r.value));
  }, [api, opened]);

  const submit = async () => {
    setBusy(true);
    setError(null);
    const r = await api.result('reports:create', {
      organ,
      year: typeof year === 'number' ? year : Number(year),
      organKind,
    });
    setBusy(false);
    if (r.ok) {
      onOpenReport(r.value.id);
      setOrgan('');
    } else setError(r.error);
  };

  const existingId = error?.code === 'DUPLICATE' ? Number(error.details?.['existingId']) : NaN;

  return (
    <Modal opened={opened} onClose={onClose} title="新建报告" centered size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Autocomplete
            label="机关名称"
            description="填写本机关全称，例如：宁陵县工业信息化和科技局"
            data={organs}
            value={organ}
            onChange={setOrgan}
            required
            data-autofocus
          />
          <ReportYearInput
            label="年度"
            description="报告所统计的年度（通常为上一年）"
            value={year}
            onChange={setYear}
            suffix="年"
            required
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              机关类型
            </Text>
            <SegmentedControl
              value={organKind}
              onChange={(v) => setOrganKind(v as OrganKind)}
              data={Object.entries(ORGAN_KIND_LABEL).map(([value, label]) => ({ value, label }))}
            />
          </div>
          {error && (
            <CreateErrorAlert
              message={error.message}
              existingId={Number.isInteger(existingId) ? existingId : null}
              color={error.code === 'DUPLICATE' ? 'orange' : 'red'}
              testId="create-error"
              onOpenReport={onOpenReport}
            />
          )}
          <CreateActions busy={busy} disabled={organ.trim() === ''} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
