// Asking the user, once per design, before a design they did not make runs on an
// engine. The dialog (ConsentDialog) shows the exact statements and where the
// design came from; consent marks the design trusted, which the gate then sees.
import { create } from 'zustand';
import { useDesign } from '../store/designStore';
import type { DesignTrust } from '../store/trust';
import { isReadOnly } from '../store/viewMode';
import { engineRefusal } from './gate';

export type ConsentPurpose = 'check' | 'preview' | 'infer' | 'run';

export interface ConsentRequest {
  purpose: ConsentPurpose;
  /** Exactly what will be sent, in order. */
  statements: string[];
  /** The engine it would run on, in words. */
  engine: string;
  /** The document asked about; an answer for another document is void. */
  trust: DesignTrust;
  resolve(allowed: boolean): void;
}

export const useConsent = create<{ request: ConsentRequest | null }>()(() => ({ request: null }));

const WHAT: Record<ConsentPurpose, string> = {
  check: 'The check',
  preview: 'The preview',
  infer: 'Column inference',
  run: 'Run',
};

/**
 * Resolves true when the design may run (already trusted, or the user says so
 * now), false when it may not (declined, or a read-only page, which never asks).
 */
export function ensureConsent(purpose: ConsentPurpose, statements: string[], engine: string): Promise<boolean> {
  const refusal = engineRefusal();
  if (refusal === null) return Promise.resolve(true);
  const { trust } = useDesign.getState();
  // A read-only page (embed, foreign frame) never asks: a stranger's page could trick the click.
  // A trusted design refused anyway is refused for one of those reasons too.
  if (isReadOnly() || trust.trusted) {
    useDesign.getState().notify('info', refusal);
    return Promise.resolve(false);
  }
  // One question at a time: a newer one replaces an unanswered older one.
  useConsent.getState().request?.resolve(false);
  return new Promise((resolve) => useConsent.setState({ request: { purpose, statements, engine, trust, resolve } }));
}

export function answerConsent(allowed: boolean): void {
  const request = useConsent.getState().request;
  if (!request) return;
  useConsent.setState({ request: null });
  const design = useDesign.getState();
  if (design.trust !== request.trust) {
    // The design was replaced while the question was open: this answer was not about it.
    design.notify('info', 'Nothing was run: the design changed while chflow was asking.');
    request.resolve(false);
    return;
  }
  if (allowed) {
    design.trustDesign();
    request.resolve(true);
    return;
  }
  design.notify('info', `Nothing was run. ${WHAT[request.purpose]} needs your permission because this design came from ${request.trust.source}; the design is unchanged.`);
  request.resolve(false);
}
