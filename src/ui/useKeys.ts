// The one way a view reads keys: it names its screen and gives a handler per binding id of the key
// table (keymap.ts). A key the table does not bind on that screen, or that the view has no handler
// for, does nothing; a dangerous binding is refused under --readonly with one line, whichever
// view would have handled it.
import { useInput, type Key } from 'ink';
import { createContext, useContext } from 'react';
import { READONLY_MESSAGE } from '../app/actions/actionController.js';
import { bindingFor, type CommandId, type Screen } from './keymap.js';

export type KeyHandlers = Partial<Record<CommandId, (input: string, key: Key) => void>>;

export interface KeyPolicy {
  readonly: boolean;
  /** Says why a key was refused (the flash line in the App). */
  refuse(message: string): void;
  /** Tests: told which bindings each active view handles on its screen. */
  onHandlers?(screen: Screen, ids: readonly CommandId[]): void;
}

const KeyPolicyContext = createContext<KeyPolicy>({ readonly: false, refuse: () => {} });
export const KeyPolicyProvider = KeyPolicyContext.Provider;

export function useKeys(screen: Screen, handlers: KeyHandlers, { isActive }: { isActive: boolean }): void {
  const policy = useContext(KeyPolicyContext);
  if (isActive) policy.onHandlers?.(screen, Object.keys(handlers) as CommandId[]);
  useInput(
    (input, key) => {
      const binding = bindingFor(screen, input, key);
      const handler = binding && handlers[binding.id];
      if (!binding || !handler) return;
      if (binding.dangerous && policy.readonly) return policy.refuse(READONLY_MESSAGE);
      handler(input, key);
    },
    { isActive },
  );
}

/** Handlers for several ids that share one function of the id (movement keys, say). */
export function handlersFor(ids: readonly CommandId[], handle: (id: CommandId, input: string, key: Key) => void): KeyHandlers {
  return Object.fromEntries(ids.map((id) => [id, (input: string, key: Key) => handle(id, input, key)]));
}
