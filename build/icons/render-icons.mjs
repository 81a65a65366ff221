// Renders build/icons/icon.svg to the PNG sizes the installers want, plus icon.ico and icon.icns, with headless
// Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH). Run: node build/icons/render-icons.mjs; commit the output.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { icnsFromPngs, icoFromPngs } from './icon-containers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024];

const svg = fs.readFileSync(path.join(here, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  const pngs = new Map();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((img) => img.decode());
    pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  }
  fs.mkdirSync(path.join(here, 'png'), { recursive: true });
  // electron-builder's Linux targets read a folder of NxN.png files.
  for (const [size, png] of pngs) fs.writeFileSync(path.join(here, 'png', `${size}x${size}.png`), png);
  fs.writeFileSync(path.join(here, 'icon.png'), pngs.get(1024));
  fs.writeFileSync(path.join(here, 'icon.ico'), icoFromPngs(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
  fs.writeFileSync(path.join(here, 'icon.icns'), icnsFromPngs(ICNS_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
  console.log(`wrote ${SIZES.length} PNGs, icon.png, icon.ico, icon.icns to ${path.relative(process.cwd(), here)}`);
} finally {
  await browser.close();
}
