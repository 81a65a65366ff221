import { AppError } from '../../../../shared/api/errors';

const ADDRESS = /^[0-9A-Za-z:._-]{1,200}$/;

/**
 * A list of addresses to screen: one per line, or the first column of a CSV whose header names `address`; blank lines
 * and `#` comments are skipped. Anything else that is not address-shaped is refused with its file and line.
 */
export function parseAddressList(text: string, fileName: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '' && !l.trim().startsWith('#'))?.trim() ?? '';
  const header = /^"?address"?\s*(,|$)/i.test(first);
  const addresses: string[] = [];
  let seenHeader = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (header && !seenHeader) return void (seenHeader = true);
    const cell = (header ? (line.split(',')[0] ?? '') : line).replace(/^"|"$/g, '').trim();
    if (!ADDRESS.test(cell)) {
      throw new AppError('VALIDATION', `${fileName}:${i + 1}: field address: not an address: ${JSON.stringify(cell.slice(0, 80))}`, { file: fileName, line: i + 1, field: 'address' });
    }
    addresses.push(cell);
  });
  if (addresses.length === 0) throw new AppError('VALIDATION', `${fileName}: no addresses to screen.`, { file: fileName });
  return addresses;
}
