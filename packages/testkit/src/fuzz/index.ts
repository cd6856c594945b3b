export * from './hostile-inputs.js';
export * from './hostile-pieces.js';
export * from './prng.js';
