import { describe, expect, it } from 'vitest';
import { safeFileName } from './paths';

describe('safeFileName', () => {
  it('keeps a readable ASCII name and its extension', () => {
    expect(safeFileName('NiceHash subpoena return 2026-117.pdf')).toBe('NiceHash-subpoena-return-2026-117.pdf');
    expect(safeFileName('orders.tar.gz')).toBe('orders.tar.gz');
  });

  it('never climbs out of its folder, hides itself or obeys direction overrides', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileName('.bashrc')).toBe('document.bashrc');
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoice-fdp.exe');
    expect(safeFileName('C:\\Users\\x\\return.pdf')).toBe('C-Users-x-return.pdf');
  });

  it('names a document whose name has no ASCII left, keeping the extension, and caps the length', () => {
    expect(safeFileName('ответ на запрос.pdf')).toBe('document.pdf');
    expect(safeFileName('')).toBe('document');
    expect(safeFileName(`${'a'.repeat(200)}.pdf`)).toBe(`${'a'.repeat(76)}.pdf`);
    expect(safeFileName('café.txt')).toBe('cafe.txt');
  });
});
