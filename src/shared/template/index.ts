export * from './textLocations';
export * from './sentences';
export * from './yearShift';
export * from './formatMapping';
export * from './newYear';
export * from './reuseView';
