// A stand-in for the renderer's API client: each test answers only the methods it expects,
// and any other call fails the test loudly. Calls are recorded in order.
import type { Api } from '../../../../renderer/api';
import type { Method } from '../../../../main/ipc/contract';

export interface FakeApi {
  readonly api: Api;
  readonly calls: { method: Method; args: unknown }[];
}

export function fakeApi(answers: Partial<Api>): FakeApi {
  const calls: FakeApi['calls'] = [];
  const api = new Proxy({} as Api, {
    get(_target, property) {
      const method = property as Method;
      return (args?: unknown) => {
        calls.push({ method, args });
        const answer = answers[method] as ((args?: unknown) => Promise<unknown>) | undefined;
        if (!answer) return Promise.reject(new Error(`unexpected API call: ${method}`));
        return answer(args);
      };
    },
  });
  return { api, calls };
}

/** Lets pending promise callbacks (API answers) run. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
