import { categoryClass, type CategoryClass } from '../../../shared/category/category-classes';

/** The legend key of a tag category: its display class in the shared category model. */
export const legendKey = (category: string | null | undefined): CategoryClass => categoryClass(category);

/**
 * Edge width in model pixels from a base-unit amount: logarithmic, so 1 sat and 1,000 BTC differ visibly without
 * the big ones covering the graph (1 px up to 8 px).
 */
export function edgeWidth(value: string): number {
  const digits = value.replace(/^-/, '').replace(/^0+/, '').length;
  return Math.min(8, 1 + Math.max(0, digits - 4) * 0.6);
}
