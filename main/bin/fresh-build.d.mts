export function newestSource(folder: string): number;
export function builtCommandLine(root: URL): URL | null;
