export * from './api';
export * from './extraction';
export * from './indicators';
export * from './observations';
export * from './problem';
export * from './regions';
export * from './themes';
export * from './units';
