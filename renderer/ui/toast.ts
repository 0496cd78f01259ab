// Transient notices at the bottom of the window, with an optional action such as Undo.
// Announced politely to screen readers; errors stay until dismissed.
import { h } from './dom';

export interface ToastOptions {
  kind?: 'info' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
  details?: string[];
  timeoutMs?: number;
}

export function createToaster(host: HTMLElement) {
  const region = h('div', { className: 'toasts', role: 'status', 'aria-live': 'polite' });
  host.appendChild(region);

  function show(message: string, options: ToastOptions = {}): () => void {
    const kind = options.kind ?? 'info';
    const dismiss = () => toast.remove();
    const toast = h(
      'div',
      { className: `toast toast--${kind}` },
      h('div', { className: 'toast__message' }, message),
      options.details && options.details.length > 0
        ? h(
            'ul',
            { className: 'toast__details' },
            options.details.map((line) => h('li', {}, line)),
          )
        : null,
      h(
        'div',
        { className: 'toast__actions' },
        options.action
          ? h(
              'button',
              {
                type: 'button',
                className: 'button button--small',
                onclick: () => {
                  dismiss();
                  void options.action?.run();
                },
              },
              options.action.label,
            )
          : null,
        h(
          'button',
          {
            type: 'button',
            className: 'button button--small button--quiet',
            'aria-label': 'Dismiss',
            onclick: dismiss,
          },
          '×',
        ),
      ),
    );
    region.appendChild(toast);
    const timeout = options.timeoutMs ?? (kind === 'error' ? 0 : options.action ? 10_000 : 5_000);
    if (timeout > 0) setTimeout(dismiss, timeout);
    return dismiss;
  }

  return { show };
}

export type Toaster = ReturnType<typeof createToaster>;
