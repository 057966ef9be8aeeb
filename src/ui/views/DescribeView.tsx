// `d`: the object as `kubectl describe` prints it, with its events (a Pod's usage trend first);
// `y`: its YAML without managedFields; both live and scrollable with j/k, PgUp/PgDn, g/G; Esc goes
// back. A Secret's values appear only after `x`, under a warning line.
import { podSeriesKey } from '../../domain/metrics/usage.js';
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { KubeEvent, KubeObject } from '../../domain/resources.js';
import type { WatchedKind } from '../../kube/types.js';
import { eventSubjectOf } from '../../domain/eventSubject.js';
import { describeObject, eventsAbout } from '../../render/describe/describeObject.js';
import type { Json } from '../../render/describe/fields.js';
import { yamlLines } from '../../render/describe/yamlView.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { clip, fit } from '../components/columnLayout.js';
import { handlersFor, useKeys } from '../useKeys.js';
import { useMutators, useClusterStore } from '../StoreContext.js';
import { useTheme } from '../useTheme.js';
import { MOVE_IDS, movedIndex } from '../movedIndex.js';
import { usageTrendLines } from '../../render/usageTrend.js';
import { useRelatedObjects } from './useRelatedObjects.js';
import { useClusterScopedEvents, useNamespacePolicies } from './DescribeReadsContext.js';
import { memoryExplanationLines, pressuredContainers } from '../../domain/metrics/oomExplanation.js';
import { workloadOfPod } from '../../domain/workloads.js';
import { selectSnapshot } from '../../store/selectors.js';

export interface DescribeViewProps {
  kind: WatchedKind;
  uid: string;
  scroll: number;
  format?: 'describe' | 'yaml';
  reveal?: boolean;
  width: number;
  height: number;
  active: boolean;
}

/** The object itself: a ServedObject (a kind known through discovery) carries it as `object`. */
const objectOf = (obj: KubeObject): Json => (obj.kind === 'ServedObject' ? obj.object : (obj as unknown as Json));

export function DescribeView({ kind, uid, scroll, format = 'describe', reveal = false, width, height, active }: DescribeViewProps) {
  const theme = useTheme();
  const mutators = useMutators();
  const obj = useClusterStore((state): KubeObject | undefined => state.resources[kind].get(uid));
  const eventMap = useClusterStore((state) => state.resources.Event);
  const now = useClusterStore((state) => state.now);
  const target = obj ? objectOf(obj) : undefined;
  const subject = useMemo(() => eventSubjectOf(format === 'describe' ? target : undefined), [target, format]);
  const fetchedEvents = useClusterScopedEvents(subject);
  const events = useMemo((): KubeEvent[] => {
    if (format !== 'describe') return [];
    const watched = eventsAbout(eventMap.values(), uid);
    const seen = new Set(watched.map((event) => event.metadata.uid));
    return [...watched, ...fetchedEvents.filter((event) => !seen.has(event.metadata.uid))];
  }, [eventMap, uid, format, fetchedEvents]);
  const related = useRelatedObjects(target);
  const policies = useNamespacePolicies(target?.kind === 'Namespace' && format === 'describe' ? obj?.metadata.name : undefined);
  const isSecret = target?.kind === 'Secret';
  const inner = Math.max(0, width - 2);
  // A pod's usage trend comes first in describe: what it uses and how that moves, then the object.
  const metrics = useClusterStore((state) => (kind === 'Pod' && format === 'describe' && state.metrics.status.state !== 'idle' ? state.metrics : undefined));
  // An OOM kill or a container near its limit: why, and the kubectl set resources line that fixes it.
  const snapshot = useClusterStore((state) => (kind === 'Pod' && format === 'describe' ? selectSnapshot(state) : undefined));
  const memoryLines = useMemo((): string[] => {
    if (!snapshot || obj?.kind !== 'Pod') return [];
    const pressured = pressuredContainers(obj, snapshot);
    if (pressured.length === 0) return [];
    const ctx = { context: '', currentContext: '', namespace: obj.metadata.namespace ?? snapshot.namespace };
    const workload = workloadOfPod(obj, snapshot);
    return [...pressured.flatMap((memory) => memoryExplanationLines(memory, workload, ctx, now, { keyHint: 'L in the list previews it' })), ''].map((line) => sanitizeLine(line));
  }, [snapshot, obj, now]);
  const lines = useMemo(() => {
    if (!obj || !target) return ['(deleted)'];
    if (format === 'yaml') return yamlLines(target);
    const trend = obj.kind === 'Pod' && metrics ? [...usageTrendLines(obj, metrics.pods.get(podSeriesKey(obj.metadata.namespace, obj.metadata.name)), now, inner).map((line) => sanitizeLine(line.text)), ''] : [];
    return [...trend, ...memoryLines, ...describeObject(target, { events, now, revealSecret: isSecret && reveal, ...related, ...policies })];
  }, [obj, target, format, events, now, reveal, isSecret, metrics, inner, memoryLines, related, policies]);
  const visible = Math.max(0, height - 3);
  const maxScroll = Math.max(0, lines.length - visible);
  const top = Math.min(scroll, maxScroll);

  useKeys(
    'describe',
    {
      ...handlersFor(MOVE_IDS, (command) => {
        const next = movedIndex(command, top, visible, maxScroll);
        if (next !== undefined) mutators.updateTopView({ scroll: next });
      }),
      back: () => mutators.popView(),
      yaml: () => mutators.updateTopView({ format: format === 'yaml' ? 'describe' : 'yaml', scroll: 0 }),
      describe: () => mutators.updateTopView({ format: 'describe', scroll: 0 }),
      reveal: () => {
        if (!isSecret) return mutators.setFlash('x decodes values in a Secret\'s describe only');
        mutators.updateTopView({ format: 'describe', reveal: !reveal });
      },
    },
    { isActive: active },
  );

  const name = obj?.metadata.name ?? uid;
  const what = obj?.kind === 'ServedObject' ? obj.resource.kind : kind;
  const title = `${format === 'yaml' ? 'YAML' : 'Describe'} ${what}/${sanitizeLine(name)}`;
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="single" borderColor={theme.accent} overflow="hidden">
      <Text bold color={theme.accent} wrap="truncate-end">
        {fit(`${title}  ${top + 1}-${Math.min(lines.length, top + visible)} of ${lines.length}`, inner)}
      </Text>
      {lines.slice(top, top + visible).map((line, i) => (
        <Text key={top + i} wrap="truncate-end">{clip(line, inner)}</Text>
      ))}
    </Box>
  );
}
