import { highlightFigures } from '@/src/page/tools/highlight-figures';

/** A context-menu page tool, injected by the background: see src/page/tools/highlight-figures.ts. */
export default defineUnlistedScript(() => highlightFigures(document));
