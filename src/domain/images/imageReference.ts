// Container image references per the distribution (OCI) reference grammar, which is what the
// kubelet's runtime parses:
//   reference  := name [ ":" tag ] [ "@" digest ]
//   name       := [domain "/"] path-component ("/" path-component)*   (at most 255 characters)
//   domain     := host [":" port];  host := domain-name | IPv4 | "[" IPv6 "]"
//   path-component := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
//   tag        := [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
//   digest     := algorithm ":" encoded (sha256: 64 lowercase hex digits)
// The API server accepts any non-empty string without surrounding whitespace, so a typo would
// only surface as ErrImagePull on the node: the prompt refuses it first, saying why.

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const PORT = /^[0-9]+$/;
const IPV6 = /^\[[0-9A-Fa-f:.]+\]$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const ALGORITHM = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*$/;
const ENCODED = /^[a-zA-Z0-9=_-]{32,}$/;
const NAME_MAX = 255;

export type ImageCheck = { ok: true } | { ok: false; reason: string };

const refuse = (reason: string): ImageCheck => ({ ok: false, reason });

/** Like containerd's split: the first component is a registry host when it has a dot or a port, or is localhost. */
function isDomain(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost' || component.startsWith('[');
}

function checkDomain(domain: string): string | undefined {
  const portAt = domain.startsWith('[') ? domain.indexOf(']:') + 1 : domain.lastIndexOf(':');
  const host = portAt > 0 ? domain.slice(0, portAt) : domain;
  const port = portAt > 0 ? domain.slice(portAt + 1) : undefined;
  if (port !== undefined && !PORT.test(port)) return `registry port "${port}" is not a number`;
  if (IPV6.test(host)) return undefined;
  if (!host.split('.').every((part) => DOMAIN_COMPONENT.test(part))) return `registry host "${host}" is not a valid host name`;
  return undefined;
}

function checkDigest(digest: string): string | undefined {
  const colon = digest.indexOf(':');
  if (colon <= 0) return `digest "${digest}" must be algorithm:hex, e.g. sha256:<64 hex digits>`;
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  if (algorithm === 'sha256') return /^[a-f0-9]{64}$/.test(encoded) ? undefined : 'a sha256 digest is 64 lowercase hex digits';
  if (!ALGORITHM.test(algorithm) || !ENCODED.test(encoded)) return `digest "${digest}" must be algorithm:hex, e.g. sha256:<64 hex digits>`;
  return undefined;
}

export function checkImageReference(reference: string): ImageCheck {
  if (reference === '') return refuse('the image is empty');
  if (/\s/.test(reference)) return refuse('an image reference has no spaces');
  const at = reference.indexOf('@');
  const digest = at >= 0 ? reference.slice(at + 1) : undefined;
  const named = at >= 0 ? reference.slice(0, at) : reference;
  if (digest !== undefined) {
    const problem = checkDigest(digest);
    if (problem) return refuse(problem);
  }
  // A colon after the last slash starts the tag; one before it is the registry's port.
  const lastSlash = named.lastIndexOf('/');
  const colon = named.indexOf(':', lastSlash + 1);
  const name = colon >= 0 ? named.slice(0, colon) : named;
  const tag = colon >= 0 ? named.slice(colon + 1) : undefined;
  if (name === '') return refuse('the image has no repository name');
  if (name.length > NAME_MAX) return refuse(`the repository name is longer than ${NAME_MAX} characters`);
  if (tag !== undefined) {
    if (tag === '') return refuse('the tag after ":" is empty');
    if (tag.length > 128) return refuse('a tag is at most 128 characters');
    if (!TAG.test(tag)) return refuse(`tag "${tag}" may hold only letters, digits, "_", "." and "-" (not first)`);
  }
  const components = name.split('/');
  if (components.length > 1 && isDomain(components[0])) {
    const problem = checkDomain(components.shift()!);
    if (problem) return refuse(problem);
  }
  for (const component of components) {
    if (component === '') return refuse('the repository name has an empty path component ("//" or a "/" at an end)');
    if (/[A-Z]/.test(component)) return refuse(`repository name "${name}" must be lowercase`);
    if (!PATH_COMPONENT.test(component)) return refuse(`"${component}" is not a valid repository name component (lowercase letters and digits, separated by ".", "_", "__" or "-")`);
  }
  return { ok: true };
}
