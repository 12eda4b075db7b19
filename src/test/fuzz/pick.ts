// Weighted choice between good and bad values, shared by the design generators.
import fc from 'fast-check';

/** The good choice nearly always, a bad one now and then: keeps a share of designs valid. */
export function mostly<T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>, badWeight = 1): fc.Arbitrary<T> {
  return fc.oneof({ weight: 24, arbitrary: good }, { weight: badWeight, arbitrary: bad });
}

export function rarely<T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 80, arbitrary: good }, { weight: 1, arbitrary: bad });
}
