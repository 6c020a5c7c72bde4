import { copyQuote } from '@/src/page/tools/copy-quote';

/** A context-menu page tool, injected by the background: see src/page/tools/copy-quote.ts. */
export default defineUnlistedScript(() => copyQuote(document));
