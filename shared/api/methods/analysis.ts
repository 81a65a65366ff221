import { z } from 'zod';
import { method } from '../define';
import {
  AnalysisSettings,
  AnalysisSettingsPatch,
  AnalysisSummary,
  ClusterView,
  ClusterWhy,
  ClusteringDiff,
  Finding,
  FindingStatus,
  TraceParams,
  TraceResult,
} from '../../domain/analysis';
import { CaseInfo } from '../../domain/case';

const Location = z.string().min(1).max(4096);
const AddressOrId = z.string().min(1).max(200);

export const demoMethods = {
  'demo.open': method({
    summary: 'Create the seeded demo case (the whole mining-laundering typology with decoys) at a location and open it.',
    params: z
      .object({
        location: Location,
        scale: z.number().int().min(0).max(2_000_000).default(0),
        seed: z.number().int().min(0).max(0xffffffff).optional(),
      })
      .strict(),
    result: CaseInfo,
  }),
};

export const analysisMethods = {
  'analysis.run': method({
    summary: 'Cluster, trace taint from abuse-tagged funds, compute coinbase lineage and run every detector.',
    params: z.object({}).strict(),
    result: AnalysisSummary,
  }),
  'analysis.settings.get': method({
    summary: 'The case analysis settings (heuristic toggles and detector parameters).',
    params: z.object({}).strict(),
    result: AnalysisSettings,
  }),
  'analysis.settings.set': method({
    summary: 'Change analysis settings; re-clusters and returns the before/after difference.',
    params: z.object({ settings: AnalysisSettingsPatch }).strict(),
    result: z.object({ settings: AnalysisSettings, diff: ClusteringDiff }),
  }),
  'findings.list': method({
    summary: 'Findings, strongest first.',
    params: z
      .object({ detector: z.string().max(100).optional(), status: FindingStatus.optional(), limit: z.number().int().min(1).max(10_000).default(1000) })
      .strict(),
    result: z.array(Finding),
  }),
  'findings.setStatus': method({
    summary: 'Accept or dismiss a finding (a dismissal needs a reason); kept across re-runs.',
    params: z
      .object({ id: z.number().int(), status: FindingStatus, reason: z.string().max(2000).optional() })
      .strict()
      .refine((p) => p.status !== 'dismissed' || (p.reason ?? '').trim().length > 0, { message: 'a dismissal needs a reason', path: ['reason'] }),
    result: Finding,
  }),
  'trace.run': method({
    summary: 'Trace funds forward or backward from addresses or outputs under every taint model side by side.',
    params: TraceParams.strict(),
    result: TraceResult,
  }),
  'cluster.get': method({
    summary: 'A cluster by id or by member address: members, label, tag conflicts and the evidence of its merges.',
    params: z.object({ id: AddressOrId, limit: z.number().int().min(1).max(100_000).default(1000) }).strict(),
    result: ClusterView,
  }),
  'cluster.why': method({
    summary: 'Why two addresses are in one cluster: the shortest chain of merge evidence between them.',
    params: z.object({ a: AddressOrId, b: AddressOrId }).strict(),
    result: ClusterWhy,
  }),
};
