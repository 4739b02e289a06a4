import type { Database } from 'better-sqlite3';
import { createServices } from '../../../src/main/services';
import type { Services, ServicesOptions } from '../../../src/main/services';
import type { ReportContent } from '../../../src/shared/model';
import { manualClock, tempDir } from '../services/harness';

export { thrown } from '../services/harness';

/** Real services in a temp folder with a clock the test moves; reopen() is an app restart. */
export function reliabilityEnv(options: Partial<ServicesOptions> = {}) {
  const temp = tempDir('nianbao-reliability-');
  const time = manualClock();
  const open = () =>
    createServices({ dataDir: temp.dir, clock: time.clock, onDamaged: () => {}, ...options });
  let services: Services = open();
  return {
    dir: temp.dir,
    time,
    get services() {
      return services;
    },
    get h() {
      return services.handlers;
    },
    close() {
      services.close();
    },
    reopen() {
      services.close();
      services = open();
    },
    /** Starts the app again after the test changed the folder while it was closed. */
    start() {
      services = open();
    },
    cleanup() {
      services.close();
      temp.remove();
    },
  };
}

export function withCells(
  content: ReportContent,
  cells: Record<string, number | string | null>,
): ReportContent {
  return { ...content, cells: { ...content.cells, ...cells } };
}

/**
 * Writes `json` as the stored content of report `id`, bypassing the JSON CHECK, the way a broken
 * disk or a hand edit would. Finds the column wherever the current schema keeps it.
 */
export function corruptStoredContent(db: Database, id: number, json: string): void {
  const hasContentTable =
    db
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'report_contents'`)
      .get() !== undefined;
  db.pragma('ignore_check_constraints = ON');
  if (hasContentTable)
    db.prepare(`UPDATE report_contents SET content = ? WHERE report_id = ?`).run(json, id);
  else db.prepare(`UPDATE reports SET content = ? WHERE id = ?`).run(json, id);
  db.pragma('ignore_check_constraints = OFF');
}
