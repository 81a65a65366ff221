import { layoutFigure } from '../../../../shared/figure/layout-figure';
import type { FigureInput, LaidFigure } from '../../../../shared/figure/types';
import { withGlyphs } from '../pdf/glyph-coverage';
import { plainText } from '../pdf/plain-text';
import { measureDejaVu } from './measure';
import { pathFigureSvg } from './path-svg';

/** Labels as the PDF can print them: control and direction characters out, glyphs the font lacks named ([U+XXXX]). */
const printable = (text: string | null | undefined): string | null => (text ? withGlyphs(plainText(text, { max: 200 }), 'sans') : (text ?? null));

/** A path figure laid out at print width with the embedded fonts' metrics, and drawn as SVG. */
export function printFigure(input: FigureInput, width: number, maxHeight: number): { figure: LaidFigure; svg: string } {
  const safe: FigureInput = {
    nodes: input.nodes.map((n) => ({ ...n, label: printable(n.label), entity: printable(n.entity) })),
    flows: input.flows.map((f) => ({ ...f, reference: printable(f.reference) })),
  };
  const figure = layoutFigure(safe, { width, measure: measureDejaVu, maxHeight });
  return { figure, svg: pathFigureSvg(figure) };
}
