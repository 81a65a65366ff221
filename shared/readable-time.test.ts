import { describe, expect, it } from 'vitest';
import { readableUtc } from './readable-time';

const spaced = (text: string): string => text.replace(/\u00a0/g, ' ');

describe('readableUtc', () => {
  it('states an ISO instant to the minute in UTC, without milliseconds', () => {
    expect(spaced(readableUtc('2026-12-04T21:33:12.345Z'))).toBe('2026-12-04 21:33 UTC');
    expect(spaced(readableUtc('2026-12-04T21:33Z'))).toBe('2026-12-04 21:33 UTC');
    // An offset is converted, never dropped: 23:10 at +02:00 is 21:10 UTC.
    expect(spaced(readableUtc('2026-12-04T23:10:00+02:00'))).toBe('2026-12-04 21:10 UTC');
  });

  it('holds date, time and zone together with no-break spaces, so a wrapped line never splits them', () => {
    expect(readableUtc('2026-12-04T21:33:12.345Z')).toBe('2026-12-04\u00a021:33\u00a0UTC');
  });

  it('returns anything that is not an instant as it is', () => {
    for (const text of ['', '?', '2026-12-04', 'yesterday', '2026-13-45T99:99:00Z']) expect(readableUtc(text)).toBe(text);
  });
});
