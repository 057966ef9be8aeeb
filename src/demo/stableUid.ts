// A uid that is the same on every start of the demo for the same object (as fixtures' uids are),
// so that two demo servers agree which object is which. Shaped like a UUID (version 5 bits set).
import { createHash } from 'node:crypto';

export const stableUid = (seed: string): string => {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
