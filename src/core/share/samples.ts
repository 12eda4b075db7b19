// Which topics carry sample messages: asked by Save and by the Share dialogs.
// Its own module so that Save, loaded before the canvas, does not pull in the
// link encoder and its deflate library.
import type { Pipeline } from '../model/types';

export function topicsWithSamples(p: Pipeline): string[] {
  return p.entities.filter((e) => e.kind === 'kafkaTopic' && (e.samples ?? '') !== '').map((e) => e.name || '(no name)');
}
