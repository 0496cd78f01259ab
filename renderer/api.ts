// The renderer's only door to the notebook. In Electron it calls window.dossier (the preload
// bridge); in a browser it POSTs to the local web host with this run's token. UI code calls
// api.method(args) and never knows which host it is talking to.
import type {
  ApiError,
  ApiResult,
  ArgsOf,
  DossierBridge,
  DossierEvents,
  ErrorCode,
  Method,
  ResultOf,
} from '../main/ipc/contract';

declare global {
  interface Window {
    dossier?: DossierBridge;
    /** Only in the desktop app: events from the main process (menu commands, imports). */
    dossierEvents?: DossierEvents;
  }
}

export class ApiCallError extends Error {
  readonly code: ErrorCode | 'network';
  constructor(
    readonly method: string,
    error: ApiError | { code: 'network'; message: string },
  ) {
    super(error.message);
    this.code = error.code;
    this.name = 'ApiCallError';
  }
}

const TOKEN_KEY = 'dossier.token';

/** Takes the token from ?token=… once, keeps it for reloads, and tidies the address bar. */
export function readToken(location: Location, storage: Storage, history: History): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

type Transport = (method: Method, args: unknown) => Promise<ApiResult<unknown>>;

/**
 * A one-file import whose bytes go as the request body (the web host reads them without
 * decoding base64 or parsing JSON on the thread that answers calls), else null.
 */
function rawImport(method: Method, args: unknown): { name: string; data: Uint8Array } | null {
  if (method !== 'importFiles') return null;
  const files = (args as ArgsOf<'importFiles'> | undefined)?.files;
  const file = files?.length === 1 ? files[0] : undefined;
  return file && file.data instanceof Uint8Array ? { name: file.name, data: file.data } : null;
}

function httpTransport(token: string | null): Transport {
  return async (method, args) => {
    let response: Response;
    const raw = rawImport(method, args);
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: raw
          ? {
              'content-type': 'application/octet-stream',
              'x-dossier-file-name': encodeURIComponent(raw.name),
              'x-dossier-token': token ?? '',
            }
          : { 'content-type': 'application/json', 'x-dossier-token': token ?? '' },
        body: raw ? (raw.data as Uint8Array<ArrayBuffer>) : JSON.stringify(args ?? null),
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Dossier is not reachable. Is `dossier serve` still running?',
        },
      };
    }
    return (await response.json()) as ApiResult<unknown>;
  };
}

function bridgeTransport(bridge: DossierBridge): Transport {
  return (method, args) => (bridge[method] as (args: unknown) => Promise<ApiResult<unknown>>)(args);
}

export type Api = { [M in Method]: (args?: ArgsOf<M>) => Promise<ResultOf<M>> };

export function createApi(transport: Transport): Api {
  return new Proxy({} as Api, {
    get(_target, property) {
      const method = property as Method;
      return async (args?: unknown) => {
        const result = await transport(method, args);
        if (!result.ok) throw new ApiCallError(method, result.error);
        return result.value;
      };
    },
  });
}

export function connect(): Api {
  if (window.dossier) return createApi(bridgeTransport(window.dossier));
  return createApi(
    httpTransport(readToken(window.location, window.sessionStorage, window.history)),
  );
}
