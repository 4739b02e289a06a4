import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc';
import { apiClient } from '../api/client';
import { notifyDone, notifyError } from '../api/notify';

/** The file name of a backup, whether the service gave a name or a path. */
export function backupFileName(nameOrPath: string): string {
  return nameOrPath.split(/[\\/]/).pop() ?? nameOrPath;
}

/**
 * Home-page notice when the database could not be opened and was moved aside: what happened,
 * where the file went, and the newest backup to restore from.
 */
export function RecoveryBanner({ onRestored }: { onRestored: () => void }) {
  const api = apiClient();
  const [recovery, setRecovery] = useState<AppInfo['recovery']>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.result('app:info', {}).then((r) => r.ok && setRecovery(r.value.recovery));
  }, [api]);

  if (!recovery) return null;
  const backup = recovery.newestBackup ? backupFileName(recovery.newestBackup) : null;

  const restore = async () => {
    if (!backup) return;
    setConfirming(false);
    setBusy(true);
    try {
      const r = await api.call('backup:restore', { file: backup });
      notifyDone(`已从备份恢复。恢复前的数据文件另存为：${r.movedTo}`);
      setRecovery(null);
      onRestored();
    } catch (e) {
      notifyError(e, '未能从备份恢复');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert color="red" title="数据文件无法正常打开，已另行保存" data-testid="recovery-banner">
      <Text size="sm">{recovery.reason}</Text>
      <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
        原文件现在的位置：{recovery.movedTo}
      </Text>
      {backup && (
        <Group mt="sm">
          <Button size="xs" color="red" loading={busy} onClick={() => setConfirming(true)}>
            从最新备份恢复（{backup}）
          </Button>
        </Group>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="从备份恢复" centered>
        <Text size="sm" mb="md">
          将用备份“{backup}”替换当前数据。当前的数据文件不会删除，会原样另存在数据文件夹中。
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
            取消
          </Button>
          <Button color="red" onClick={() => void restore()}>
            恢复
          </Button>
        </Group>
      </Modal>
    </Alert>
  );
}
