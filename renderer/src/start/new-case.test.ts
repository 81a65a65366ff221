import { describe, expect, it } from 'vitest';
import { suggestFileName } from './NewCaseForm';

describe('suggested case file name', () => {
  it('keeps only what the workspace accepts and never comes back empty', () => {
    expect(suggestFileName('Exchange hack — March 2024')).toBe('Exchange hack March 2024');
    expect(suggestFileName('../../etc/passwd')).toBe('etc passwd');
    expect(suggestFileName('<script>')).toBe('script');
    expect(suggestFileName('///')).toBe('New case');
  });
});
