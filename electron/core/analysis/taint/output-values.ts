/** Read-only numbers per output index: a Map (general engine) or a view over the typed-array kernel's scratch. */
export interface OutputValues {
  get(k: number): number | undefined;
  has(k: number): boolean;
  keys(): Iterable<number>;
  entries(): Iterable<[number, number]>;
  readonly size: number;
}

/**
 * A view that reads values on demand instead of copying them into a Map: copying cost more than the trace itself.
 * `valid` guards against reading a kernel result after a newer trace reused its scratch.
 */
export class OutputView implements OutputValues {
  private count = -1;

  constructor(
    private readonly candidates: () => Iterable<number>,
    private readonly read: (k: number) => number | undefined,
    private readonly valid: () => boolean,
  ) {}

  get(k: number): number | undefined {
    if (!this.valid()) throw new Error('trace result read after a newer trace reused its buffers');
    return this.read(k);
  }

  has(k: number): boolean {
    return this.get(k) !== undefined;
  }

  *keys(): Iterable<number> {
    for (const k of this.candidates()) if (this.get(k) !== undefined) yield k;
  }

  *entries(): Iterable<[number, number]> {
    for (const k of this.candidates()) {
      const v = this.get(k);
      if (v !== undefined) yield [k, v];
    }
  }

  get size(): number {
    if (this.count < 0) this.count = [...this.keys()].length;
    return this.count;
  }
}
