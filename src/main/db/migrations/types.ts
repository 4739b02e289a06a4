/**
 * One schema step. Released migrations are never edited: a change is a new, higher-numbered file.
 * SQL is kept in TypeScript strings so the bundler ships it with the main process.
 */
export interface Migration {
  /** Equals the NNN of the file name; the database's `user_version` after this step. */
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}
