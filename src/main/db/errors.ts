/** The database was written by a newer app (higher `user_version`); the caller may move it aside. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `数据文件 ${file} 由更新版本的年报编制助手创建（数据结构版本 ${found}，本程序只认识到 ${known}）。` +
        '请安装最新版本后再打开；本程序不会修改这个文件。',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** A migration failed; it was rolled back, the database stays at `version`. */
export class MigrationError extends Error {
  constructor(
    readonly migrationId: number,
    readonly version: number,
    cause: unknown,
  ) {
    super(
      `数据结构升级第 ${migrationId} 步失败，数据未改动（仍为版本 ${version}）：${String(cause)}`,
      {
        cause,
      },
    );
    this.name = 'MigrationError';
  }
}
