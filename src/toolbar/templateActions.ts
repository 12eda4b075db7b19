// A template chosen by its id (tests, scripts). Apart from designActions because it
// needs the whole list of templates, which the page only loads with the gallery.
import { findTemplate } from '../core/templates';
import { replaceWithTemplate, type Confirm } from './designActions';

export function applyTemplate(id: string, confirm: Confirm): boolean {
  const template = findTemplate(id);
  return template ? replaceWithTemplate(template, confirm) : false;
}
