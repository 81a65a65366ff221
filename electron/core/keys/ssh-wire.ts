/** SSH wire encoding (RFC 4251 §5): uint32 big-endian, and "string" = uint32 length + bytes. */
export function sshString(value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  return Buffer.concat([sshUint32(bytes.length), bytes]);
}

export function sshUint32(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value >>> 0);
  return out;
}

/** Reads SSH wire values in order; throws a located reason on truncated input. */
export class SshReader {
  private offset = 0;
  constructor(private readonly bytes: Buffer, private readonly what: string) {}

  uint32(): number {
    if (this.offset + 4 > this.bytes.length) throw new Error(`${this.what}: truncated at byte ${this.offset}`);
    const value = this.bytes.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  string(): Buffer {
    const length = this.uint32();
    if (this.offset + length > this.bytes.length) throw new Error(`${this.what}: truncated at byte ${this.offset} (a field of ${length} bytes)`);
    const value = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  text(): string {
    return this.string().toString('utf8');
  }

  raw(length: number): Buffer {
    if (this.offset + length > this.bytes.length) throw new Error(`${this.what}: truncated at byte ${this.offset}`);
    const value = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  get done(): boolean {
    return this.offset === this.bytes.length;
  }

  rest(): Buffer {
    return this.bytes.subarray(this.offset);
  }
}

/** PEM-style armour as OpenSSH writes it: base64 in lines of 70 characters. */
export function armor(label: string, bytes: Buffer): string {
  const b64 = bytes.toString('base64');
  const lines = b64.match(/.{1,70}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export function dearmor(label: string, text: string): Buffer {
  const m = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(text);
  if (!m?.[1]) throw new Error(`not an armoured ${label.toLowerCase()}`);
  const body = m[1].replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new Error(`${label.toLowerCase()}: not base64`);
  return Buffer.from(body, 'base64');
}
