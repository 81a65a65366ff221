import { openSync } from 'fontkit';
import { fontPath, type FontName } from './fonts';

const coverage = new Map<FontName, Set<number>>();

function covered(font: FontName): Set<number> {
  let set = coverage.get(font);
  if (!set) {
    set = new Set(openSync(fontPath(font)).characterSet);
    coverage.set(font, set);
  }
  return set;
}

/**
 * Characters the embedded font has no glyph for (CJK, say) would print as empty boxes and silently lose a label;
 * they are written as [U+XXXX] instead, so the reader sees that something is there and what it is.
 */
export function withGlyphs(text: string, font: FontName): string {
  if (/^[\x20-\x7e\n]*$/.test(text)) return text; // DejaVu draws all of printable ASCII
  const set = covered(font);
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp === 10 || set.has(cp) ? ch : `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
  }
  return out;
}
