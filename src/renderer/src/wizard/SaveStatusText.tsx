import { Text } from '@mantine/core';
import type { SaveStatus } from '../store/saver';

const pad = (n: number) => String(n).padStart(2, '0');
export const clock = (d: Date) =>
  `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

export function SaveStatusText({ status }: { status: SaveStatus }) {
  switch (status.kind) {
    case 'saved':
      return (
        <Text size="sm" c="teal.8" data-testid="save-status" data-save-state="saved">
          已保存 {clock(status.at)}
        </Text>
      );
    case 'pending':
    case 'saving':
      return (
        <Text size="sm" c="dimmed" data-testid="save-status" data-save-state={status.kind}>
          正在保存…
        </Text>
      );
    case 'error':
      return (
        <Text
          size="sm"
          c="red"
          data-testid="save-status"
          data-save-state="error"
          title={status.message}
        >
          保存失败：{status.message}（将自动重试）
        </Text>
      );
    case 'stale':
      return (
        <Text size="sm" c="red" data-testid="save-status" data-save-state="stale">
          未保存：报告已在别处修改
        </Text>
      );
  }
}
