import type { Pipeline } from '../model/types';

export interface Template {
  /** Stable, used in test ids (`template.<id>`) and never shown. */
  id: string;
  title: string;
  /** One line for the menu. */
  description: string;
  /**
   * A query that reads the design's result, shown next to the template (gallery)
   * and never part of the generated DDL: e.g. the -Merge read-back of a rollup.
   */
  readBack?: string;
  /** A fresh design every call: new ids, nothing shared with an earlier copy. */
  build(): Pipeline;
}
