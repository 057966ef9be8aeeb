// The action flow drawn in place of the explorer's body while it owns the keyboard (prompt,
// confirmation, execution); nothing otherwise.
import { ActionHost, flowCapturesInput } from '../modal/ActionHost.js';
import { useActionFlowContext } from './ActionFlowContext.js';

/** True while a prompt, confirmation or execution is open: the explorer's keys must stand aside. */
export function useActionFlowOpen(): boolean {
  const flow = useActionFlowContext();
  return flow !== undefined && flowCapturesInput(flow.state);
}

export function ActionOverlay({ width, height, isActive }: { width: number; height: number; isActive: boolean }) {
  const flow = useActionFlowContext();
  if (!flow || !flowCapturesInput(flow.state)) return null;
  return <ActionHost state={flow.state} controller={flow.controller} ctx={flow.ctx} width={width} height={height} isActive={isActive} />;
}
