import { randomBytes } from 'node:crypto';
import {
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../src/main/services';
import { corruptStoredContent, reliabilityEnv, thrown, withCells } from './helpers';

let env: ReturnType<typeof reliabilityEnv>;
afterEach(() => env.cleanup());

/** A folder with a report worth keeping and a backup of it; the app is closed afterwards. */
async function folderWithReportAndBackup() {
  env = reliabilityEnv();
  const r = await env.h['reports:create']({ organ: '甲局', year: 2024 });
  await env.h['reports:save']({
    id: r.id,
    baseRevision: 0,
    content: withCells(r.content, { 't2.licensing': 42 }),
  });
  const backup = await env.h['backup:create']({});
  env.close();
  const file = join(env.dir, DATABASE_FILE_NAME);
  return { file, backup: backup.file, bytes: readFileSync(file) };
}

type Damage = (file: string) => void;

const DAMAGE: [string, Damage][] = [
  ['truncated to a few pages', (f) => truncateSync(f, Math.floor(statSync(f).size / 3))],
  ['truncated inside the header page', (f) => truncateSync(f, 100)],
  ['overwritten with random bytes', (f) => writeFileSync(f, randomBytes(statSync(f).size))],
  [
    'replaced by a text file',
    (f) => writeFileSync(f, '这不是数据库，是一份会议纪要。\n'.repeat(200)),
  ],
  [
    'damaged in the middle (pages overwritten, header intact)',
    (f) => {
      const bytes = readFileSync(f);
      const page = 4096;
      randomBytes(bytes.length - 2 * page).copy(bytes, 2 * page);
      writeFileSync(f, bytes);
    },
  ],
];

describe('a damaged database file', () => {
  it.each(DAMAGE)(
    '%s: the app starts fresh, keeps the file aside and offers the newest backup',
    async (_name, damage) => {
      const { file, backup } = await folderWithReportAndBackup();
      damage(file);
      const damagedBytes = readFileSync(file);
      env.start();

      const info = await env.h['app:info']({});
      expect(info.recovery).not.toBeNull();
      const recovery = info.recovery!;
      expect(recovery.movedTo).toContain(`${DATABASE_FILE_NAME}.damaged-`);
      expect(recovery.reason).toMatch(/损坏/);
      expect(recovery.reason).toContain('未删除');
      expect(recovery.newestBackup).toBe(backup);
      expect(readFileSync(recovery.movedTo).equals(damagedBytes)).toBe(true);

      // The fresh database works, and the offered backup brings the report back.
      expect((await env.h['reports:list']({})).rows).toEqual([]);
      await env.h['backup:restore']({ file: recovery.newestBackup! });
      const [summary] = (await env.h['reports:list']({})).rows;
      expect(summary?.organ).toBe('甲局');
      const record = await env.h['reports:open']({ id: summary!.id });
      expect(record.content.cells['t2.licensing']).toBe(42);
    },
  );

  it('moves its -wal and -shm along with it', async () => {
    const { file } = await folderWithReportAndBackup();
    writeFileSync(file, randomBytes(8192));
    writeFileSync(`${file}-wal`, 'wal of the damaged file');
    writeFileSync(`${file}-shm`, 'shm of the damaged file');
    env.start();
    const { recovery } = await env.h['app:info']({});
    expect(readFileSync(`${recovery!.movedTo}-wal`, 'utf8')).toBe('wal of the damaged file');
    expect(readFileSync(`${recovery!.movedTo}-shm`, 'utf8')).toBe('shm of the damaged file');
  });

  it('says so when there is no usable backup', async () => {
    const { file } = await folderWithReportAndBackup();
    const backups = join(env.dir, 'backups');
    for (const name of readdirSync(backups)) writeFileSync(join(backups, name), 'broken too');
    writeFileSync(file, randomBytes(8192));
    env.start();
    const { recovery } = await env.h['app:info']({});
    expect(recovery?.newestBackup).toBeNull();
    expect(recovery?.reason).toContain('没有找到可用的备份');
  });
});

describe('a database made by a newer version of the app', () => {
  it('is moved aside untouched as .newer-…, and the app starts fresh', async () => {
    const { file, backup } = await folderWithReportAndBackup();
    const db = new BetterSqlite3(file);
    db.pragma('user_version = 99');
    db.close();
    const before = readFileSync(file);
    env.start();
    const { recovery } = await env.h['app:info']({});
    expect(recovery?.movedTo).toContain(`${DATABASE_FILE_NAME}.newer-`);
    expect(recovery?.reason).toContain('更新版本');
    expect(recovery?.reason).toContain('nianbao.sqlite3');
    expect(recovery?.newestBackup).toBe(backup);
    expect(readFileSync(recovery!.movedTo).equals(before)).toBe(true);
    expect((await env.h['reports:list']({})).rows).toEqual([]);
  });
});

describe('a healthy database', () => {
  it('opens without any recovery and moves nothing', async () => {
    await folderWithReportAndBackup();
    env.start();
    expect((await env.h['app:info']({})).recovery).toBeNull();
    expect(readdirSync(env.dir).filter((f) => /damaged|newer/.test(f))).toEqual([]);
    expect((await env.h['reports:list']({})).rows).toHaveLength(1);
  });
});

describe('one report whose stored content is corrupted', () => {
  it('is reported on opening; the others are listed and open; nothing crashes', async () => {
    env = reliabilityEnv();
    const good = await env.h['reports:create']({ organ: '甲局', year: 2024 });
    const bad = await env.h['reports:create']({ organ: '乙局', year: 2024 });
    env.close();
    const db = new BetterSqlite3(join(env.dir, DATABASE_FILE_NAME));
    corruptStoredContent(db, bad.id, '{"contentVersion":1,"organ":"乙局","cells":{"t2.');
    db.close();
    env.start();

    expect((await env.h['app:info']({})).recovery).toBeNull();
    expect((await env.h['reports:list']({})).rows.map((r) => r.id).sort()).toEqual(
      [good.id, bad.id].sort(),
    );
    const error = await thrown(() => env.h['reports:open']({ id: bad.id }));
    expect(error.code).toBe('STORAGE');
    expect(error.message).toContain(`编号为 ${bad.id} 的报告内容已损坏`);
    expect((await env.h['reports:open']({ id: good.id })).organ).toBe('甲局');
    // The other report keeps saving; the damaged row is left as it is for a technician.
    const saved = await env.h['reports:save']({
      id: good.id,
      baseRevision: 0,
      content: withCells(good.content, { 't2.licensing': 1 }),
    });
    expect(saved.revision).toBe(1);
    expect(existsSync(join(env.dir, DATABASE_FILE_NAME))).toBe(true);
  });
});
