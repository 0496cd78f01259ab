import { describe, expect, test } from 'vitest';
import { buildBridge } from '../../../../main/preload/bridge';
import { METHODS } from '../../../../main/ipc/contract';

describe('preload bridge', () => {
  test('exposes exactly one function per contract method', () => {
    const bridge = buildBridge(async () => null);
    expect(Object.keys(bridge).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) expect(typeof bridge[method]).toBe('function');
  });

  test('forwards the method name and arguments to the single invoke channel', async () => {
    const calls: [string, unknown][] = [];
    const fakeIpc = async (method: string, args: unknown) => {
      calls.push([method, args]);
      return { ok: true, value: 'pong' };
    };
    const bridge = buildBridge(fakeIpc);
    await expect(bridge.getArticle({ id: 3 })).resolves.toEqual({ ok: true, value: 'pong' });
    expect(calls).toEqual([['getArticle', { id: 3 }]]);
  });

  test('is frozen so page scripts cannot swap a method', () => {
    const bridge = buildBridge(async () => null);
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});
