/**
 * Rows of a long list held page by page as a virtualized table scrolls: which pages a visible window still needs
 * (each asked for once), and the row at an index once its page has arrived.
 */
export class PageCache<T> {
  private readonly pages = new Map<number, T[]>();
  private readonly requested = new Set<number>();

  constructor(readonly pageSize: number) {}

  /** Pages covering rows [from, to] that were never requested; they count as requested from now on. */
  claim(from: number, to: number): number[] {
    const wanted: number[] = [];
    for (let page = Math.floor(Math.max(0, from) / this.pageSize); page <= Math.floor(Math.max(from, to) / this.pageSize); page++) {
      if (this.requested.has(page)) continue;
      this.requested.add(page);
      wanted.push(page);
    }
    return wanted;
  }

  /** A page that failed may be asked for again when it scrolls back into view. */
  release(page: number): void {
    this.requested.delete(page);
  }

  store(page: number, rows: T[]): void {
    this.pages.set(page, rows);
  }

  has(page: number): boolean {
    return this.pages.has(page);
  }

  row(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }
}
