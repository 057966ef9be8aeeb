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
/** The details pane shows about six lines about a pod; more is spare. */
const DETAILS_LINES = 9;

export function wideOverviewLayout(width: number, height: number, deploymentCount: number): WideOverviewLayout {
  // Deployments take what their rows need, but never more than ~45% so the lower panes keep room.
  const deployCap = Math.max(MIN_TABLE, Math.floor(height * 0.45));
  const deployHeight = Math.min(deployCap, Math.max(MIN_TABLE, deploymentCount + TABLE_CHROME));
  const lower = Math.max(0, height - deployHeight);
  const left = Math.floor(width / 2);
  const detailsHeight = Math.min(DETAILS_LINES, Math.max(0, lower - MIN_TABLE));
  return {
    deploy: { width, height: deployHeight },
    rs: { width: left, height: lower },
    pods: { width: width - left, height: lower - detailsHeight },
    details: { width: width - left, height: detailsHeight },
  };
}
