// The overlay the App mounts: whatever the action flow is doing, drawn as the prompt, the
// confirmation modal, or the execution view. Renders nothing while idle.
import React from 'react';
import type { PlanContext } from '../../domain/plans/planContext.js';
import type { FlowState } from '../../app/actions/actionFlow.js';
import type { ActionFlowController } from '../../app/actions/actionController.js';
import { ConfirmModal } from './ConfirmModal.js';
import { ExecutionView } from './ExecutionView.js';
import { ImagePrompt } from './ImagePrompt.js';
import { NumberPrompt } from './NumberPrompt.js';
import { RevisionPicker } from './RevisionPicker.js';

export interface ActionHostProps {
  state: FlowState;
  controller: Pick<ActionFlowController, 'answer' | 'confirm' | 'cancel' | 'cancelRun' | 'dryRun' | 'exportPlan' | 'close'>;
  ctx: PlanContext;
  width: number;
  height: number;
  isActive: boolean;
}

/** True while the flow owns the keyboard; the App deactivates its own keys then. */
export function flowCapturesInput(state: FlowState): boolean {
  return state.phase !== 'idle';
}

export function ActionHost({ state, controller, ctx, width, height, isActive }: ActionHostProps) {
  switch (state.phase) {
    case 'idle':
      return null;
    case 'prompting':
      if (state.prompt.type === 'images') {
        return (
          <ImagePrompt
            key={state.prompt.title}
            title={state.prompt.title}
            fields={state.prompt.fields}
            completions={state.prompt.completions}
            width={Math.min(width, 100)}
            height={Math.min(height, state.prompt.fields.length + 5)}
            onSubmit={(answer) => controller.answer(answer)}
            onCancel={() => controller.cancel()}
            isActive={isActive}
          />
        );
      }
      return state.prompt.type === 'number' ? (
        <NumberPrompt
          key={state.prompt.title}
          {...state.prompt}
          width={Math.min(width, 72)}
          onSubmit={(value) => controller.answer(value)}
          onCancel={() => controller.cancel()}
          isActive={isActive}
        />
      ) : (
        <RevisionPicker
          title={state.prompt.title}
          deploymentName={state.prompt.deploymentName}
          revisions={state.prompt.revisions}
          width={width}
          height={Math.min(height, state.prompt.revisions.length + 6)}
          onPick={(revision) => controller.answer(revision)}
          onCancel={() => controller.cancel()}
          isActive={isActive}
        />
      );
    case 'previewing':
    case 'confirming-danger':
      return (
        <ConfirmModal
          plan={state.plan}
          ctx={ctx}
          width={width}
          height={height}
          exportedPath={state.phase === 'previewing' ? state.exportedPath : undefined}
          message={state.phase === 'previewing' ? state.message : undefined}
          dangerStage={state.phase === 'confirming-danger'}
          onConfirm={() => controller.confirm()}
          onCancel={() => controller.cancel()}
          onDryRun={() => controller.dryRun()}
          onExport={() => void controller.exportPlan()}
          isActive={isActive}
        />
      );
    case 'running':
    case 'done':
      return (
        <ExecutionView
          plan={state.plan}
          ctx={ctx}
          mode={state.mode}
          results={state.results}
          done={state.phase === 'done'}
          cancelling={state.phase === 'running' && state.cancelling === true}
          error={state.phase === 'done' ? state.error : undefined}
          width={width}
          height={height}
          onClose={() => controller.close()}
          onCancel={() => controller.cancelRun()}
          isActive={isActive}
        />
      );
  }
}
