import { openSync, type CoverageFont } from 'fontkit';
import type { MeasureText, TextFont } from '../../../../shared/figure/types';
import { fontPath } from '../pdf/fonts';

const fonts = new Map<TextFont, CoverageFont>();
const widths = new Map<string, number>();

/** Text widths in the embedded DejaVu fonts (the ones the PDF draws with), memoised per text and font. */
export const measureDejaVu: MeasureText = (text, size, font) => {
  const key = `${font}\u0000${text}`;
  let em = widths.get(key);
  if (em === undefined) {
    let f = fonts.get(font);
    if (!f) {
      f = openSync(fontPath(font));
      fonts.set(font, f);
    }
    em = f.layout(text).advanceWidth / f.unitsPerEm;
    widths.set(key, em);
  }
  return em * size;
};
