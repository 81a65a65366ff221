/**
 * One rule for every CSV Assay writes (evidence packages, table exports, rejected rows), whatever writes it.
 *
 * OWASP CSV injection: a spreadsheet runs a cell that starts with = + - @ TAB, CR or LF as a formula. Such text cells
 * get a leading apostrophe. Full-width (U+FF1D...) and small-form (U+FE62, U+FE63, U+FE66, U+FE6B) look-alikes and
 * the minus sign are included because some spreadsheets normalise them to the ASCII characters.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\uFE6B\u2212]/;

/** A text cell a spreadsheet will show as text. */
export const neutraliseText = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/**
 * RFC 4180 field, quoted when it holds a quote, a line break or any separator spreadsheets split on (comma,
 * semicolon, tab, pipe): a `;`-splitting spreadsheet must not see `a;=1+1` as a second cell starting with `=`.
 */
export const csvField = (text: string): string => (/[",;\t|\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
