import { allowSelect } from '@/src/page/tools/allow-select';

/** A context-menu page tool, injected by the background: see src/page/tools/allow-select.ts. */
export default defineUnlistedScript(() => allowSelect(document));
