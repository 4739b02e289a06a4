import { describe, expect, it } from 'vitest';
import { databaseFile, resolveDataDir } from '../../../src/main/services';

describe('resolveDataDir', () => {
  const home = '/home/clerk';

  it('prefers an explicit folder, then NIANBAO_DATA_DIR, then Electron’s user-data folder', () => {
    const env = { NIANBAO_DATA_DIR: '/tmp/nb' };
    expect(resolveDataDir({ explicit: '/data/x', env, userData: '/u' })).toBe('/data/x');
    expect(resolveDataDir({ env, userData: '/u' })).toBe('/tmp/nb');
    expect(resolveDataDir({ env: {}, userData: '/u' })).toBe('/u');
  });

  it('uses %APPDATA%\\nianbao-desk on Windows and ~/.config/nianbao-desk on Linux', () => {
    expect(
      resolveDataDir({
        env: { APPDATA: 'C:\\Users\\clerk\\AppData\\Roaming' },
        platform: 'win32',
        home,
      }),
    ).toBe('C:\\Users\\clerk\\AppData\\Roaming\\nianbao-desk');
    expect(resolveDataDir({ env: {}, platform: 'linux', home })).toBe(
      '/home/clerk/.config/nianbao-desk',
    );
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home })).toBe(
      '/cfg/nianbao-desk',
    );
  });

  it('keeps the database in nianbao.sqlite3 inside the folder', () => {
    expect(databaseFile('/d')).toBe('/d/nianbao.sqlite3');
  });
});
