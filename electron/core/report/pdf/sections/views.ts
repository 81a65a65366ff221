import { LAST_SESSION_VIEW, ViewData } from '../../../../../shared/domain/view';
import { figureForView } from '../../figure/subgraph';
import { figureSvg } from '../../figure/svg';
import type { ReportContext } from '../../report-context';
import { TEXT_WIDTH } from '../pdf-writer';
import type { ReportSection } from './section';

export const VIEW_FIGURE_HEIGHT = 420;

/**
 * The saved views the export includes, in name order, with their parsed data (null when unreadable). "All views" means
 * the examiner's: the auto-saved last session goes in only when chosen by name.
 */
export function chosenViews(ctx: Pick<ReportContext, 'db' | 'views'>): { name: string; data: ViewData | null; raw: string }[] {
  const rows = ctx.db.prepare('SELECT name, data FROM views ORDER BY name').all() as { name: string; data: string }[];
  const wanted = ctx.views ? new Set(ctx.views) : null;
  return rows
    .filter((r) => (wanted ? wanted.has(r.name) : r.name !== LAST_SESSION_VIEW))
    .map((r) => {
      let parsed: ViewData | null = null;
      try {
        const result = ViewData.safeParse(JSON.parse(r.data));
        parsed = result.success ? result.data : null;
      } catch {
        parsed = null;
      }
      return { name: r.name, data: parsed, raw: r.data };
    });
}

export const viewsSection: ReportSection = {
  id: 'views',
  title: 'Graph views',
  items: (ctx) => chosenViews(ctx).length,
  render(w, ctx) {
    const views = chosenViews(ctx);
    w.beginSection(this.id, this.title, views.map((v) => [v.name, v.raw]));
    w.paragraph('Graph views saved by the examiner, drawn by Assay from the saved node positions. Squares are transactions, ' +
      'circles addresses; arrows show the direction of value with the amount. The same drawings are in figures/ as SVG.');
    if (views.length === 0) w.paragraph('No graph view was saved or chosen.');
    for (const view of views) {
      w.heading(`View: ${view.name}`, 2);
      if (!view.data) {
        w.note('The saved data of this view could not be read; it is not drawn.');
        continue;
      }
      const figure = figureForView(ctx.db, view.data);
      if (figure.nodes.length === 0) w.note('This view has no nodes that are in the case.');
      else w.figure(figureSvg(figure, TEXT_WIDTH, VIEW_FIGURE_HEIGHT), VIEW_FIGURE_HEIGHT, figure.note);
      const filters = Object.entries(view.data.filters);
      if (filters.length > 0) w.fields(filters.map(([k, v]) => [`filter ${k}`, JSON.stringify(v)]));
    }
  },
};
