// A registry of the panel's inputs by field key (`name`, `columns.<id>.type`, `setting.<name>`),
// so the problems list, "add column" or anything else can focus a field it only knows by key.
import { createContext, useCallback, useContext, type ReactNode, type RefCallback } from 'react';

type FocusDone = (key: string) => void;

export class FieldRegistry {
  private readonly elements = new Map<string, HTMLElement>();
  private pending: { key: string; done?: FocusDone } | null = null;

  register(key: string, el: HTMLElement): void {
    this.elements.set(key, el);
    if (this.pending?.key === key) this.tryFocus();
  }

  unregister(key: string, el: HTMLElement): void {
    if (this.elements.get(key) === el) this.elements.delete(key);
  }

  /** Focuses the field now if it is mounted, or as soon as it mounts (e.g. after a row opens). */
  request(key: string, done?: FocusDone): void {
    this.pending = { key, done };
    this.tryFocus();
  }

  /** Drops a request whose field never appeared (e.g. the selection moved on). */
  cancel(): void {
    this.pending = null;
  }

  has(key: string): boolean {
    return this.elements.has(key);
  }

  private tryFocus(): void {
    const p = this.pending;
    const el = p && this.elements.get(p.key);
    if (!p || !el) return;
    this.pending = null;
    const target = focusable(el);
    target.scrollIntoView({ block: 'center', behavior: 'auto' });
    target.focus({ preventScroll: true });
    if (target instanceof HTMLInputElement && (target.type === 'text' || target.type === '')) target.select();
    p.done?.(p.key);
  }
}

// Composite controls (the type picker) register their wrapper; focus their first input.
function focusable(el: HTMLElement): HTMLElement {
  if (el.matches('input, select, textarea, button')) return el;
  return el.querySelector<HTMLElement>('input, select, textarea, button') ?? el;
}

const RegistryContext = createContext<FieldRegistry | null>(null);

export function FieldRegistryProvider({ registry, children }: { registry: FieldRegistry; children: ReactNode }) {
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

export function useFieldRegistry(): FieldRegistry | null {
  return useContext(RegistryContext);
}

/** Ref for the input that edits `keys` (one or several aliases of the same field). */
export function useFieldFocus(keys: string | readonly string[] | undefined): RefCallback<HTMLElement> {
  const registry = useContext(RegistryContext);
  const joined = keys === undefined ? '' : typeof keys === 'string' ? keys : keys.join('\n');
  return useCallback(
    (el: HTMLElement | null) => {
      if (!el || !registry || joined === '') return;
      const list = joined.split('\n');
      for (const k of list) registry.register(k, el);
      return () => {
        for (const k of list) registry.unregister(k, el);
      };
    },
    [registry, joined],
  );
}
