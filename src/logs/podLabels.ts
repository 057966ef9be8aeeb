// Stern-style prefixes for merged logs: each pod gets a short, distinguishing name and a colour.

export const POD_COLOURS = ['cyan', 'green', 'magenta', 'yellow', 'blue', 'red'] as const;
export type PodColour = (typeof POD_COLOURS)[number];

export interface PodLabel {
  short: string;
  colour: PodColour;
}

/**
 * The last dash-separated segment (a ReplicaSet pod's random suffix, e.g. `x2x9z`) when that is
 * unique among the pods; otherwise the last 5 characters plus enough before them to be unique.
 */
export function podLabels(pods: readonly string[]): Map<string, PodLabel> {
  const lastSegments = pods.map((pod) => pod.slice(pod.lastIndexOf('-') + 1) || pod);
  const segmentsUnique = new Set(lastSegments).size === pods.length;
  const labels = new Map<string, PodLabel>();
  pods.forEach((pod, index) => {
    let short = segmentsUnique ? lastSegments[index] : pod.slice(-5);
    for (let length = 6; !segmentsUnique && length <= pod.length && pods.some((other) => other !== pod && other.endsWith(short)); length++) {
      short = pod.slice(-length);
    }
    labels.set(pod, { short, colour: POD_COLOURS[index % POD_COLOURS.length] });
  });
  return labels;
}
