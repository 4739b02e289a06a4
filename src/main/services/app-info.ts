import packageJson from '../../../package.json' with { type: 'json' };
import type { AppInfo, Handlers } from '../../shared/ipc';

export const APP_VERSION: string = packageJson.version;

export function createAppInfoService(info: AppInfo): Pick<Handlers, 'app:info'> {
  return { 'app:info': () => info };
}
