import { amountText, dateText, shortKey } from './caption-text';
import { ROLES, roleTitle } from './roles';
import type { FigureFlow, FigureInput, FigureInputNode, Role } from './types';

const sum = (flows: FigureFlow[]): bigint => flows.reduce((s, f) => s + BigInt(f.amount ?? '0'), 0n);
const names = (list: (string | null | undefined)[]): string => {
  const unique = [...new Set(list.filter((s): s is string => !!s))];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
};
const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
const nameOf = (n: FigureInputNode | undefined): string => (n ? (n.label ?? shortKey(n.key)) : '');

function span(flows: FigureFlow[]): string {
  const times = flows.map((f) => f.time).filter((t): t is number => t !== null).sort((a, b) => a - b);
  const [first, last] = [times[0] ?? null, times.at(-1) ?? null];
  if (first === null || last === null) return '';
  return first === last ? ` on ${dateText(first, true)} UTC` : ` between ${dateText(first, true)} and ${dateText(last, true)} UTC`;
}

/**
 * The path told in one or two plain sentences, services and pools named: "3 deposits totalling 3.5 BTC were paid to
 * NiceHash ... ; they were followed by 3 payouts from ViaBTC of 3.396 BTC to the wallet ...".
 */
export function narratePath(input: FigureInput): string {
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const role = (id: string): Role | undefined => byId.get(id)?.role;
  const ledger = input.flows.filter((f) => f.kind === 'ledger');
  const chain = input.nodes[0]?.chain ?? 'BTC';
  const coin = (v: bigint): string => amountText(v, chain);
  const sentences: string[] = [];

  const deposits = ledger.filter((f) => role(f.to) === 'rental_deposit' && byId.get(f.to)?.kind === 'address');
  const commingled = input.nodes.filter((n) => n.role === 'commingled');
  const payouts = ledger.filter((f) => role(f.from) === 'payout' && role(f.to) === 'commingled');
  if (deposits.length > 0) {
    const services = names(input.nodes.filter((n) => n.kind === 'service').map((n) => n.entity ?? n.label)) ||
      names(deposits.map((f) => byId.get(f.to)?.entity ?? byId.get(f.to)?.label)) || 'a hash-rental service';
    let text = `${plural(deposits.length, 'deposit')} totalling ${coin(sum(deposits))} went to ${services}${span(deposits)}`;
    if (payouts.length > 0) {
      const pools = names(payouts.map((f) => byId.get(f.from)?.entity)) || 'a mining pool';
      text += `; they were followed by ${plural(payouts.length, 'payout')} from ${pools} of ${coin(sum(payouts))} to ${names(commingled.map(nameOf))}${span(payouts)}`;
    }
    const orders = input.flows.filter((f) => f.kind === 'offchain' && f.reference).length;
    if (orders > 0 && commingled.length > 0) text += `. The rental service's records (${plural(orders, 'order')}) name ${names(commingled.map(nameOf))} as where the rented hash power paid out`;
    sentences.push(`${text}.`);
  }

  for (const spend of input.nodes.filter((n) => n.role === 'spend' && n.kind === 'tx')) {
    const ins = ledger.filter((f) => f.to === spend.id);
    const fromPool = ins.filter((f) => role(f.from) === 'commingled');
    const other = ins.filter((f) => role(f.from) !== 'commingled');
    const paid = ledger.filter((f) => f.from === spend.id);
    const pools = names(input.nodes.filter((n) => n.role === 'payout' && n.kind === 'tx').map((n) => n.entity));
    let text = `The transaction of ${dateText(spend.time, true)} UTC spent ${coin(sum(fromPool))} of pool payouts${pools ? ` from ${pools}` : ''}` +
      ` received by ${names(fromPool.map((f) => nameOf(byId.get(f.from))))}`;
    if (other.length > 0) text += ` together with ${coin(sum(other))} from ${names(other.map((f) => nameOf(byId.get(f.from))))}`;
    if (paid.length > 0) text += `, and paid ${coin(sum(paid))} to ${names(paid.map((f) => nameOf(byId.get(f.to))))}`;
    sentences.push(`${text}.`);
  }

  const landed = ledger.filter((f) => role(f.to) === 'commingled');
  if (sentences.length === 0 && payouts.length > 0 && landed.length > payouts.length) {
    const pools = names(payouts.map((f) => byId.get(f.from)?.entity)) || 'a mining pool';
    const other = landed.filter((f) => role(f.from) !== 'payout');
    sentences.push(`Pool payouts from ${pools} of ${coin(sum(payouts))}${span(payouts)} and ${coin(sum(other))} from the perpetrator's side` +
      `${span(other)} landed in ${names(commingled.filter((n) => landed.some((f) => f.to === n.id)).map(nameOf))}.`);
  }

  if (sentences.length === 0) {
    const txs = input.nodes.filter((n) => n.kind === 'tx');
    const lanes = ROLES.map((r) => r.role).filter((r) => input.nodes.some((n) => n.role === r));
    const subjects = input.nodes.filter((n) => n.subject && n.kind !== 'tx').map(nameOf);
    sentences.push(`The path runs through ${plural(txs.length, 'transaction')}${span(ledger)}, from ${roleTitle(lanes[0] ?? 'source').toLowerCase()}` +
      ` to ${roleTitle(lanes.at(-1) ?? 'destination').toLowerCase()}${subjects.length > 0 ? `; the finding concerns ${names(subjects)}` : ''}.`);
  }
  return sentences.join(' ');
}
