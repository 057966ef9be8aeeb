// Decides, per request, which fault (if any) the demo server enacts, and records every request so
// tests can count what reached the server (a write sent twice shows up here).
import { globToRegExp, type FaultRule } from './faultSpec.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  watch: boolean;
  /** Epoch ms it arrived. */
  at: number;
  /** The fault enacted on it, if any. */
  fault?: string;
}

interface ActiveRule {
  rule: FaultRule;
  path?: RegExp;
  seen: number;
}

export class FaultInjector {
  private rules: ActiveRule[] = [];
  private readonly releasers = new Set<() => void>();
  readonly requests: RecordedRequest[] = [];

  constructor(rules: FaultRule[] = []) {
    this.set(rules);
  }

  /**
   * Replaces the rules. Requests held by a `stall` are released and then served normally, as a
   * server resumed after SIGSTOP answers what it had queued.
   */
  set(rules: FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule, path: rule.path ? globToRegExp(rule.path) : undefined, seen: 0 }));
    this.releaseStalled();
  }

  clear(): void {
    this.set([]);
  }

  /** The rule that applies to this request (counting it), after recording the request. */
  take(method: string, path: string, query: string, watch: boolean): FaultRule | undefined {
    const record: RecordedRequest = { method, path, query, watch, at: Date.now() };
    this.requests.push(record);
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.method && rule.method !== method) continue;
      if (active.path && !active.path.test(path)) continue;
      if (rule.watch !== undefined && rule.watch !== watch) continue;
      const index = active.seen++;
      if (index < (rule.skip ?? 0)) continue;
      if (rule.times !== undefined && index >= (rule.skip ?? 0) + rule.times) continue;
      record.fault = rule.fault === 'status' ? String(rule.code) : rule.fault;
      return rule;
    }
    return undefined;
  }

  /** Resolves when the rules change (or the server closes): a stalled request then proceeds. */
  stalled(): Promise<void> {
    return new Promise((resolve) => {
      const release = (): void => {
        this.releasers.delete(release);
        resolve();
      };
      this.releasers.add(release);
    });
  }

  releaseStalled(): void {
    for (const release of [...this.releasers]) release();
  }

  /** Requests with this method whose path matches the glob, e.g. to check no DELETE was sent twice. */
  count(method: string, pathGlob: string): number {
    const path = globToRegExp(pathGlob);
    return this.requests.filter((r) => r.method === method && path.test(r.path)).length;
  }
}
