// Rasterizes assets/icon.svg into public/icon/{16,32,48,128}.png with the system Chromium
// (needs a CJK font, e.g. Debian fonts-noto-cjk). Run: node assets/make-icons.mjs
// The PNGs are committed; this only needs re-running when the design changes.
import { chromium } from 'playwright-core';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const svg = await readFile(path.join(root, 'assets/icon.svg'), 'utf8');
const outDir = path.join(root, 'public/icon');
await mkdir(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 128]) {
    const dataUrl = await page.evaluate(
      async ({ svg, size }) => {
        const img = new Image();
        img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = size;
        const ctx = canvas.getContext('2d');
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(img, 0, 0, size, size);
        return canvas.toDataURL('image/png');
      },
      { svg, size },
    );
    const file = path.join(outDir, `${size}.png`);
    await writeFile(file, Buffer.from(dataUrl.split(',')[1], 'base64'));
    console.log('wrote', path.relative(root, file));
  }
} finally {
  await browser.close();
}
