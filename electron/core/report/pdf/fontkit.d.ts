declare module 'fontkit' {
  /** The slice of fontkit's font the report uses: which code points have a glyph. */
  interface CoverageFont {
    characterSet: number[];
  }
  export function openSync(path: string): CoverageFont;
}
