// The command line as a typed client of the API: `call` sends a method and its arguments
// through the notebook's dispatcher, exactly as the app does (so arguments are checked by
// the contract's schemas), and returns the method's result type or throws its error message.
import type { Notebook } from '../composition';
import type { ArgsOf, Method, ResultOf } from '../ipc/contract';

export type Call = <M extends Method>(method: M, args: ArgsOf<M>) => Promise<ResultOf<M>>;

export function clientOf(notebook: Pick<Notebook, 'dispatch'>): Call {
  return async function call<M extends Method>(method: M, args: ArgsOf<M>) {
    const result = await notebook.dispatch(method, args);
    if (!result.ok) throw new Error(result.error.message);
    // The one cast: the dispatcher ran this method's handler, whose result the contract types.
    return result.value as ResultOf<M>;
  };
}
