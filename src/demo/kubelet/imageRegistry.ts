// What the demo node can run: the registry holds every image a behaviour describes; the node has
// already pulled the images its fixture objects use. A known image not on the node is pulled (it
// takes a moment); an image the registry does not know fails to pull, as containerd reports it.
import type { KubeObject } from '../../domain/resources.js';
import type { Behaviour } from '../fixtureTypes.js';
import { qualifiedImage } from './containerRecord.js';

export type PullVerdict = { type: 'present'; behaviour: Behaviour } | { type: 'pull'; behaviour: Behaviour } | { type: 'notFound'; message: string };

export class ImageRegistry {
  private readonly behaviours: Map<string, Behaviour>;
  private readonly onNode: Set<string>;

  constructor(behaviours: readonly Behaviour[], presentImages: Iterable<string>) {
    this.behaviours = new Map(behaviours.map((b) => [b.image, b]));
    this.onNode = new Set(presentImages);
  }

  verdict(image: string): PullVerdict {
    const behaviour = this.behaviours.get(image);
    if (!behaviour) return { type: 'notFound', message: pullNotFoundMessage(image) };
    return this.onNode.has(image) ? { type: 'present', behaviour } : { type: 'pull', behaviour };
  }

  /** Pulled once, present for every later container (a restart or another pod says "already present"). */
  pulled(image: string): void {
    this.onNode.add(image);
  }

  /** A stable size per image for the "Successfully pulled" event. */
  sizeOf(image: string): number {
    let hash = 0;
    for (const ch of image) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
    return 40_000_000 + (hash % 160_000_000);
  }
}

/** containerd's answer for a tag the registry does not have, as the kubelet's Failed event quotes it. */
export function pullNotFoundMessage(image: string): string {
  const ref = qualifiedImage(image);
  return `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`;
}

/** The images the node has run: every container of the fixture's pods and workload templates (a CronJob's job template too). */
export function imagesOnNode(objects: readonly KubeObject[]): Set<string> {
  type PodSpecLike = { containers?: { image?: string }[]; initContainers?: { image?: string }[] };
  type WithTemplate = { template?: { spec?: PodSpecLike }; jobTemplate?: { spec?: { template?: { spec?: PodSpecLike } } } };
  const images = new Set<string>();
  for (const obj of objects) {
    const spec = (obj as { spec?: unknown }).spec as (PodSpecLike & WithTemplate) | undefined;
    const podSpecs = obj.kind === 'Pod' ? [spec] : [spec?.template?.spec, spec?.jobTemplate?.spec?.template?.spec];
    for (const podSpec of podSpecs) {
      for (const container of [...(podSpec?.containers ?? []), ...(podSpec?.initContainers ?? [])]) if (container.image) images.add(container.image);
    }
  }
  return images;
}
