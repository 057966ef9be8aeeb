// `e` needs the terminal handed to an editor and the cluster for a fresh read and a dry run; the
// TUI's entry point provides both. Absent (tests without a cluster), `e` says it is unavailable.
import { createContext, useContext } from 'react';
import type { EditOutcome, RefusedEdit } from '../../app/edit/editSession.js';
import type { KindName } from '../../domain/resources.js';

export interface EditEnvironment {
  /** `namespace`: the object's own (every namespace may be shown). */
  edit(kind: KindName, name: string, namespace: string | undefined): Promise<EditOutcome>;
  /** The editor again after the server refused the previewed patch at `y`, the user's text kept. */
  resume(kind: KindName, name: string, namespace: string | undefined, refused: RefusedEdit): Promise<EditOutcome>;
}

const EditContext = createContext<EditEnvironment | undefined>(undefined);
export const EditProvider = EditContext.Provider;

export function useEditEnvironment(): EditEnvironment | undefined {
  return useContext(EditContext);
}
