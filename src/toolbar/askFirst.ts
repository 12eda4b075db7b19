// The toolbar's design actions take a synchronous confirm (designActions.ts, tested
// in Node). The app asks in its own dialog, which answers later: the action runs
// once with a confirm that only records the question and says no, and runs
// again, allowed, if the user says yes.
import { askConfirm } from '../ui/confirm';
import type { Confirm } from './designActions';

export async function askFirst(action: (confirm: Confirm) => boolean, title: string, confirmLabel: string): Promise<boolean> {
  let question: string | null = null;
  const first = action((q) => {
    question = q;
    return false;
  });
  if (question === null) return first;
  if (!(await askConfirm({ title, message: question, confirmLabel, danger: true }))) return false;
  return action(() => true);
}
