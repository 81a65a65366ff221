/** The methodology's fixed definitions (shared/docs/DESIGN.md section 4), in sentences for a reader outside the field. */

export const TAINT_MODELS = [
  'Poison: if any input is tainted, every output is fully tainted (upper bound).',
  'Haircut: each output carries the tainted share of the inputs, proportionally to its value.',
  'FIFO / LIFO / TIHO: inputs and outputs are laid on one cumulative value line in order (first in first out, last in ' +
    'first out, tainted in highest out); an output\'s taint is its overlap with tainted input intervals.',
  'Address-level FIFO (Clayton\'s case): each address is a queue of received value.',
  'Tracing is bounded by hops, minimum amount, time window and node degree, and stops at tagged services.',
];

/** The clustering heuristics C1-C4, with the confidence each merge or piece of evidence carries. */
export const CLUSTERING_LEVELS: [string, string][] = [
  ['C1 shared input', 'All input addresses of a transaction that is not a CoinJoin belong to one owner, who signed every ' +
    'input. Confidence 100 per merge; the standard heuristic, wrong when several parties sign one transaction (CoinJoin, PayJoin).'],
  ['C2 CoinJoin veto', 'A transaction with many equal-value outputs (Wasabi, Whirlpool, JoinMarket shapes) merges nothing: ' +
    'its inputs belong to different people. It only removes merges.'],
  ['C3 change detection', 'Address reuse (an output address also funds an input: confidence 100) and one-time change ' +
    '(2-10 outputs, the only fresh, non-round output of the inputs\' script type: confidence 50). Recorded as evidence; ' +
    'it merges only when switched on.'],
  ['C4 peel chains', 'A transaction with 1-2 inputs and 2 outputs whose larger, non-round output funds the next ' +
    'transaction of the same shape is one owner peeling off payments. Merges only when switched on.'],
];

export const SEVERITY_LEVELS: [string, string][] = [
  ['critical', 'Funds tied to the offence (tainted) meet funds of the suspected scheme in one transaction or one matched ' +
    'deposit and payout: the strongest link the data shows.'],
  ['high', 'A direct link between tainted funds and the scheme through one step the data shows (a deposit into a rental ' +
    'service, a landing in one wallet, sending to a sanctioned address).'],
  ['medium', 'An indirect link or a warning the examiner must check (conflicting tags in one cluster, direct exposure).'],
  ['low', 'A weak or distant link (indirect exposure) worth recording.'],
  ['info', 'Context without an accusation.'],
];

export const CONFIDENCE = [
  'Tags carry the confidence given by their source (GraphSense vocabulary, scored 0-100).',
  'Findings state their severity (above) and are reviewed by the examiner: accepted findings are reported in the ' +
    'Findings section; dismissed ones, with the examiner\'s reason, and unreviewed ones are listed in the annex.',
];

export const LIMITATIONS = [
  'Only the data imported into the case is analysed; transactions outside it are unknown to the analysis, so amounts ' +
    'and hop counts are lower bounds of what the whole chain holds.',
  'Clustering heuristics can merge addresses of different owners (CoinJoin or PayJoin transactions not recognised as ' +
    'such, custodial services spending for many customers) and miss merges of one owner.',
  'Taint models are conventions, not facts; where they disagree, the Traces section shows the disagreement.',
  'Attribution tags are as reliable as their sources, which are listed with their SHA-256; a wrong tag misleads every ' +
    'finding built on it.',
  'Block times are set by miners and may be off by up to about two hours; time windows near their limits deserve a check.',
  'Fiat values use the imported price of the day (UTC) of the block, not the price of the moment.',
  'Off-chain links rest on the documents recorded with them; the report cites them by name and SHA-256.',
];
