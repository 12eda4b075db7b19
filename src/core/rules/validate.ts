// Placeholder until validation lands.
import type { Pipeline } from '../model/types';
import type { Diagnostic } from './diagnostics';

export function validate(_p: Pipeline): Diagnostic[] {
  return [];
}
