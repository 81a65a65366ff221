import { z } from 'zod';
import type { ApiClient } from '../../../shared/api/client';
import type { FigureInput } from '../../../shared/figure/types';

/**
 * What a path view shows: the paths of some findings, or of a trace's transactions. Kept in a saved view's filters,
 * so reopening the view draws the same figure again (parsed: a hand-edited case cannot break the canvas).
 */
export const PathRequest = z.object({
  title: z.string().max(200),
  findingIds: z.array(z.number().int().min(1)).max(50).default([]),
  txids: z.array(z.string().regex(/^(0x)?[0-9a-fA-F]{64}$/)).max(2000).default([]),
  subjects: z.array(z.string().max(300)).max(5000).default([]),
  /** Fans the analyst opened. */
  expanded: z.array(z.string().max(200)).max(200).default([]),
});
export type PathRequest = z.output<typeof PathRequest>;

/** The figure input of a request: each finding's path and the trace's, merged (a node shared by two paths is drawn once). */
export async function fetchPath(client: ApiClient, request: PathRequest): Promise<FigureInput> {
  const parts = await Promise.all([
    ...request.findingIds.map((findingId) => client.call('graph.findingPath', { findingId })),
    ...(request.txids.length > 0 ? [client.call('graph.tracePath', { txids: request.txids, subjects: request.subjects })] : []),
  ]);
  const nodes = new Map<string, FigureInput['nodes'][number]>();
  for (const part of parts) for (const n of part.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  return { nodes: [...nodes.values()], flows: parts.flatMap((p) => p.flows) };
}
