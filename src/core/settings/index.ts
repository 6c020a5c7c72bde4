/** Settings: the versioned schema (pure) and its storage item (extension only: import '../../platform/settings-store'). */
export * from './schema';
