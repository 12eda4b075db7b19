// Which nodes show every row. View state, not part of the design: it is neither
// saved nor undone, like the zoom.
import { create } from 'zustand';

interface ExpandedState {
  ids: ReadonlySet<string>;
  set(id: string, expanded: boolean): void;
}

export const useExpanded = create<ExpandedState>()((set, get) => ({
  ids: new Set(),
  set(id, expanded) {
    if (get().ids.has(id) === expanded) return;
    const ids = new Set(get().ids);
    if (expanded) ids.add(id);
    else ids.delete(id);
    set({ ids });
  },
}));
