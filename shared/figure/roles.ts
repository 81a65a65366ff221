import type { Role } from './types';

/** The lanes of a path figure, left to right, with their titles and what a folded fan of that role is called. */
export const ROLES: readonly { role: Role; title: string; many: string }[] = [
  { role: 'source', title: 'Source of funds', many: 'sources' },
  { role: 'perpetrator', title: 'Perpetrator wallets', many: 'perpetrator wallets' },
  { role: 'rental_deposit', title: 'Hash-rental deposit', many: 'deposits' },
  { role: 'rental_service', title: 'Rental service (off-chain)', many: 'services' },
  { role: 'coinbase', title: 'Pool coinbase', many: 'coinbases' },
  { role: 'payout', title: 'Pool payouts', many: 'payout recipients' },
  { role: 'commingled', title: 'Commingled wallet or cluster', many: 'wallets' },
  { role: 'spend', title: 'Spending transaction', many: 'spends' },
  { role: 'destination', title: 'Destination', many: 'destinations' },
];

export const roleIndex = (role: Role): number => ROLES.findIndex((r) => r.role === role);
export const roleTitle = (role: Role): string => ROLES[roleIndex(role)]?.title ?? role;
export const roleMany = (role: Role): string => ROLES[roleIndex(role)]?.many ?? 'nodes';
