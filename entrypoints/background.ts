import { startBackground } from '@/src/background';

export default defineBackground({
  // Firefox MV2: an event page, not a persistent background page (Chrome MV3: a service worker).
  persistent: false,
  main: startBackground,
});
