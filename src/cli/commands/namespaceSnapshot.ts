// What `audit` and `verify` both start from: a connection to the namespace, refused in one line
// when the namespace does not exist, and one snapshot of its objects (skipped ones counted on
// stderr). The connection is closed whatever `use` does.
import { collectSnapshot } from '../../audit/collectAuditInputs.js';
import type { ClusterGateway } from '../../kube/types.js';
import { ConnectError } from '../../kube/types.js';
import { sanitizeLine } from '../../text/sanitize.js';
import type { CliOptions } from '../args.js';
import { connectFor } from './connectFor.js';

type Snapshot = Awaited<ReturnType<typeof collectSnapshot>>;

export async function withNamespaceSnapshot(
  options: CliOptions,
  warn: (text: string) => void,
  use: (gateway: ClusterGateway, snapshot: Snapshot) => Promise<number> | number,
): Promise<number> {
  const connection = await connectFor(options);
  try {
    const { gateway } = connection;
    if ((await gateway.namespaceExists?.()) === false) {
      throw new ConnectError(`namespace "${sanitizeLine(gateway.namespace)}" does not exist in context "${sanitizeLine(gateway.context)}"`);
    }
    const snapshot = await collectSnapshot(gateway);
    if (snapshot.skipped > 0) warn(`kilo-tui: ${snapshot.skipped} invalid ${snapshot.skipped === 1 ? 'object' : 'objects'} skipped (not readable as their kind)\n`);
    return await use(gateway, snapshot);
  } finally {
    await connection.close();
  }
}
