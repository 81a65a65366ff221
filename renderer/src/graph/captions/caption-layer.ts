import type { Core, NodeSingular } from 'cytoscape';
import { COVERED_EVENT, coveredArea } from '../view-area';
import { placeCaptions, type Box, type CaptionCandidate, type CaptionSide } from './place-captions';

/** Captions are this many pixels on screen at every zoom (never below the ~9 px the eye needs). */
export const CAPTION_PX = 11;
export const CAPTION_FONT = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace';
const LINE = 1.3;
const GAP = 3;
const MARGIN = 2;
/** Wait this long after the last change (a zoom gesture, a layout's frames) before placing again. */
export const SETTLE_MS = 90;
const SIDE_CLASSES = ['cap-below', 'cap-above', 'cap-right', 'cap-left'] as const;
const SIDE_SELECTOR = SIDE_CLASSES.map((c) => `.${c}`).join(', ');
const CLASS_OF: Record<CaptionSide, (typeof SIDE_CLASSES)[number]> = { below: 'cap-below', above: 'cap-above', right: 'cap-right', left: 'cap-left' };

/** What wins a contested place: tagged entities, then the highlighted (a finding's subjects), then the analyst's picks, then degree. */
export function captionPriority(n: NodeSingular): number {
  const tagged = n.hasClass('tagged') || n.hasClass('collapsed') ? 8 : 0;
  const focus = n.hasClass('focus') ? 4 : 0;
  const picked = n.selected() || n.hasClass('pinned') || n.hasClass('marked') ? 2 : 0;
  return tagged + focus + picked + Math.min(1, n.degree(false) / 100);
}

/** Text widths on screen, measured once per text with the caption font (callers add a little: fonts fall back). */
function textMeasure(): (text: string) => number {
  const cache = new Map<string, number>();
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) context.font = `${CAPTION_PX}px ${CAPTION_FONT}`;
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = context ? context.measureText(text).width : text.length * CAPTION_PX * 0.62;
      cache.set(text, w);
    }
    return w;
  };
}

/**
 * Draws captions only for the nodes that win their place on screen (placeCaptions), at a constant on-screen size:
 * after every zoom, layout, edit or highlight settles, the winners get a `cap-*` class for their side and the font
 * size and margin that give CAPTION_PX on screen; the losers draw no text at all (cheaper redraws on big graphs).
 */
export class CaptionLayer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private applying = false;
  private zoom = Number.NaN;
  private readonly measure = textMeasure();
  private readonly onChange = () => {
    if (!this.applying) this.schedule();
  };

  constructor(private readonly cy: Core) {
    cy.on('add remove position class select unselect', 'node', this.onChange);
    // A pan brings other nodes on screen and others under the panels: placed again once it settles, like a zoom.
    cy.on(`viewport ${COVERED_EVENT}`, this.onChange);
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.cy.destroyed()) this.place();
    }, SETTLE_MS);
  }

  /** Places every caption now; returns how many are drawn. */
  place(): number {
    const { cy } = this;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const candidates: CaptionCandidate[] = [];
    const nodes = new Map<string, NodeSingular>();
    // Captions stay on the canvas and off the toolbar and panels drawn over it.
    const [width, height] = [cy.width(), cy.height()];
    const obstacles: Box[] = [...coveredArea(cy).boxes];
    cy.nodes().forEach((n) => {
      if (n.isParent() || !n.visible()) return;
      const text = String(n.data('label') ?? '');
      const { x, y } = n.position();
      const [sx, sy] = [x * zoom + pan.x, y * zoom + pan.y];
      if (sx < -OFF_SCREEN || sy < -OFF_SCREEN || sx > width + OFF_SCREEN || sy > height + OFF_SCREEN) return;
      if (!text) {
        // Text-only nodes (a path view's titles and edge labels) and unnamed marks: in the way, never captioned.
        const [hw, hh] = [(n.outerWidth() * zoom) / 2, (n.outerHeight() * zoom) / 2];
        obstacles.push({ x: sx - hw, y: sy - hh, w: 2 * hw, h: 2 * hh });
        return;
      }
      nodes.set(n.id(), n);
      candidates.push({ id: n.id(), x: sx, y: sy, halfW: (n.outerWidth() * zoom) / 2, halfH: (n.outerHeight() * zoom) / 2, width: this.measure(text) * 1.04 + 2, priority: captionPriority(n) });
    });
    const placed = placeCaptions(candidates, { height: CAPTION_PX * LINE, gap: GAP, margin: MARGIN }, obstacles, { x: 0, y: 0, w: width, h: height });
    const next = new Map(placed.map((p) => [p.id, p.side]));
    const font = CAPTION_PX / zoom;
    const gap = GAP / zoom;
    this.applying = true;
    try {
      cy.batch(() => {
        // Read from the canvas, not remembered: undo and reopened views bring classes back with the elements.
        cy.nodes(SIDE_SELECTOR).forEach((n) => {
          const want = next.get(n.id());
          for (const cls of SIDE_CLASSES) if (n.hasClass(cls) && (!want || CLASS_OF[want] !== cls)) n.removeClass(cls);
        });
        for (const [id, side] of next) {
          const n = nodes.get(id)!;
          if (!n.hasClass(CLASS_OF[side])) n.addClass(CLASS_OF[side]);
          const dx = side === 'right' ? gap : side === 'left' ? -gap : 0;
          const dy = side === 'below' ? gap : side === 'above' ? -gap : 0;
          if (n.data('capPx') !== font || n.data('capDx') !== dx || n.data('capDy') !== dy) n.data({ capPx: font, capDx: dx, capDy: dy });
        }
      });
    } finally {
      this.applying = false;
    }
    this.zoom = zoom;
    // Who waits for captions (tests, screenshots) reads the viewport they were placed for.
    cy.scratch('captions', { zoom, pan: { ...pan }, count: next.size });
    return next.size;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.cy.off('add remove position class select unselect', 'node', this.onChange);
    this.cy.off(`viewport ${COVERED_EVENT}`, this.onChange);
  }
}

/** Nodes this far past the canvas's edge cannot have a caption on it. */
const OFF_SCREEN = 400;
