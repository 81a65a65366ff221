import { clustersOf } from '../../graph/clusters';
import { expandCounts, expandNodes } from '../../graph/expand';
import { graphPath } from '../../graph/path';
import { findingPathInput } from '../../graph/path-figure/finding-path';
import { tracePathInput } from '../../graph/path-figure/trace-path';
import { sliceOfIds, sliceOfView } from '../../graph/saved-view-slice';
import { searchGraph } from '../../graph/search';
import { nodeFlows, timeRange } from '../../graph/time-flows';
import { deleteView, getView, listViews, saveView } from '../../graph/views-store';
import { figureForView } from '../../report/figure/subgraph';
import { figureSvg } from '../../report/figure/svg';
import type { HandlerMap } from '../handler-types';

type GraphMethod =
  | 'graph.expand' | 'graph.expandCounts' | 'graph.search' | 'graph.path' | 'graph.findingPath' | 'graph.tracePath' | 'graph.nodes' | 'graph.clusters' | 'graph.timeRange' | 'graph.flows' | 'graph.viewSvg'
  | 'views.list' | 'views.get' | 'views.save' | 'views.delete';

/** Graph queries read the open case directly; view writes go through the session's queue and the audit log. */
export const graphHandlers: HandlerMap<GraphMethod> = {
  'graph.expand': (request, backend) => expandNodes(backend.session.caseFile.db, request),
  'graph.expandCounts': (request, backend) => expandCounts(backend.session.caseFile.db, request),
  'graph.search': ({ query, limit }, backend) => searchGraph(backend.session.caseFile.db, query, limit),
  'graph.path': ({ from, to, maxHops }, backend) => graphPath(backend.session.caseFile.db, from, to, maxHops),
  'graph.findingPath': ({ findingId }, backend) => {
    const { nodes, flows, truncated } = findingPathInput(backend.session.caseFile.db, findingId);
    return { nodes, flows, truncated };
  },
  'graph.tracePath': ({ txids, subjects }, backend) => tracePathInput(backend.session.caseFile.db, txids, subjects),
  'graph.nodes': ({ nodeIds }, backend) => sliceOfIds(backend.session.caseFile.db, nodeIds),
  'graph.clusters': ({ nodeIds }, backend) => clustersOf(backend.session.caseFile.db, nodeIds),
  'graph.timeRange': (_params, backend) => timeRange(backend.session.caseFile.db),
  'graph.flows': ({ nodeId }, backend) => nodeFlows(backend.session.caseFile.db, nodeId),
  'graph.viewSvg': ({ view, width, height }, backend) => {
    const figure = figureForView(backend.session.caseFile.db, view);
    return { svg: figureSvg(figure, width, height), nodes: figure.nodes.length };
  },
  'views.list': (_params, backend) => listViews(backend.session.caseFile.db),
  'views.get': ({ id }, backend) => {
    const db = backend.session.caseFile.db;
    const view = getView(db, id);
    return { ...view, slice: sliceOfView(db, view.data) };
  },
  'views.save': ({ name, data }, backend) => backend.session.exclusive((file) => saveView(file.db, name, data)),
  'views.delete': async ({ id }, backend) => ({ deleted: await backend.session.exclusive((file) => deleteView(file.db, id)) }),
};
