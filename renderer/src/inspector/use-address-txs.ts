import type { Chain } from '../../../shared/domain/chain';
import type { AddressTx } from '../../../shared/domain/ledger';
import { useApp } from '../app/runtime-context';
import { useEnginePages, type EnginePages } from '../ui/use-engine-pages';

const PAGE_SIZE = 200;

/** An address's transactions fetched page by page from the engine as the table scrolls; `total` comes from address.get. */
export function useAddressTxs(address: string, chain: Chain, total: number): EnginePages<AddressTx> {
  const { client } = useApp();
  const pages = useEnginePages(`${chain}:${address}`, PAGE_SIZE, (offset, limit) => client.call('address.transactions', { address, chain, offset, limit }));
  // The count is known before the first page arrives: the table has its full height at once.
  return { ...pages, total };
}
