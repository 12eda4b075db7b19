import { describe, expect, it } from 'vitest';
import { duplicateEntities } from '../clipboard/fragment';
import { findTemplate } from '../templates';
import { isNewDesign } from './replaced';
import { emptyPipeline } from './types';

describe('isNewDesign', () => {
  it('is true for a template or New, false for edits and pastes', () => {
    const a = findTemplate('kafka-dead-letter-stream')!.build();
    const b = findTemplate('kafka-dedup-replacing')!.build();
    expect(isNewDesign(a, b)).toBe(true);
    expect(isNewDesign(a, emptyPipeline())).toBe(true);
    expect(isNewDesign(emptyPipeline(), emptyPipeline())).toBe(false);
    expect(isNewDesign(a, a)).toBe(false);
    expect(isNewDesign(a, duplicateEntities(a, [a.entities[0]!.id]).pipeline)).toBe(false);
    expect(isNewDesign(a, { ...a, entities: a.entities.map((e) => ({ ...e, comment: 'x' })) })).toBe(false);
  });
});
