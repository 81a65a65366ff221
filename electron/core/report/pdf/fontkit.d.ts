declare module 'fontkit' {
  /** The slice of fontkit's font the report uses: which code points have a glyph, and how wide a run of text is. */
  interface CoverageFont {
    characterSet: number[];
    unitsPerEm: number;
    layout(text: string): { advanceWidth: number };
  }
  export function openSync(path: string): CoverageFont;
}
