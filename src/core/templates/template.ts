import type { Pipeline } from '../model/types';

export interface Template {
  /** Stable, used in test ids (`template.<id>`) and never shown. */
  id: string;
  title: string;
  /** One line for the menu. */
  description: string;
  /** A fresh design every call: new ids, nothing shared with an earlier copy. */
  build(): Pipeline;
}
