/**
 * An amount as the analyst typed it, as a plain decimal ("2,650.00" -> "2650.00"; "2.650,00" in German -> "2650.00").
 * Both separators present: the last is the decimal point. One kind only: the locale decides, except that a group
 * separator must be followed by groups of three digits. Text that is no number comes back trimmed, for the API to refuse
 * with its own message.
 */
export function plainDecimal(text: string, locale?: string): string {
  const t = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(t)) return text.trim();
  const { group, decimal } = separators(locale);
  const last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
  if (t.includes('.') && t.includes(',')) return `${strip(t.slice(0, last))}.${t.slice(last + 1)}`;
  const sep = last >= 0 ? t[last]! : null;
  if (sep === null) return t;
  const groups = t.split(sep);
  const grouped = groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3;
  if (sep === group && grouped) return strip(t);
  if (sep === decimal || !grouped) return groups.length === 2 ? `${groups[0]}.${groups[1]}` : text.trim();
  return strip(t);
}

const strip = (t: string) => t.replace(/[.,]/g, '');

function separators(locale?: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return { group: parts.find((p) => p.type === 'group')?.value ?? ',', decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.' };
}
