import { Button, Group, Modal, NumberInput, Paper, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { BACKUP_REASON_LABEL, type BackupEntry } from '../../../shared/ipc';
import { apiClient } from '../api/client';
import { notifyDone, notifyError } from '../api/notify';
import { formatBytes } from '../export/download';
import { formatTime } from '../home/ReportListPage';

/** 备份: the list, 立即备份, 从备份恢复 (the current file is kept aside) and how many to keep. */
export function BackupSection({
  keep,
  onKeepChange,
}: {
  keep: number;
  onKeepChange: (n: number) => void;
}) {
  const api = apiClient();
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [keepValue, setKeepValue] = useState<number | string>(keep);

  const refresh = useCallback(async () => {
    const r = await api.result('backup:list', {});
    if (r.ok) setBackups(r.value);
    else notifyError(new Error(r.error.message), '未能读取备份列表');
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const backupNow = async () => {
    setBusy(true);
    try {
      const b = await api.call('backup:create', {});
      notifyDone(`已备份（${formatTime(b.createdAt)}）。`);
    } catch (e) {
      notifyError(e, '备份未完成');
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const restore = async (entry: BackupEntry) => {
    setRestoring(null);
    setBusy(true);
    try {
      const r = await api.call('backup:restore', { file: entry.file });
      notifyDone(
        `已从 ${formatTime(r.restored.createdAt)} 的备份恢复。原数据文件另存为：${r.movedTo}`,
      );
    } catch (e) {
      notifyError(e, '未能恢复');
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          备份
        </Title>
        <Button size="sm" onClick={() => void backupNow()} loading={busy}>
          立即备份
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        程序每天自动备份一次，升级前也会备份。备份是整个数据文件的副本，保存在数据文件夹的 backups
        中。
      </Text>
      <NumberInput
        label="保留最近的备份份数"
        min={1}
        max={100}
        w={220}
        allowDecimal={false}
        value={keepValue}
        onChange={setKeepValue}
        onBlur={() => {
          const n = Number(keepValue);
          if (Number.isInteger(n) && n >= 1 && n <= 100 && n !== keep) onKeepChange(n);
          else setKeepValue(keep);
        }}
        mb="sm"
      />
      {backups && backups.length === 0 ? (
        <Text size="sm">还没有备份。</Text>
      ) : (
        <Table striped data-testid="backup-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>备份时间</Table.Th>
              <Table.Th>类型</Table.Th>
              <Table.Th>大小</Table.Th>
              <Table.Th w={120}>操作</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(backups ?? []).map((b) => (
              <Table.Tr key={b.file}>
                <Table.Td>{formatTime(b.createdAt)}</Table.Td>
                <Table.Td>{BACKUP_REASON_LABEL[b.reason]}</Table.Td>
                <Table.Td>{formatBytes(b.bytes)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    color="orange"
                    onClick={() => setRestoring(b)}
                    aria-label={`从 ${formatTime(b.createdAt)} 的备份恢复`}
                  >
                    从备份恢复
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={restoring !== null}
        onClose={() => setRestoring(null)}
        title="从备份恢复"
        centered
      >
        <Text size="sm" mb="xs">
          将用 {restoring ? formatTime(restoring.createdAt) : ''} 的备份替换现在的全部报告数据。
        </Text>
        <Text size="sm" mb="md">
          当前的数据文件不会删除：它会原样另存在数据文件夹中，需要时可以找回。
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setRestoring(null)} data-autofocus>
            取消
          </Button>
          <Button color="orange" onClick={() => restoring && void restore(restoring)}>
            恢复
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
