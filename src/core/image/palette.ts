// Colours of an image of the design: the app's light and dark themes as
// literal values (a file opened in Inkscape or on GitHub has no stylesheet), and
// the theme's CSS variables for drawings that live inside the page.
import type { NodeKind } from '../model/types';

export interface ImagePalette {
  bg: string;
  panel: string;
  border: string;
  text: string;
  muted: string;
  error: string;
  link: string;
  kinds: Record<NodeKind, string>;
}

// Same values as src/app.css.
export const LIGHT: ImagePalette = {
  bg: '#f8fafc',
  panel: '#ffffff',
  border: '#d7dde5',
  text: '#1f2937',
  muted: '#64748b',
  error: '#dc2626',
  link: '#94a3b8',
  kinds: { kafkaTopic: '#0f766e', kafkaTable: '#7c3aed', materializedView: '#2563eb', mergeTree: '#b45309' },
};

export const DARK: ImagePalette = {
  bg: '#0f172a',
  panel: '#111827',
  border: '#334155',
  text: '#e5e7eb',
  muted: '#94a3b8',
  error: '#dc2626',
  link: '#64748b',
  kinds: LIGHT.kinds,
};

export const CSS_VARS: ImagePalette = {
  bg: 'var(--bg)',
  panel: 'var(--panel)',
  border: 'var(--border)',
  text: 'var(--text)',
  muted: 'var(--muted)',
  error: 'var(--error)',
  link: 'var(--muted)',
  kinds: { kafkaTopic: 'var(--kafka-topic)', kafkaTable: 'var(--kafka-table)', materializedView: 'var(--view)', mergeTree: 'var(--merge-tree)' },
};
