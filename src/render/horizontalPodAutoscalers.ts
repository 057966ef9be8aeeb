import { ageChangesAt } from '../domain/age.js';
import type { HorizontalPodAutoscaler } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const horizontalPodAutoscalerColumns: readonly Column[] = [
  { header: 'NAME', width: 22, flex: true, priority: 9, min: 14 },
  { header: 'REFERENCE', width: 26, flex: true, priority: 7 },
  { header: 'TARGETS', width: 24, flex: true, priority: 8 },
  { header: 'MINPODS', width: 8, priority: 4 },
  { header: 'MAXPODS', width: 8, priority: 5 },
  { header: 'REPLICAS', width: 9, priority: 6 },
  { header: 'AGE', width: 7, priority: 3 },
];

type Hpa = HorizontalPodAutoscaler;

/** kubectl's TARGETS for resource metrics: `cpu: 12%/80%` (current `<unknown>` before metrics arrive). */
export function hpaTargets(hpa: Hpa): string {
  const metrics = hpa.spec.metrics ?? [];
  if (metrics.length === 0) return '<none>';
  return metrics
    .map((metric) => {
      const resource = metric.resource ?? metric.containerResource;
      if (!resource) return `${metric.type}: <unknown>`;
      const current = hpa.status?.currentMetrics?.find((m) => m.resource?.name === resource.name)?.resource?.current;
      const { target } = resource;
      if (target.averageUtilization !== undefined) {
        return `${resource.name}: ${current?.averageUtilization !== undefined ? `${current.averageUtilization}%` : '<unknown>'}/${target.averageUtilization}%`;
      }
      const want = target.averageValue ?? target.value ?? '';
      const have = current?.averageValue ?? current?.value;
      return `${resource.name}: ${have ?? '<unknown>'}/${want}`;
    })
    .join(', ');
}

/** An autoscaler that reports it cannot scale (AbleToScale or ScalingActive False) is a problem. */
export function horizontalPodAutoscalerRow(hpa: Hpa, _snapshot: unknown, now: number): Row {
  const stuck = hpa.status?.conditions?.some((c) => (c.type === 'AbleToScale' || c.type === 'ScalingActive') && c.status === 'False') ?? false;
  const ref = hpa.spec.scaleTargetRef;
  return makeRow(
    hpa.metadata.uid,
    [hpa.metadata.name, `${ref.kind}/${ref.name}`, hpaTargets(hpa), hpa.spec.minReplicas ?? 1, hpa.spec.maxReplicas, hpa.status?.currentReplicas ?? 0, ageCell(hpa.metadata.creationTimestamp, now)],
    { ...(stuck ? { problem: true, tone: 'warn', toneCell: 2 } : { problem: false }), changesAt: ageChangesAt(hpa.metadata.creationTimestamp, now) },
  );
}

export const horizontalPodAutoscalerRenderer: Renderer<Hpa> = {
  columns: horizontalPodAutoscalerColumns,
  toRow: horizontalPodAutoscalerRow,
  compare: byName,
  changedRows: rowsOfOwnObject,
};
