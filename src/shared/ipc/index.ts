export * from './define';
export * from './result';
export * from './contract';
export * from './reports';
export * from './settings';
export * from './app';
export * from './handlers';
export * from './preload-api';
