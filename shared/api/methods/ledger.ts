import { z } from 'zod';
import { method } from '../define';
import { Chain } from '../../domain/chain';
import { AddressDetails, AddressTxPage, TxDetails } from '../../domain/ledger';
import { GraphSlice } from '../../domain/graph';

export const ledgerMethods = {
  'tx.get': method({
    summary: 'One transaction with inputs, outputs, tags and pool attribution.',
    params: z.object({ txid: z.string().min(1).max(100), chain: Chain.optional() }).strict(),
    result: TxDetails,
  }),
  'address.get': method({
    summary: 'One address with its tags, balance flows and transactions.',
    params: z.object({ address: z.string().min(1).max(200), chain: Chain.optional() }).strict(),
    result: AddressDetails,
  }),
  'address.transactions': method({
    summary: "One page of an address's transactions (newest first) with the address's net change in each.",
    params: z
      .object({
        address: z.string().min(1).max(200),
        chain: Chain.optional(),
        offset: z.number().int().min(0).max(100_000_000).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    result: AddressTxPage,
  }),
  'graph.overview': method({
    summary: 'A first slice of the case graph: the newest transactions with their addresses.',
    params: z.object({ limit: z.number().int().min(1).max(20000).default(500) }).strict(),
    result: GraphSlice,
  }),
};
