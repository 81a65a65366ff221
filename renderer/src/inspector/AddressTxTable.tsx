import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Chain } from '../../../shared/domain/chain';
import { ErrorMessage } from '../ui/ErrorMessage';
import { fiatFigure } from '../ui/fiat-text';
import { formatAmount, formatUnix } from '../ui/format';
import { NodeLink } from './NodeLink';
import { useAddressTxs } from './use-address-txs';

const ROW_HEIGHT = 24;
const VISIBLE_ROWS = 14;

/** Every transaction of an address, newest first: only the rows on screen exist, their pages fetched as they scroll in. */
export function AddressTxTable({ address, chain, total, currency, onNavigate }: { address: string; chain: Chain; total: number; currency: string | null; onNavigate(id: string): void }) {
  const rowClass = currency ? 'itx-row with-fiat' : 'itx-row';
  const rows = useAddressTxs(address, chain, total);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => rows.ensure(first, last), [first, last, rows.ensure]);
  return (
    <>
      <ErrorMessage error={rows.error} />
      <div className="itx" data-testid="address-transactions" aria-rowcount={total}>
        <div className={`${rowClass} itx-head`} role="row">
          <span>Txid</span>
          <span>Time (UTC)</span>
          <span className="num">Change ({chain})</span>
          {currency && <span className="num" title="At each transaction's time">({currency})</span>}
        </div>
        <div className="itx-scroll" ref={scroller} style={{ height: Math.min(total, VISIBLE_ROWS) * ROW_HEIGHT + 2 }}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const tx = rows.row(item.index);
              return (
                <div
                  key={item.key}
                  className={rowClass}
                  role="row"
                  data-testid="address-tx-row"
                  data-index={item.index}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                >
                  {tx ? (
                    <>
                      <NodeLink kind="tx" chain={chain} value={tx.txid} onNavigate={onNavigate} />
                      <span className="mono nowrap" title={formatUnix(tx.blockTime)}>{formatUnix(tx.blockTime).slice(0, 16)}</span>
                      <span className={`num amount ${tx.delta.startsWith('-') ? 'negative' : 'positive'}`}>{formatAmount(tx.delta, chain)}</span>
                      {currency && <span className="num muted">{fiatFigure(tx.delta, chain, tx.fiat) ?? '—'}</span>}
                    </>
                  ) : (
                    <span className="muted">…</span>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </>
  );
}
