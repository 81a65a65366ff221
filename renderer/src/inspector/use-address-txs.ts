import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Chain } from '../../../shared/domain/chain';
import type { AddressTx } from '../../../shared/domain/ledger';
import { useApp } from '../app/runtime-context';
import { PageCache } from '../ui/page-cache';

const PAGE_SIZE = 200;

export interface AddressTxRows {
  total: number;
  error: unknown;
  row(index: number): AddressTx | undefined;
  /** Asks address.transactions for the pages under rows [from, to] not yet asked for. */
  ensure(from: number, to: number): void;
}

/** An address's transactions fetched page by page from the engine as the table scrolls; `total` comes from address.get. */
export function useAddressTxs(address: string, chain: Chain, total: number): AddressTxRows {
  const { client } = useApp();
  const cache = useMemo(() => new PageCache<AddressTx>(PAGE_SIZE), [address, chain]);
  const [, setArrived] = useState(0);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setError(null), [cache]);
  const ensure = useCallback(
    (from: number, to: number) => {
      for (const page of cache.claim(from, to)) {
        client.call('address.transactions', { address, chain, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
          (result) => {
            cache.store(page, result.rows);
            setArrived((n) => n + 1);
          },
          (e: unknown) => {
            cache.release(page);
            setError(e);
          },
        );
      }
    },
    [cache, client, address, chain],
  );
  return { total, error, row: (index) => cache.row(index), ensure };
}
