import { ChainBuilder } from './chain-builder';
import type { DemoRecord } from './demo-records';
import { backgroundTraffic } from './background';
import { poolRecords } from './pools';
import { Prng } from './prng';
import { backgroundMiners, plantStory, type DemoTruth } from './typology';

export interface DemoOptions {
  seed?: number;
  /** Background transactions added after the story (0 for the demo case; 100k or 1M for benchmark cases). */
  scale?: number;
}

export const DEMO_SEED = 20230606;
/** 2023-06-06 00:00 UTC, block 793,500: the story's first day. */
export const DEMO_START_TIME = 1_686_009_600;
export const DEMO_START_HEIGHT = 793_500;
const STORY_DAYS = 7;

/**
 * The whole demo: the planted story (built eagerly; it is small) and a lazy stream of records in chain order:
 * reference pools and actors, the blocks and transactions, then tags and annotations that name them.
 */
export function generateDemo(options: DemoOptions = {}): { truth: DemoTruth; records: Iterable<DemoRecord> } {
  const prng = new Prng(options.seed ?? DEMO_SEED);
  const miners = backgroundMiners();
  const builder = new ChainBuilder(prng, DEMO_START_HEIGHT, DEMO_START_TIME, () => prng.pick(miners));
  const story = plantStory(prng, builder, DEMO_START_TIME);
  const scale = options.scale ?? 0;
  function* records(): Generator<DemoRecord> {
    yield* poolRecords();
    yield* story.actors;
    yield* builder.drain();
    for (const batch of backgroundTraffic(prng, builder, scale, DEMO_START_TIME + STORY_DAYS * 86_400)) yield* batch;
    yield* builder.finish();
    yield* story.tags;
    yield* story.annotations;
  }
  return { truth: story.truth, records: records() };
}
