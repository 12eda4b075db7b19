// A design that arrived through a link and waits for the visitor's choice,
// and the last link that could not be read.
import { create } from 'zustand';
import type { Pipeline } from '../core/model/types';

export interface PendingDesign {
  pipeline: Pipeline;
  warnings: string[];
}

interface LinkState {
  pending: PendingDesign | null;
  error: string | null;
}

export const useLinkStore = create<LinkState>()(() => ({ pending: null, error: null }));
