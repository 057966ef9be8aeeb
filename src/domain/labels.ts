// Label selectors with Kubernetes semantics: every matchLabels pair and every matchExpression
// must hold. An empty selector matches everything, an absent one matches nothing (as for Services).
import type { LabelSelector } from './resources.js';

export type LabelPredicate = (labels: Record<string, string> | undefined) => boolean;

type Requirement = { key: string; operator: string; values?: string[] };

function isLabelSelector(selector: LabelSelector | Record<string, string>): selector is LabelSelector {
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((key) => key === 'matchLabels' || key === 'matchExpressions') &&
    (selector.matchLabels === undefined || typeof selector.matchLabels === 'object') &&
    (selector.matchExpressions === undefined || Array.isArray(selector.matchExpressions));
}

function requirementHolds(labels: Record<string, string>, requirement: Requirement): boolean {
  const present = Object.prototype.hasOwnProperty.call(labels, requirement.key);
  const value = labels[requirement.key];
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case 'In':
      return present && values.includes(value);
    case 'NotIn':
      return !present || !values.includes(value);
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
    default:
      // An operator we do not understand must not select objects for destructive actions.
      return false;
  }
}

/** True when `labels` satisfy the selector; a plain record is treated as matchLabels (Service style). */
export function matchesSelector(
  labels: Record<string, string> | undefined,
  selector: LabelSelector | Record<string, string> | undefined,
): boolean {
  if (selector === undefined) return false;
  const actual = labels ?? {};
  const matchLabels = isLabelSelector(selector) ? selector.matchLabels ?? {} : (selector as Record<string, string>);
  const expressions = isLabelSelector(selector) ? selector.matchExpressions ?? [] : [];
  for (const [key, value] of Object.entries(matchLabels)) {
    if (actual[key] !== value) return false;
  }
  return expressions.every((requirement) => requirementHolds(actual, requirement));
}

/** Parses kubectl's `-l` syntax: `a=b,c!=d,e in (x,y),f notin (z),g,!h` into a predicate. */
export function parseLabelSelector(text: string): LabelPredicate {
  const requirements = splitTopLevel(text).map(parseRequirement);
  return (labels) => {
    const actual = labels ?? {};
    return requirements.every((requirement) => requirementHolds(actual, requirement));
  };
}

// Commas inside `in (a,b)` do not separate requirements.
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

function parseRequirement(part: string): Requirement {
  const setMatch = /^([^\s!=]+)\s+(in|notin)\s*\(([^)]*)\)$/i.exec(part);
  if (setMatch) {
    const values = setMatch[3].split(',').map((value) => value.trim()).filter((value) => value.length > 0);
    return { key: setMatch[1], operator: setMatch[2].toLowerCase() === 'in' ? 'In' : 'NotIn', values };
  }
  const notEqual = /^([^\s!=]+)\s*!=\s*(\S*)$/.exec(part);
  if (notEqual) return { key: notEqual[1], operator: 'NotIn', values: [notEqual[2]] };
  const equal = /^([^\s!=]+)\s*==?\s*(\S*)$/.exec(part);
  if (equal) return { key: equal[1], operator: 'In', values: [equal[2]] };
  const absent = /^!\s*([^\s!=]+)$/.exec(part);
  if (absent) return { key: absent[1], operator: 'DoesNotExist' };
  if (/^[^\s!=()]+$/.test(part)) return { key: part, operator: 'Exists' };
  throw new Error(`invalid label selector requirement: ${JSON.stringify(part)}`);
}
