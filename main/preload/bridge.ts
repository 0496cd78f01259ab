// Builds window.dossier from the contract's method list: one function per method, each
// forwarding to a single invoke function. No electron import, so it is tested with a fake.
import { METHODS, type DossierBridge } from '../ipc/contract';

export type Invoke = (method: string, args: unknown) => Promise<unknown>;

export function buildBridge(invoke: Invoke): DossierBridge {
  const bridge: Record<string, (args?: unknown) => Promise<unknown>> = {};
  for (const method of METHODS) {
    bridge[method] = (args?: unknown) => invoke(method, args);
  }
  return Object.freeze(bridge) as unknown as DossierBridge;
}
