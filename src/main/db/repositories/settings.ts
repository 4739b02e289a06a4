import type { Database } from 'better-sqlite3';

/** All SQL about `settings`: one JSON value per key; the service validates and merges defaults. */
export function createSettingsRepository(db: Database) {
  const s = {
    all: db.prepare<[], { key: string; value: string }>(`SELECT key, value FROM settings`),
    put: db.prepare<[string, string]>(
      `INSERT INTO settings (key, value) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ),
  };
  return {
    /** Stored values by key; a value that is not JSON is skipped (it falls back to the default). */
    readAll(): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (const row of s.all.all()) {
        try {
          out[row.key] = JSON.parse(row.value);
        } catch {
          // json_valid() guards writes; this only protects against a hand-edited file.
        }
      }
      return out;
    },
    put(key: string, value: unknown): void {
      s.put.run(key, JSON.stringify(value));
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
