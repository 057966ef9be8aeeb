import { describe, expect, it } from 'vitest';
import { rootCauseLine } from '../../../src/domain/audit/rootCause.js';
import { rootCauseTargets } from '../../../src/domain/audit/rootCauseTargets.js';
import { miniCluster } from './miniCluster.js';

describe('rootCauseLine', () => {
  it('finds the last line of a Python traceback', () => {
    const log = [
      'INFO:     Started server process [1]',
      'Traceback (most recent call last):',
      '  File "/app/main.py", line 16, in <module>',
      '    from prometheus_client import Counter',
      "ModuleNotFoundError: No module named 'prometheus_client'",
      '',
    ].join('\n');
    expect(rootCauseLine(log)).toBe("ModuleNotFoundError: No module named 'prometheus_client'");
  });
  it('finds Node, Go and Java causes and ignores stack frames', () => {
    expect(rootCauseLine("Error: Cannot find module 'express'\n    at Module._resolveFilename (node:internal)\n")).toBe("Error: Cannot find module 'express'");
    expect(rootCauseLine('starting\npanic: runtime error: index out of range\n\ngoroutine 1 [running]:')).toBe('panic: runtime error: index out of range');
    expect(rootCauseLine('Exception in thread "main" java.lang.IllegalStateException: boom\n\tat Main.main(Main.java:3)')).toBe('Exception in thread "main" java.lang.IllegalStateException: boom');
  });
  it('strips colour codes and returns undefined for clean logs', () => {
    expect(rootCauseLine('\u001b[31mValueError: bad\u001b[0m')).toBe('ValueError: bad');
    expect(rootCauseLine('INFO ready\nINFO GET /health 200')).toBeUndefined();
    expect(rootCauseLine('')).toBeUndefined();
  });
});

describe('rootCauseTargets', () => {
  it('asks for the previous log of the stuck rollout pod and of restart-prone pods, once each', () => {
    const { snap, ids } = miniCluster();
    const targets = rootCauseTargets(snap, { context: 'c', currentContext: 'c' });
    expect(targets.map((t) => t.pod.metadata.uid)).toEqual([ids.medsCrashPod, ids.brainPod]);
    expect(targets.every((t) => t.previous && t.container === 'main')).toBe(true);
    expect(rootCauseTargets(snap, { context: 'c', currentContext: 'c', restartThreshold: 50 }).map((t) => t.pod.metadata.uid)).toEqual([ids.medsCrashPod]);
  });
});
