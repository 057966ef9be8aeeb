import { imageOf } from '../domain/replicasets.js';
import type { StatefulSet } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { DescribeSection } from './describe/describeContext.js';
import { fieldLines, record, text } from './describe/fields.js';
import { podTemplateLines } from './describe/podTemplate.js';
import { formatLabelSelectorText } from './describe/selectorText.js';
import { replicaPodsStatus } from './describe/workloadSections.js';
import type { Column, Renderer, Row } from './types.js';

export const statefulSetColumns: readonly Column[] = [
  { header: 'NAME', width: 24, flex: true, priority: 9, min: 14 },
  { header: 'READY', width: 7, priority: 8 },
  { header: 'SERVICE', width: 16, flex: true, priority: 3 },
  { header: 'IMAGE', width: 24, flex: true, priority: 4 },
  { header: 'AGE', width: 7, priority: 5 },
];

/** kubectl's READY: ready replicas of the desired count; fewer ready than desired is a problem. */
export function statefulSetRow(sts: StatefulSet, _snapshot: unknown, now: number): Row {
  const desired = sts.spec.replicas ?? 1;
  const ready = sts.status?.readyReplicas ?? 0;
  return makeRow(
    sts.metadata.uid,
    [sts.metadata.name, `${ready}/${desired}`, sts.spec.serviceName, imageOf(sts.spec.template), ageCell(sts.metadata.creationTimestamp, now)],
    ready < desired ? { problem: true, tone: 'warn', toneCell: 1 } : { problem: false },
  );
}

export const statefulSetRenderer: Renderer<StatefulSet> = { columns: statefulSetColumns, toRow: statefulSetRow, compare: byName, changedRows: rowsOfOwnObject };

/** Its part of `kubectl describe` (describe/describeSections.ts spreads it in with the other kinds'). */
export const STATEFUL_SET_SECTIONS: Readonly<Record<string, DescribeSection>> = {
  StatefulSet: (obj) => {
    const spec = record(obj.spec);
    const status = record(obj.status);
    return [
      ...fieldLines([
        ['Selector', formatLabelSelectorText(spec.selector)],
        ['Replicas', `${text(spec.replicas, '1')} desired | ${text(status.replicas, '0')} total`],
        ['Update Strategy', text(record(spec.updateStrategy).type, 'RollingUpdate')],
        ['Pods Status', replicaPodsStatus(status)],
        ['Service', text(spec.serviceName)],
      ]),
      ...podTemplateLines(spec.template),
    ];
  },
};
