// In-app confirmation, instead of window.confirm(): a question waits in this
// store until ConfirmHost's dialog answers it. One question at a time; asking
// again while one is open answers the earlier one "no".
import { create } from 'zustand';

export interface Question {
  title: string;
  message: string;
  /** The button that says yes, e.g. "Replace" (a verb, never "OK"). */
  confirmLabel: string;
  danger?: boolean;
}

interface ConfirmState {
  question: Question | null;
  answer: ((yes: boolean) => void) | null;
}

export const useConfirm = create<ConfirmState>()(() => ({ question: null, answer: null }));

export function askConfirm(question: Question): Promise<boolean> {
  useConfirm.getState().answer?.(false);
  return new Promise((resolve) => {
    useConfirm.setState({
      question,
      answer: (yes) => {
        useConfirm.setState({ question: null, answer: null });
        resolve(yes);
      },
    });
  });
}

export function answerConfirm(yes: boolean): void {
  useConfirm.getState().answer?.(yes);
}
