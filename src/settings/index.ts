/** Settings: the versioned schema (pure) and its storage item (extension only: import './store'). */
export * from './schema';
