// `:ctx`: the merged kubeconfig's contexts, the current-context marked and the one in use named;
// Enter switches to the selected one live (the header shows the connection as it comes up).
import { useMemo, useState } from 'react';
import { makeRow } from '../../render/cells.js';
import type { Column, Row } from '../../render/types.js';
import { Table } from '../components/Table.js';
import { useClusterSwitch } from '../ClusterSessionContext.js';
import { MOVE_IDS, movedIndex } from '../movedIndex.js';
import { useClusterStore, useMutators } from '../StoreContext.js';
import { handlersFor, useKeys } from '../useKeys.js';
import { useTheme } from '../useTheme.js';

const COLUMNS: readonly Column[] = [
  { header: 'NAME', width: 24, flex: true, priority: 9, min: 12, whole: true },
  { header: 'CLUSTER', width: 20, flex: true, priority: 5 },
  { header: 'NAMESPACE', width: 16, priority: 4 },
  { header: 'STATE', width: 18, priority: 8 },
];

const NO_MARKS = {};

export function ContextsView({ width, height, active }: { width: number; height: number; active: boolean }) {
  const theme = useTheme();
  const mutators = useMutators();
  const clusterSwitch = useClusterSwitch();
  const inUse = useClusterStore((state) => state.cluster.context);
  const contexts = useMemo(() => {
    try {
      return clusterSwitch?.contexts() ?? [];
    } catch (error) {
      // The kubeconfig changed under us (removed, invalid): say so rather than crash.
      mutators.setFlash(error instanceof Error ? error.message : String(error));
      return [];
    }
  }, [clusterSwitch, mutators]);
  const rows: Row[] = useMemo(
    () =>
      contexts.map((entry) =>
        makeRow(entry.name, [entry.current ? `${entry.name} (current)` : entry.name, entry.cluster, entry.namespace ?? '', entry.name === inUse ? 'in use' : ''], {
          problem: false,
          ...(entry.name === inUse ? { tone: 'ok' as const, toneCell: 3 } : {}),
        }),
      ),
    [contexts, inUse],
  );
  const [cursor, setCursor] = useState(() => Math.max(0, contexts.findIndex((entry) => entry.name === inUse)));
  const index = Math.min(cursor, Math.max(0, rows.length - 1));
  const page = Math.max(1, height - 4);

  useKeys(
    'contexts',
    handlersFor([...MOVE_IDS, 'drill', 'back'], (command) => {
      if (command === 'back') return mutators.popView();
      if (command === 'drill') {
        const chosen = contexts[index];
        if (chosen && clusterSwitch) void clusterSwitch.switchContext(chosen.name);
        return;
      }
      const next = rows.length ? movedIndex(command, index, page, rows.length - 1) : undefined;
      if (next !== undefined) setCursor(next);
    }),
    { isActive: active },
  );

  return <Table title={`Contexts (${rows.length})`} columns={COLUMNS} rows={rows} cursorIndex={index} width={width} height={height} focused marks={NO_MARKS} theme={theme} />;
}
