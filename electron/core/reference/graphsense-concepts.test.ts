import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conceptModule } from '../../../build/graphsense-concepts.mjs';
import { fixture } from '../test-support/fixtures';

describe('shared/category/graphsense-concepts.ts', () => {
  it('is what the generator writes from the GraphSense concepts.yaml (regenerate with build/graphsense-concepts.mjs)', () => {
    const yaml = readFileSync(fixture('graphsense-tagpack-schema/db/concepts.yaml'), 'utf8');
    const generated = readFileSync(new URL('../../../shared/category/graphsense-concepts.ts', import.meta.url), 'utf8');
    expect(generated).toBe(conceptModule(yaml));
  });
});
