/**
 * The annotation layer in one import: the model (pure), the sidecar format (pure), undo
 * history (pure) and the file store (node:fs). See docs/formats.md for the file format.
 */
export * from './anchor';
export * from './model';
export * from './sidecar';
export * from './history';
export * from './store';
