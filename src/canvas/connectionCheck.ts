import { canConnect, type ConnectionCheck } from '../core/rules/connections';
import type { Pipeline } from '../core/model/types';

/**
 * The rule check for a connection being dragged from `fromId` over `overId`.
 * A drag may start at an input handle, in which case the node under the pointer
 * is the source. Null when there is nothing to judge (no node, or the start node).
 */
export function checkDrag(
  p: Pipeline,
  fromId: string,
  fromType: 'source' | 'target',
  overId: string | null,
): ConnectionCheck | null {
  if (overId === null || overId === fromId) return null;
  return fromType === 'source' ? canConnect(p, fromId, overId) : canConnect(p, overId, fromId);
}
