export * from './report';
export * from './decimal';
export * from './totals';
export * from './blank';
export * from './interchange';
export * from './dataPackage';
