// Where the overview panes go in a wide terminal. Deployments get the full width on top because
// their row is the widest (NAME, READY, IMAGE and STATUS must stay readable); below, the selected
// Deployment's ReplicaSets take the left half at full height (a Deployment can own ten or more),
// and its Pods sit above the pod details on the right. Pure, so it is tested without Ink.

export interface PaneBox {
  width: number;
  height: number;
}

export interface WideOverviewLayout {
  deploy: PaneBox;
  rs: PaneBox;
  pods: PaneBox;
  details: PaneBox;
}

/** Border, title and column header around a table's rows. */
const TABLE_CHROME = 4;
const MIN_TABLE = TABLE_CHROME + 2;
/** The pod pane (details or logs) under the Pods table keeps at least this much. */
const MIN_DETAILS = 8;

export function wideOverviewLayout(width: number, height: number, deploymentCount: number, podCount = 2): WideOverviewLayout {
  // Deployments take what their rows need, but never more than ~45% so the lower panes keep room.
  const deployCap = Math.max(MIN_TABLE, Math.floor(height * 0.45));
  const deployHeight = Math.min(deployCap, Math.max(MIN_TABLE, deploymentCount + TABLE_CHROME));
  const lower = Math.max(0, height - deployHeight);
  const left = Math.floor(width / 2);
  // The Pods table takes what its rows need; the pane under it (the selected pod's logs) gets the
  // rest, because that is where the reason for a crash is read.
  const podsCap = Math.max(MIN_TABLE, lower - MIN_DETAILS);
  const podsHeight = Math.min(lower, Math.min(podsCap, Math.max(MIN_TABLE, podCount + TABLE_CHROME)));
  return {
    deploy: { width, height: deployHeight },
    rs: { width: left, height: lower },
    pods: { width: width - left, height: podsHeight },
    details: { width: width - left, height: lower - podsHeight },
  };
}
