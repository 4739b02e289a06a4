export * from './backup';
export * from './errors';
export * from './migrate';
export * from './move-aside';
export * from './open';
export * from './recovery';
export { MIGRATIONS, SCHEMA_VERSION } from './migrations';
export type { Migration } from './migrations';
export * from './repositories';
