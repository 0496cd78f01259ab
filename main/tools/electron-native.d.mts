// Types for electron-native.mjs, so TypeScript callers (the Playwright fixtures) stay typed.
export function electronBindingPath(electronVersion: string): string;
export function ensureElectronBinding(electronVersion: string): Promise<string>;
