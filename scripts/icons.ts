// `npm run icons`: renders icons/icon.svg to the PNG sizes the manifest names (public/icons/),
// in the same Chromium the tests use. Re-run after changing the SVG; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = readFileSync(join(ROOT, 'icons/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const size of ICON_SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: join(ROOT, `public/icons/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`icons: ${ICON_SIZES.join(', ')} px written to public/icons/`);
