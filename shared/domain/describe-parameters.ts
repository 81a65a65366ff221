/**
 * Detector parameters as sentences for people ("deposits within 14 days; payout at least 75 % of the deposits"),
 * never JSON: the findings section and the methodology print these. Unknown keys are still said, plainly.
 */
const pct = (share: number): string => `${Math.round(share * 1000) / 10} %`;
const sats = (value: unknown): string => {
  const n = Number(value);
  return Number.isFinite(n) ? `${n.toLocaleString('en-US')} base units (${(n / 1e8).toLocaleString('en-US', { maximumFractionDigits: 8 })} BTC)` : String(value);
};
const hops = (n: unknown): string => `${String(n)} hop${n === 1 ? '' : 's'}`;

type Phrase = (value: unknown, all: Record<string, unknown>) => string | null;

const PHRASES: Record<string, Phrase> = {
  taintHops: (v) => `taint followed up to ${hops(v)} from abuse-tagged funds`,
  rentalHops: (v) => `a deposit counts when it is at most ${hops(v)} from tainted funds`,
  hop: (v) => `this deposit is ${hops(v)} away`,
  lineageHops: (v) => `pool funds traced up to ${hops(v)} from a coinbase`,
  lineageTheta: (v) => `an output counts as pool funds when at least ${pct(Number(v))} of it descends from coinbases`,
  commingleWindowDays: (v) => `pool funds and tainted funds arrive within ${String(v)} days of each other`,
  depositWindowDays: (v) => `payouts within ${String(v)} days of the deposits`,
  depositTolerance: (v, all) => {
    const ratio = Number(all.depositPayoutRatio ?? 1);
    const low = ratio * (1 - Number(v));
    const high = ratio * (1 + Number(v));
    return `payouts between ${pct(low)} and ${pct(high)} of the deposits`;
  },
  depositPayoutRatio: (v, all) => (all.depositTolerance === undefined ? `payouts expected at ${pct(Number(v))} of the deposits` : null),
  exposureHops: (v) => `indirect exposure counted up to ${hops(v)}`,
  minExposure: (v) => `exposure below ${sats(v)} is ignored`,
  guardGrowth: (v) => `a merge adding more than ${String(v)} addresses in one transaction is flagged`,
  payoutMinFanout: (v) => `a pool payout pays at least ${String(v)} outputs`,
  heuristics: (v) => {
    if (v === null || typeof v !== 'object') return null;
    const on = Object.entries(v as Record<string, unknown>).filter(([, enabled]) => enabled === true).map(([k]) => words(k));
    return on.length > 0 ? `clustering heuristics on: ${on.join(', ')}` : 'no clustering heuristic on';
  },
};

const words = (key: string): string => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function plain(value: unknown): string {
  if (Array.isArray(value)) return value.map(plain).join(', ');
  if (value !== null && typeof value === 'object') return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${words(k)} ${plain(v)}`).join(', ');
  return String(value);
}

/** The parameters as one line of clauses separated by semicolons, in the order the detector recorded them. */
export function describeParameters(params: Record<string, unknown>): string {
  const clauses = Object.entries(params).map(([key, value]) => {
    const phrase = PHRASES[key];
    return phrase ? phrase(value, params) : `${words(key)}: ${plain(value)}`;
  });
  const text = clauses.filter((c): c is string => !!c).join('; ');
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : 'No parameters.';
}
