import { addressDetails, addressTransactions } from '../../ledger/address-details';
import { graphOverview } from '../../ledger/graph-overview';
import { txDetails } from '../../ledger/tx-details';
import type { HandlerMap } from '../handler-types';

export const ledgerHandlers: HandlerMap<'tx.get' | 'address.get' | 'address.transactions' | 'graph.overview'> = {
  'tx.get': ({ txid, chain }, backend) => txDetails(backend.session.caseFile.db, txid, chain),
  'address.get': ({ address, chain }, backend) => addressDetails(backend.session.caseFile.db, address, chain),
  'address.transactions': ({ address, chain, offset, limit }, backend) => addressTransactions(backend.session.caseFile.db, address, chain, offset, limit),
  'graph.overview': ({ limit }, backend) => graphOverview(backend.session.caseFile.db, limit),
};
