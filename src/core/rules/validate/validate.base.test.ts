import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { baseDesign } from './testDesign';

describe('validate: the reference design', () => {
  it('has no problems at all, so every other test starts from a clean slate', () => {
    expect(validate(baseDesign().p)).toEqual([]);
  });
});
