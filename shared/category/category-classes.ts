import { broaderChain, HASH_RENTAL } from './categories';

export type Theme = 'light' | 'dark';

/**
 * The display classes a category is drawn with (canvas, legend, figures): one name and one colour per theme.
 * Light colours hold contrast on white paper and the light canvas, dark ones on the dark canvas.
 */
export const CATEGORY_CLASSES = [
  { key: 'victim', label: 'Victim', light: '#15803d', dark: '#2fb67c' },
  { key: 'perpetrator', label: 'Perpetrator or abuse', light: '#dc2626', dark: '#e5484d' },
  { key: 'sanctioned', label: 'Sanctioned', light: '#be185d', dark: '#ff3b8b' },
  { key: 'exchange', label: 'Exchange', light: '#2563eb', dark: '#3e8ef7' },
  { key: 'mining_pool', label: 'Mining pool', light: '#b45309', dark: '#e5a84b' },
  { key: HASH_RENTAL, label: 'Hash-rental marketplace', light: '#7e22ce', dark: '#c26df0' },
  { key: 'mixer', label: 'Mixer', light: '#7c5a2e', dark: '#a8875c' },
  { key: 'service', label: 'Other service', light: '#0f766e', dark: '#2bb3a6' },
  { key: 'unknown', label: 'Other or no category', light: '#6b7280', dark: '#8c96a0' },
] as const;
export type CategoryClass = (typeof CATEGORY_CLASSES)[number]['key'];

/** The concept (or a broader one) that decides a class; the nearest match wins, so "sanction" beats "abuse". */
const CLASS_OF_CONCEPT: Readonly<Record<string, CategoryClass>> = {
  victim: 'victim',
  perpetrator: 'perpetrator',
  abuse: 'perpetrator',
  sanction: 'sanctioned',
  exchange: 'exchange',
  miner: 'mining_pool',
  mining_service: 'mining_pool',
  [HASH_RENTAL]: HASH_RENTAL,
  mixing_service: 'mixer',
  mixing: 'mixer',
  service: 'service',
};

const CLASS_KEYS: ReadonlySet<string> = new Set(CATEGORY_CLASSES.map((c) => c.key));

/** The display class of a tag category (a concept id; a class key such as a saved view's "mining_pool" maps to itself). */
export function categoryClass(category: string | null | undefined): CategoryClass {
  if (!category) return 'unknown';
  const c = category.toLowerCase();
  for (const id of broaderChain(c)) {
    const cls = CLASS_OF_CONCEPT[id];
    if (cls) return cls;
  }
  return CLASS_KEYS.has(c) ? (c as CategoryClass) : 'unknown';
}

const BY_KEY = new Map<string, (typeof CATEGORY_CLASSES)[number]>(CATEGORY_CLASSES.map((c) => [c.key, c]));

export const classColor = (cls: CategoryClass, theme: Theme): string => BY_KEY.get(cls)?.[theme] ?? '#6b7280';
export const classLabel = (cls: CategoryClass): string => BY_KEY.get(cls)?.label ?? cls;
