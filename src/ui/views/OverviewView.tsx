// The home view. Wide terminals show Deployments, ReplicaSets, Pods and details at once (see
// overviewLayout.ts for where each goes); narrow
// ones show the focused pane under a tab bar. Selecting a Deployment narrows the other panes.
import { Box } from 'ink';
import type { Pod } from '../../domain/resources.js';
import type { OverviewPane, Scope } from '../../store/types.js';
import { TabBar } from '../components/TabBar.js';
import { useClusterStore } from '../StoreContext.js';
import { useTableModel } from '../useTableModel.js';
import { useTheme } from '../useTheme.js';
import { DetailsPane } from './DetailsPane.js';
import { LogsPane } from './LogsPane.js';
import { useLogsEnvironment } from '../logs/LogsContext.js';
import { wideOverviewLayout } from './overviewLayout.js';
import { ResourceTable } from './ResourceTable.js';

export const OVERVIEW_PANES: readonly { id: OverviewPane; label: string }[] = [
  { id: 'deploy', label: 'Deployments' },
  { id: 'rs', label: 'ReplicaSets' },
  { id: 'pods', label: 'Pods' },
  { id: 'details', label: 'Details' },
];

/** Wide enough to show every pane at once. */
export function isWideLayout(columns: number, rows: number): boolean {
  return columns >= 120 && rows >= 35;
}

export interface OverviewViewProps {
  viewId: number;
  width: number;
  height: number;
  /** The overview is the top view and no prompt is open. */
  active: boolean;
  /** All panes at once (isWideLayout) rather than one under a tab bar. */
  wide: boolean;
}

export function OverviewView({ viewId, width, height, active, wide }: OverviewViewProps) {
  const theme = useTheme();
  const focus = useClusterStore((state) => state.focus);
  // With a cluster to stream from, the wide layout's details pane follows the selected pod's logs.
  const logsEnvironment = useLogsEnvironment();
  const deployments = useTableModel('deploy', `${viewId}:deploy`, undefined);
  const selectedDeployment = deployments.selected;
  const scope: Scope | undefined = selectedDeployment
    ? { kind: 'Deployment', uid: selectedDeployment.metadata.uid, name: selectedDeployment.metadata.name }
    : undefined;
  const replicaSets = useTableModel('rs', `${viewId}:rs`, scope);
  const pods = useTableModel('pods', `${viewId}:pods`, scope);
  const selectedPod = pods.selected as Pod | undefined;

  const pane = (id: OverviewPane, w: number, h: number) => {
    const focused = focus === id;
    if (id === 'details' && wide && logsEnvironment) {
      return <LogsPane key={id} pod={selectedPod} width={w} height={h} focused={focused} active={active && focused} />;
    }
    if (id === 'details') return <DetailsPane key={id} pod={selectedPod} width={w} height={h} focused={focused} />;
    const model = id === 'deploy' ? deployments : id === 'rs' ? replicaSets : pods;
    return <ResourceTable key={id} screen="overview" model={model} width={w} height={h} focused={focused} active={active && focused} />;
  };

  if (!wide) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        <TabBar tabs={OVERVIEW_PANES} active={focus} width={width} theme={theme} />
        {pane(focus, width, height - 1)}
      </Box>
    );
  }
  const layout = wideOverviewLayout(width, height, deployments.objects.length, pods.objects.length);
  // The panes' widths add up to the width, so only rows need clipping; without this box the panes'
  // borders fall under the frame's horizontal clip, which re-slices every border line each frame.
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      {pane('deploy', layout.deploy.width, layout.deploy.height)}
      <Box flexDirection="row" height={layout.rs.height}>
        {pane('rs', layout.rs.width, layout.rs.height)}
        <Box flexDirection="column" width={layout.pods.width} height={layout.rs.height}>
          {pane('pods', layout.pods.width, layout.pods.height)}
          {layout.details.height > 0 ? pane('details', layout.details.width, layout.details.height) : null}
        </Box>
      </Box>
    </Box>
  );
}
