import type { MaterializedView } from '../../model/types';
import { canonicalBase, canonicalMapping, readMappings } from '../parts';
import { str } from '../readers';
import type { KindCodec } from './codec';

export const materializedViewCodec: KindCodec<MaterializedView> = {
  read: (o, path, base) => ({
    ...base,
    mappings: readMappings(o, path),
    where: str(o, 'where', path, base.where),
    groupBy: str(o, 'groupBy', path, base.groupBy),
    // A view in SQL mode keeps it even while its query is empty (the panel shows the error there).
    ...(Object.hasOwn(o, 'rawSelect') ? { rawSelect: str(o, 'rawSelect', path, '') } : {}),
  }),
  canonical: (e) => ({
    ...canonicalBase(e),
    mappings: e.mappings.map(canonicalMapping),
    where: e.where,
    groupBy: e.groupBy,
    // Written only in SQL mode, so files of grid-built views stay as they were.
    ...(e.rawSelect !== undefined ? { rawSelect: e.rawSelect } : {}),
  }),
};
