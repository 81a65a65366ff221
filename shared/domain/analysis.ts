import { z } from 'zod';
import { Amount } from './ledger';

/** The taint models run side by side (DESIGN 4, T1-T4). */
export const TAINT_MODELS = ['poison', 'haircut', 'fifo', 'lifo', 'tiho', 'address_fifo'] as const;
export const TaintModel = z.enum(TAINT_MODELS);
export type TaintModel = z.infer<typeof TaintModel>;

const Heuristics = z
  .object({
    sharedInput: z.boolean(),
    coinjoinVeto: z.boolean(),
    /** C3: change detection merges clusters (off by default; always recorded as evidence). */
    changeMerge: z.boolean(),
    /** C4: peel-chain links merge clusters (off by default; always recorded as evidence). */
    peelChainMerge: z.boolean(),
  })
  .strict();

/** Detector parameters, without defaults so that a patch names only what it changes. */
const settingFields = {
  /** Extra taint seeds besides outputs received by abuse-tagged addresses: addresses, txids or txid:vout. */
  taintSeeds: z.array(z.string().min(1).max(200)).max(10_000),
  taintHops: z.number().int().min(1).max(50),
  /** A merge that grows a cluster by more addresses than this in one transaction raises a guard finding. */
  guardGrowth: z.number().int().min(2),
  lineageHops: z.number().int().min(1).max(20),
  /** Minimum coinbase-lineage share for an output to count as pool funds (0-1). */
  lineageTheta: z.number().min(0).max(1),
  payoutMinFanout: z.number().int().min(2),
  rentalHops: z.number().int().min(1).max(50),
  commingleWindowDays: z.number().min(0).max(365),
  depositWindowDays: z.number().min(0).max(365),
  /** Payouts match a deposit when |payouts - deposit x ratio| <= tolerance x deposit x ratio. */
  depositPayoutRatio: z.number().positive(),
  depositTolerance: z.number().min(0).max(1),
  exposureHops: z.number().int().min(1).max(20),
  minExposure: Amount,
};

/** Per-case analysis settings: heuristic toggles and detector parameters; every finding records the ones it used. */
export const AnalysisSettings = z.object({ heuristics: Heuristics, ...settingFields }).strict();
export type AnalysisSettings = z.infer<typeof AnalysisSettings>;

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = {
  heuristics: { sharedInput: true, coinjoinVeto: true, changeMerge: false, peelChainMerge: false },
  taintSeeds: [],
  taintHops: 10,
  guardGrowth: 500,
  lineageHops: 3,
  lineageTheta: 0.5,
  payoutMinFanout: 10,
  rentalHops: 6,
  commingleWindowDays: 7,
  depositWindowDays: 14,
  depositPayoutRatio: 1,
  depositTolerance: 0.25,
  exposureHops: 3,
  minExposure: '10000',
};

/** A change to the settings: only the fields (and heuristic toggles) it names. */
export const AnalysisSettingsPatch = z.object({ heuristics: Heuristics.partial(), ...settingFields }).partial().strict();
export type AnalysisSettingsPatch = z.infer<typeof AnalysisSettingsPatch>;

export const Heuristic = z.enum(['C1', 'C2', 'C3-reuse', 'C3-change', 'C4']);
export type Heuristic = z.infer<typeof Heuristic>;

/** One piece of clustering evidence: a heuristic applied to one transaction, linking two addresses (or vetoing a tx). */
export const ClusterEvidence = z.object({
  heuristic: Heuristic,
  txid: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  confidence: z.number().int().min(0).max(100),
  merged: z.boolean(),
  note: z.string(),
});
export type ClusterEvidence = z.infer<typeof ClusterEvidence>;

export const ClusterTag = z.object({ label: z.string(), category: z.string().nullable(), actor: z.string().nullable(), weight: z.number() });
export type ClusterTag = z.infer<typeof ClusterTag>;

export const ClusterView = z.object({
  id: z.number().int(),
  size: z.number().int(),
  label: ClusterTag.nullable(),
  /** Tags naming different entities (actors or service categories) inside one cluster. */
  conflicts: z.array(ClusterTag),
  members: z.array(z.object({ address: z.string(), tags: z.array(z.string()) })),
  membersTruncated: z.boolean(),
  evidence: z.array(ClusterEvidence),
  evidenceTruncated: z.boolean(),
});
export type ClusterView = z.infer<typeof ClusterView>;

export const ClusterWhy = z.object({
  a: z.string(),
  b: z.string(),
  sameCluster: z.boolean(),
  clusterId: z.number().int().nullable(),
  /** The shortest chain of merges from a to b; empty when they are not in one cluster. */
  chain: z.array(ClusterEvidence),
});
export type ClusterWhy = z.infer<typeof ClusterWhy>;

export const ClusteringDiff = z.object({
  clustersBefore: z.number().int(),
  clustersAfter: z.number().int(),
  /** Clusters of the new run that join members of several old clusters. */
  merged: z.array(z.object({ clusterId: z.number().int(), from: z.array(z.number().int()) })),
  /** Old clusters whose members now sit in several clusters. */
  split: z.array(z.object({ clusterId: z.number().int(), into: z.array(z.number().int()) })),
});
export type ClusteringDiff = z.infer<typeof ClusteringDiff>;

export const FindingSeverity = z.enum(['info', 'low', 'medium', 'high', 'critical']);
export const FindingStatus = z.enum(['new', 'accepted', 'dismissed']);
export const FindingSubject = z.object({ type: z.enum(['address', 'tx', 'output', 'cluster']), id: z.string() });
export type FindingSubject = z.infer<typeof FindingSubject>;

export const Finding = z.object({
  id: z.number().int(),
  detector: z.string(),
  fingerprint: z.string(),
  severity: FindingSeverity,
  title: z.string(),
  explanation: z.string(),
  subjects: z.array(FindingSubject),
  evidenceTxids: z.array(z.string()),
  amounts: z.record(z.string(), Amount),
  firstTime: z.number().int().nullable(),
  lastTime: z.number().int().nullable(),
  params: z.record(z.string(), z.unknown()),
  status: FindingStatus,
  statusReason: z.string().nullable(),
});
export type Finding = z.infer<typeof Finding>;

export const AnalysisSummary = z.object({
  clusters: z.number().int(),
  clusteredAddresses: z.number().int(),
  coinjoins: z.number().int(),
  poolPayouts: z.number().int(),
  taintedOutputs: z.number().int(),
  findings: z.record(z.string(), z.number().int()),
  diff: ClusteringDiff,
  timings: z.record(z.string(), z.number()),
});
export type AnalysisSummary = z.infer<typeof AnalysisSummary>;

export const TraceParams = z.object({
  from: z.array(z.string().min(1).max(200)).min(1).max(10_000),
  direction: z.enum(['forward', 'backward']).default('forward'),
  models: z.array(TaintModel).min(1).default([...TAINT_MODELS]),
  hops: z.number().int().min(1).max(50).default(6),
  minAmount: Amount.default('0'),
  fromTime: z.number().int().nullable().default(null),
  toTime: z.number().int().nullable().default(null),
  stopAt: z.array(z.string().max(100)).default([]),
  maxDegree: z.number().int().min(2).nullable().default(null),
  /** Haircut: the fee's share of taint flows to the block's coinbase. */
  feeTaint: z.boolean().default(false),
  crossOffchain: z.boolean().default(true),
  limit: z.number().int().min(1).max(100_000).default(1000),
});
export type TraceParams = z.infer<typeof TraceParams>;
export type TraceParamsInput = z.input<typeof TraceParams>;

export const TracedOutput = z.object({
  txid: z.string(),
  vout: z.number().int(),
  address: z.string().nullable(),
  value: Amount,
  hop: z.number().int(),
  /** The path to this output crossed an off-chain link (e.g. a hash-rental order's payout address). */
  offchain: z.boolean(),
  stoppedAt: z.string().nullable(),
  taint: z.record(z.string(), Amount),
  /** Per model (forward), the part of its value of unknown provenance: it entered through inputs the case cannot value. */
  unknown: z.record(z.string(), Amount),
});
export type TracedOutput = z.infer<typeof TracedOutput>;

export const OffchainCrossing = z.object({
  from: z.string(),
  to: z.string(),
  annotationId: z.number().int(),
  note: z.string(),
  evidence: z.record(z.string(), z.unknown()),
  taint: z.record(z.string(), Amount),
});

/**
 * Where the traced value ends up, per model. Forward, over the outputs the trace ends at: tainted, of unknown provenance
 * (entered through inputs the case cannot value), and clean. Backward, over the seeds' value: traced to outputs in the
 * case (tainted), gone back beyond the case's data (unknown), and the rest (paid as fees, or cut by the bounds; clean).
 */
export const TraceShares = z.object({ tainted: Amount, clean: Amount, unknown: Amount });
export type TraceShares = z.infer<typeof TraceShares>;

/** Where the case's data ends: inputs of reached transactions whose value (forward) or previous output (backward) it lacks. */
export const TraceEdge = z.object({
  inputs: z.number().int(),
  sample: z.array(z.object({ txid: z.string(), vin: z.number().int(), prevTxid: z.string().nullable(), prevVout: z.number().int().nullable() })),
});
export type TraceEdge = z.infer<typeof TraceEdge>;

export const TraceResult = z.object({
  direction: z.enum(['forward', 'backward']),
  models: z.array(TaintModel),
  /** kind 'spent': the seed received nothing in the case, so the outputs of the transactions it spent in were seeded. */
  seeds: z.array(z.object({ ref: z.string(), kind: z.enum(['received', 'spent']).default('received'), outputs: z.number().int(), value: Amount })),
  outputs: z.array(TracedOutput),
  outputsTotal: z.number().int(),
  addresses: z.array(z.object({ address: z.string(), taint: z.record(z.string(), Amount) })),
  totals: z.record(z.string(), Amount),
  shares: z.record(z.string(), TraceShares),
  dataEnds: TraceEdge,
  disagreement: z.array(
    z.object({ txid: z.string(), vout: z.number().int(), address: z.string().nullable(), min: Amount, max: Amount, minModel: z.string(), maxModel: z.string() }),
  ),
  offchain: z.array(OffchainCrossing),
  stats: z.object({ txs: z.number().int(), skippedHighDegree: z.number().int(), stopped: z.number().int(), seconds: z.number() }),
});
export type TraceResult = z.infer<typeof TraceResult>;
