import { migration001Initial } from './001_initial';
import { migration002ReportNotes } from './002_report_notes';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration in order; append only (a test checks the numbering is contiguous). */
export const MIGRATIONS: readonly Migration[] = [migration001Initial, migration002ReportNotes];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
