/** True when a sample holds control bytes that text formats never contain (NUL..BS, SO..US): binary data. */
export function looksBinary(sample: Uint8Array, length = 512): boolean {
  const end = Math.min(sample.length, length);
  for (let i = 0; i < end; i += 1) {
    const b = sample[i] as number;
    if (b <= 0x08 || (b >= 0x0e && b <= 0x1f)) return true;
  }
  return false;
}
