// Navigation state: the view stack (Enter pushes, Esc pops), pane focus, per-table cursor,
// filter and sort, the problems-only toggle and the command/filter prompt.
import type { ClusterState, InputMode, OverviewPane, SortKey, TableState, ViewEntry } from './types.js';

type NewView = ViewEntry extends infer V ? (V extends ViewEntry ? Omit<V, 'id'> : never) : never;

export interface ViewMutators {
  pushView(view: NewView): void;
  popView(): void;
  updateTopView(patch: Partial<Omit<ViewEntry, 'id' | 'type'>> & { scroll?: number; zoomed?: boolean; format?: 'describe' | 'yaml'; reveal?: boolean }): void;
  setFocus(pane: OverviewPane): void;
  setCursor(tableKey: string, uid: string | undefined, index: number): void;
  setFilter(tableKey: string, filter: string): void;
  toggleSort(tableKey: string, by: SortKey): void;
  toggleProblemsOnly(tableKey: string): void;
  openPrompt(mode: Exclude<InputMode, 'normal'>, initial?: string): void;
  setInput(text: string): void;
  closePrompt(): void;
  setFlash(message: string | undefined): void;
  setKeysCaptured(captured: boolean): void;
}

type Set = (partial: Partial<ClusterState>) => void;
type Get = () => ClusterState;

export const EMPTY_TABLE: TableState = { cursorIndex: 0, filter: '' };

export function createViewMutators(set: Set, get: Get): ViewMutators {
  const patchTable = (key: string, patch: Partial<TableState>): void => {
    const tables = get().tables;
    set({ tables: { ...tables, [key]: { ...(tables[key] ?? EMPTY_TABLE), ...patch } } });
  };
  return {
    pushView(view) {
      const { stack, nextViewId } = get();
      set({ stack: [...stack, { ...view, id: nextViewId } as ViewEntry], nextViewId: nextViewId + 1, flash: undefined });
    },
    popView() {
      const { stack } = get();
      if (stack.length > 1) set({ stack: stack.slice(0, -1) });
    },
    updateTopView(patch) {
      const { stack } = get();
      const top = stack[stack.length - 1];
      set({ stack: [...stack.slice(0, -1), { ...top, ...patch } as ViewEntry] });
    },
    setFocus(pane) {
      set({ focus: pane });
    },
    setCursor(tableKey, uid, index) {
      const current = get().tables[tableKey];
      if (current && current.cursorUid === uid && current.cursorIndex === index) return;
      patchTable(tableKey, { cursorUid: uid, cursorIndex: index });
    },
    setFilter(tableKey, filter) {
      patchTable(tableKey, { filter, cursorIndex: 0 });
    },
    toggleSort(tableKey, by) {
      const sort = get().tables[tableKey]?.sort;
      // Usage sorts start with the biggest (k9s' Shift-C, Shift-M); name and age start ascending.
      const firstDescending = by === 'cpu' || by === 'mem';
      patchTable(tableKey, { sort: { by, descending: sort?.by === by ? !sort.descending : firstDescending } });
    },
    toggleProblemsOnly(tableKey) {
      patchTable(tableKey, { problemsOnly: !get().tables[tableKey]?.problemsOnly, cursorIndex: 0 });
    },
    openPrompt(mode, initial = '') {
      set({ mode, input: initial, flash: undefined });
    },
    setInput(text) {
      set({ input: text });
    },
    closePrompt() {
      set({ mode: 'normal', input: '' });
    },
    setFlash(message) {
      set({ flash: message });
    },
    setKeysCaptured(captured) {
      if ((get().keysCaptured ?? false) !== captured) set({ keysCaptured: captured });
    },
  };
}
