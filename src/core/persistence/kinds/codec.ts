import type { Entity } from '../../model/types';
import type { Obj } from '../readers';

/**
 * How one node kind is read from and written to a design file. `read` gets the
 * kind factory's fresh entity (id, name, database, comment and position already
 * read) and fills in the kind's own fields, keeping the factory's value for any
 * field the file leaves out.
 */
export interface KindCodec<E extends Entity> {
  read(o: Obj, path: string, base: E): E;
  canonical(e: E): E;
}
