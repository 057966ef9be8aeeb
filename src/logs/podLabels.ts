// Stern-style prefixes for merged logs: each pod gets a short, distinguishing name and a colour
// slot; which colour a slot is (or none, with NO_COLOR) is the UI theme's choice.

export interface PodLabel {
  short: string;
  /** The pod's position among the target's pods; the theme cycles its palette over it. */
  colourIndex: number;
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
    labels.set(pod, { short, colourIndex: index });
  });
  return labels;
}
