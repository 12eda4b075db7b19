// Shortcuts every panel uses to read the inspected entity and apply core operations.
import type { EntityPatch } from '../../core/model/operations';
import { updateEntity } from '../../core/model/operations';
import type { Pipeline } from '../../core/model/types';
import { useDesign } from '../../store/designStore';

export function change(fn: (p: Pipeline) => Pipeline): void {
  useDesign.getState().change(fn);
}

export function patchEntity(id: string, patch: EntityPatch): void {
  change((p) => updateEntity(p, id, patch));
}
