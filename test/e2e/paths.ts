import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = path.join(ROOT, 'test/fixtures');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');
