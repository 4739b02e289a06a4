export * from './errors';
export * from './migrate';
export * from './open';
export { MIGRATIONS, SCHEMA_VERSION } from './migrations';
export type { Migration } from './migrations';
export * from './repositories';
