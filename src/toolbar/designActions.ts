// What the toolbar's commands do to the design, apart from the browser
// plumbing (file pickers, downloads, confirm dialogs), so they are testable
// in Node: the confirm function is passed in.
import { emptyPipeline, type Pipeline } from '../core/model/types';
import { parseDesign, serializeDesign } from '../core/persistence/designFile';
import type { Template } from '../core/templates';
import { useDesign } from '../store/designStore';
import { trustFor, type DesignTrust } from '../store/trust';

export type Confirm = (message: string) => boolean;

export const SAVE_FILE_NAME = 'pipeline.chflow.json';

export const isDesignEmpty = (): boolean => useDesign.getState().pipeline.entities.length === 0;

/** Replaces the design, asking first when that would discard a non-empty one. */
export function replaceDesign(next: Pipeline, confirm: Confirm, question: string, trust: DesignTrust): boolean {
  if (!isDesignEmpty() && !confirm(question)) return false;
  useDesign.getState().replace(next, { trust });
  return true;
}

export function newDesign(confirm: Confirm): boolean {
  return replaceDesign(emptyPipeline(), confirm, 'Start a new, empty design? The current design will be discarded.', trustFor('new'));
}

/** The gallery hands over the template itself: the list of templates loads with the gallery, not before the canvas. */
export function replaceWithTemplate(template: Template, confirm: Confirm): boolean {
  return replaceDesign(template.build(), confirm, `Replace the current design with the template “${template.title}”?`, trustFor('template'));
}

/** Opens a design file's text; a file that does not parse leaves the current design untouched. */
export function openDesignText(fileName: string, text: string, confirm: Confirm): boolean {
  const parsed = parseDesign(text);
  const store = useDesign.getState();
  if (!parsed.ok) {
    store.notify('error', `Could not open ${fileName}: ${parsed.error}`);
    return false;
  }
  // Someone else may have written the file: it runs nothing until the user allows it.
  if (!replaceDesign(parsed.pipeline, confirm, `Replace the current design with ${fileName}?`, trustFor('file', `the file ${fileName}`))) return false;
  const n = parsed.warnings.length;
  if (n > 0) store.notify('info', `Opened ${fileName}; ${n === 1 ? 'one problem was' : `${n} problems were`} fixed on the way: ${parsed.warnings.join('; ')}`);
  return true;
}

export const designFileText = (): string => serializeDesign(useDesign.getState().pipeline);
