// The UI benchmark page (dist/bench/bench.js): a saved 5,000-node view on a real cytoscape canvas, the worker force
// layout, a 500-node expansion and stock cose, each step timed and its main-thread long tasks collected. The canvas
// carries the app's caption layer, so every step pays for placing and drawing captions as the workspace does.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { layoutCanvas } from '../graph/interactions/canvas-layout';
import { computeLayout } from '../layout/compute-layout';
import { FramedPositions } from '../layout/cytoscape-adapter';
import { runLayout } from '../layout/run-layout';
import { fitPositions, fitView } from '../graph/viewport';
import { replaceElements, type OpenPhase } from '../views/replace-elements';
import { BENCH_SIZE, type BenchApi, type BenchWindow, type OpenPhases } from './bench-api';
import { categoryClass, classColor } from '../../../shared/category/category-classes';
import { CaptionLayer, SETTLE_MS } from '../graph/captions/caption-layer';
import { BENCH_STYLE } from './bench-style';
import { observeLongTasks } from './long-tasks';
import { expandGraph, syntheticGraph } from './synthetic-graph';

const longTasks = observeLongTasks();
const graph = syntheticGraph(BENCH_SIZE.nodes, BENCH_SIZE.edges, BENCH_SIZE.seed);
const expanded = expandGraph(graph, BENCH_SIZE.expand, BENCH_SIZE.expandAnchors, BENCH_SIZE.seed + 1);
const container = document.getElementById('graph')!;
/**
 * The workspace draws the case's overview (a few hundred nodes) before an analyst opens a saved view: the bench does
 * the same first, so the open is timed as the analyst meets it, not while the browser compiles cytoscape's code.
 */
const WARM_UP = { nodes: 300, edges: 600 } as const;
let cy: Core | null = null;
let captions: CaptionLayer | null = null;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const frames = async (count: number) => {
  for (let k = 0; k < count; k++) await frame();
};
// A progress redraw costs one full redraw (~0.2 s here): about one a second shows the layout moving.
const PROGRESS_MS = 1000;
const ms = (from: number) => Math.round(performance.now() - from);
const rendered = (instance: Core) => new Promise<void>((resolve) => instance.one('render', () => resolve()));
/** Until the caption layer has placed after the last change (it waits SETTLE_MS) and the canvas drew them. */
const captionsDrawn = async (instance: Core): Promise<number> => {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 20));
  await frames(2);
  return (instance.scratch('captions') as { count: number } | undefined)?.count ?? 0;
};

/** A new canvas with the workspace's caption layer on it. */
function newCanvas(options: cytoscape.CytoscapeOptions): Core {
  captions?.dispose();
  cy?.destroy();
  cy = cytoscape({ container, style: BENCH_STYLE, minZoom: 0.02, maxZoom: 4, ...options });
  captions = new CaptionLayer(cy);
  return cy;
}

function nodeElement(i: number, ids: readonly string[], lanes: readonly string[], positions?: Float32Array): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: ids[i]!, label: ids[i]!, color: classColor(categoryClass(lanes[i]), 'dark') },
    ...(positions ? { position: { x: positions[2 * i]!, y: positions[2 * i + 1]! } } : {}),
  };
}

function edgeElement(e: number, ids: readonly string[], edges: Uint32Array): ElementDefinition {
  return { group: 'edges', data: { id: `e${e}`, source: ids[edges[2 * e]!]!, target: ids[edges[2 * e + 1]!]! } };
}

function viewElements(g: typeof graph): ElementDefinition[] {
  const nodes = g.ids.map((_, i) => nodeElement(i, g.ids, g.lanes, g.positions));
  const edges = Array.from({ length: g.edges.length / 2 }, (_, e) => edgeElement(e, g.ids, g.edges));
  return [...nodes, ...edges];
}

const savedViewElements = (): ElementDefinition[] => viewElements(graph);

function canvas(elements: ElementDefinition[]): Core {
  return newCanvas({ elements, layout: { name: 'preset' } });
}

/**
 * Opens a saved view the way the workspace does (replaceElements: every element at its saved position, no layout, fit
 * on node centres), timing each phase.
 */
async function openPhases(elements: ElementDefinition[] = savedViewElements()): Promise<{ instance: Core; phases: OpenPhases }> {
  let last = performance.now();
  const took: Partial<Record<OpenPhase | 'elements' | 'init', number>> = {};
  const mark = (phase: OpenPhase | 'elements' | 'init') => {
    const now = performance.now();
    took[phase] = Math.round(now - last);
    last = now;
  };
  mark('elements');
  const instance = newCanvas({});
  mark('init');
  await replaceElements(instance, elements, () => fitView(instance, true), mark);
  const phase = (name: keyof typeof took) => took[name] ?? 0;
  return {
    instance,
    phases: { elementsMs: phase('elements'), initMs: phase('init'), addMs: phase('add'), styleMs: phase('style'), fitMs: phase('place'), calculateMs: phase('calculate'), firstRenderMs: phase('draw') },
  };
}

/** The floor of any canvas update at this moment: one full redraw after a 1-pixel pan, median of three. */
async function redrawMedian(instance: Core): Promise<number> {
  const redraws: number[] = [];
  for (let k = 0; k < 3; k++) {
    await frames(2);
    const from = performance.now();
    instance.panBy({ x: 1, y: 0 });
    await rendered(instance);
    redraws.push(ms(from));
  }
  return redraws.sort((a, b) => a - b)[1]!;
}

const bench: BenchApi = {
  async warmUp() {
    const start = performance.now();
    const { instance } = await openPhases(viewElements(syntheticGraph(WARM_UP.nodes, WARM_UP.edges, BENCH_SIZE.seed + 2)));
    await captionsDrawn(instance);
    return ms(start);
  },

  async openSavedView() {
    const start = performance.now();
    const { instance, phases } = await openPhases();
    const drawn = await captionsDrawn(instance);
    const totalMs = ms(start);
    const longest = await longTasks.between(start, start + totalMs);
    return { nodes: graph.ids.length, edges: graph.edges.length / 2, phases, totalMs, captions: drawn, redrawMs: await redrawMedian(instance), longTasks: longest };
  },

  async stockFloor() {
    captions?.dispose();
    captions = null;
    cy?.destroy();
    const start = performance.now();
    const instance = cytoscape({ container, elements: savedViewElements(), layout: { name: 'preset' } });
    cy = instance;
    await rendered(instance);
    return { openMs: ms(start), redrawMs: await redrawMedian(instance) };
  },

  async workerLayout() {
    const target = cy!;
    const start = performance.now();
    let progressUpdates = 0;
    const canvasPositions = new FramedPositions(target, graph.ids);
    const run = runLayout('force', { ids: graph.ids, edges: graph.edges }, { progressEveryMs: PROGRESS_MS }).onProgress((p) => {
      progressUpdates++;
      canvasPositions.update(p.positions);
    });
    const result = await run.promise;
    canvasPositions.update(result.positions);
    fitPositions(target, result.positions);
    await canvasPositions.idle();
    await frames(2);
    const end = performance.now();
    await frames(2);
    return { ms: Math.round(end - start), iterations: result.iterations ?? 0, converged: result.converged ?? false, progressUpdates, longTasks: await longTasks.between(start, end) };
  },

  async expand() {
    const target = cy!;
    const n = graph.ids.length;
    const extraEdges = (expanded.edges.length - graph.edges.length) / 2;
    const added: ElementDefinition[] = [];
    for (let v = n; v < expanded.ids.length; v++) added.push(nodeElement(v, expanded.ids, expanded.lanes));
    for (let e = graph.edges.length / 2; e < expanded.edges.length / 2; e++) added.push(edgeElement(e, expanded.ids, expanded.edges));
    const newIds = expanded.ids.slice(n);
    const oldNodes = target.nodes();
    const before = oldNodes.map((node) => ({ ...node.position() }));
    const start = performance.now();
    // The workspace's expansion (Workbench.addAndPlace): the slice in one cy.add, then layoutCanvas places only the new
    // nodes (beside their neighbours at once, then the worker force layout) without moving anything else.
    target.add(added);
    const placed = await layoutCanvas(target, 'force', new Set(newIds), true);
    const drawn = await captionsDrawn(target);
    const end = performance.now();
    // What the analyst sees: how far any node that was on the canvas before moved.
    let oldNodeMaxDrift = 0;
    oldNodes.forEach((node, i) => {
      const { x, y } = node.position();
      oldNodeMaxDrift = Math.max(oldNodeMaxDrift, Math.abs(x - before[i]!.x), Math.abs(y - before[i]!.y));
    });
    await frames(2);
    return {
      addedNodes: newIds.length,
      addedEdges: extraEdges,
      ms: Math.round(end - start),
      forceIterations: placed?.result.iterations ?? 0,
      oldNodeMaxDrift,
      captions: drawn,
      longTasks: await longTasks.between(start, end),
    };
  },

  cheapLayouts() {
    const time = (fn: () => unknown) => {
      const start = performance.now();
      fn();
      return Math.round((performance.now() - start) * 10) / 10;
    };
    return {
      flowMs: time(() => computeLayout('flow', graph)),
      timelineMs: time(() => computeLayout('timeline', graph)),
      presetMs: time(() => computeLayout('preset', { ...expanded, positions: expanded.positions })),
    };
  },

  async cose(capMs) {
    const target = canvas(savedViewElements());
    await frames(2);
    const start = performance.now();
    // Stock cose with its defaults; animate:true only so it yields between iterations and can be stopped at the cap
    // (refresh 1 = one iteration per frame; the huge threshold keeps it from redrawing until it ends).
    const layout = target.layout({ name: 'cose', animate: true, refresh: 1, animationThreshold: 1e12, randomize: false } as cytoscape.LayoutOptions);
    let capped = false;
    const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    const timer = setTimeout(() => {
      capped = true;
      layout.stop();
    }, capMs);
    // With refresh 1 cose runs one iteration per animation frame, so counting frames counts its iterations.
    let iterationsDone = 0;
    let counting = true;
    const count = () => {
      if (!counting) return;
      iterationsDone++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    layout.run();
    await stopped;
    counting = false;
    clearTimeout(timer);
    const end = performance.now();
    await frames(2);
    const initial = 1000;
    const cooling = 0.99;
    const minTemp = 1;
    return {
      ms: Math.round(end - start),
      capped,
      capMs,
      iterationsDone,
      iterationsToFinish: Math.min(1000, Math.ceil(Math.log(minTemp / initial) / Math.log(cooling))),
      longTasks: await longTasks.between(start, end),
    };
  },
};

(window as unknown as BenchWindow).assayBench = bench;
