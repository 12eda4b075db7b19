import { newId } from '../ids';
import type { Mapping, MaterializedView, Position } from '../types';

export function createMapping(target: string, expr = target): Mapping {
  return { id: newId('map'), target, expr };
}

export function createMaterializedView(
  name: string,
  position: Position,
  init: Partial<MaterializedView> = {},
): MaterializedView {
  return {
    id: newId('mv'),
    kind: 'materializedView',
    name,
    database: 'default',
    comment: '',
    position,
    mappings: [],
    where: '',
    groupBy: '',
    ...init,
  };
}
