import { createRequire } from 'node:module';
import path from 'node:path';

/** DejaVu fonts from the dejavu-fonts-ttf package (free license in its LICENSE file): embedded, never fetched. */
const fontDir = (): string => path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONT_FILES = {
  sans: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;
export type FontName = keyof typeof FONT_FILES;

export const fontPath = (name: FontName): string => path.join(fontDir(), FONT_FILES[name]);

/** DejaVu Sans Mono's advance width (1233/2048 em): lets tables wrap hex ids by arithmetic instead of measuring. */
export const MONO_ADVANCE = 1233 / 2048;
