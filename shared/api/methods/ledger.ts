import { z } from 'zod';
import { method } from '../define';
import { Chain } from '../../domain/chain';
import { AddressDetails, TxDetails } from '../../domain/ledger';
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
  'graph.overview': method({
    summary: 'A first slice of the case graph: the newest transactions with their addresses.',
    params: z.object({ limit: z.number().int().min(1).max(20000).default(500) }).strict(),
    result: GraphSlice,
  }),
};
