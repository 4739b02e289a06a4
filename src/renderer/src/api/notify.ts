import { notifications } from '@mantine/notifications';
import { ApiError } from './client';

/** Shows a failed call as a Chinese notification; anything else gets a generic sentence. */
export function notifyError(error: unknown, title = '操作未完成'): void {
  const message =
    error instanceof ApiError
      ? error.message
      : '发生了意外错误。您的内容已自动保存；请刷新页面后重试，若仍出现请联系技术支持。';
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

export function notifyDone(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}
