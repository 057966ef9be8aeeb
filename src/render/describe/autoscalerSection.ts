// A HorizontalPodAutoscaler (autoscaling/v2) as kubectl describe prints it: the target, each
// metric's current / target, the replica bounds, the scaling behavior when set, and the pods it
// scales (its conditions follow from describeObject).
import type { DescribeSection } from './describeContext.js';
import { fieldLines, list, record, text, type Json } from './fields.js';

const UNKNOWN = '<unknown>';
const quoted = (value: unknown): string => JSON.stringify(text(value, ''));

/** `value` or `averageValue` or `averageUtilization%` of a MetricTarget / MetricValueStatus. */
function amount(target: Json, utilization: boolean): string {
  if (utilization) return typeof target.averageUtilization === 'number' ? `${target.averageUtilization}%` : UNKNOWN;
  return text(target.averageValue, text(target.value, UNKNOWN));
}

/** One `  name:  current / target` line of kubectl's Metrics block; `current` is the status entry at the same index. */
function metricLine(metric: Json, current: Json | undefined): string {
  const type = text(metric.type, '');
  const key = type.charAt(0).toLowerCase() + type.slice(1);
  const spec = record(metric[key]);
  const now = current && current.type === type ? record(current[key]) : {};
  const target = record(spec.target);
  const currentValue = record(now.current);
  const average = target.averageValue !== undefined;
  switch (type) {
    case 'Resource':
    case 'ContainerResource': {
      const of = type === 'ContainerResource' ? ` of container ${quoted(spec.container)}` : '';
      if (target.type === 'Utilization' || (!average && target.averageUtilization !== undefined)) {
        const cur = typeof currentValue.averageUtilization === 'number' ? `${currentValue.averageUtilization}% (${text(currentValue.averageValue, UNKNOWN)})` : UNKNOWN;
        return `  resource ${text(spec.name, '')}${of} on pods  (as a percentage of request):  ${cur} / ${amount(target, true)}`;
      }
      return `  resource ${text(spec.name, '')}${of} on pods:  ${text(currentValue.averageValue, UNKNOWN)} / ${amount(target, false)}`;
    }
    case 'Pods':
      return `  ${quoted(record(spec.metric).name)} on pods:  ${text(currentValue.averageValue, UNKNOWN)} / ${amount(target, false)}`;
    case 'Object': {
      const described = record(spec.describedObject);
      return `  ${quoted(record(spec.metric).name)} on ${text(described.kind, '')}/${text(described.name, '')} (target ${average ? 'average value' : 'value'}):  ${amount(currentValue, false)} / ${amount(target, false)}`;
    }
    case 'External':
      return `  ${quoted(record(spec.metric).name)} (target ${average ? 'average value' : 'value'}):  ${amount(currentValue, false)} / ${amount(target, false)}`;
    default:
      return `  <unknown metric type ${quoted(type)}>`;
  }
}

function behaviorLines(behavior: unknown): string[] {
  if (behavior === undefined) return [];
  const direction = (label: string, rules: unknown): string[] => {
    if (rules === undefined) return [];
    const r = record(rules);
    return [
      `  ${label}:`,
      `    Stabilization Window: ${text(r.stabilizationWindowSeconds, '0')} seconds`,
      `    Select Policy: ${text(r.selectPolicy, 'Max')}`,
      '    Policies:',
      ...list(r.policies).map(record).map((p) => `      - Type: ${text(p.type, '')}  Value: ${text(p.value, '')}  Period: ${text(p.periodSeconds, '')} seconds`),
    ];
  };
  const b = record(behavior);
  return ['Behavior:', ...direction('Scale Up', b.scaleUp), ...direction('Scale Down', b.scaleDown)];
}

const horizontalPodAutoscaler: DescribeSection = (obj) => {
  const spec = record(obj.spec);
  const status = record(obj.status);
  const target = record(spec.scaleTargetRef);
  const metrics = list(spec.metrics).map(record);
  const currents = list(status.currentMetrics).map(record);
  return [
    ...fieldLines([
      ['Reference', `${text(target.kind, '')}/${text(target.name, '')}`],
      ['Metrics', '( current / target )'],
    ]),
    ...(metrics.length ? metrics.map((metric, i) => metricLine(metric, currents[i])) : ['  <none>']),
    ...fieldLines([
      ['Min replicas', text(spec.minReplicas, '<unset>')],
      ['Max replicas', text(spec.maxReplicas, '<unset>')],
    ]),
    ...behaviorLines(spec.behavior),
    `${text(target.kind, 'Target')} pods:  ${text(status.currentReplicas, '0')} current / ${text(status.desiredReplicas, '0')} desired`,
  ];
};

export const AUTOSCALER_SECTIONS: Readonly<Record<string, DescribeSection>> = { HorizontalPodAutoscaler: horizontalPodAutoscaler };
