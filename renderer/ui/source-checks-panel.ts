// The Annotations panel beside a memo after "Check sources": each quotation whose source no
// longer checks out, with what is wrong and the fixes that fit it (renderer/memo/source-fixes.ts
// says which), and "Fix all", or word that every source still matches. It renders the check it
// is given and hands a chosen fix back; making the check and applying fixes are the memo view's.
import type { SourceCheck } from '../../main/ipc/contract';
import { fixesFor, type SourceFix } from '../memo/source-fixes';
import { clear, h } from './dom';

export interface SourceCheckActions {
  /** Applies one fix (or, for Fix all, every preferred fix) as one undoable step. */
  fix(fixes: readonly SourceFix[], scope: 'one' | 'all'): void;
}

const shorten = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

export function renderSourceChecks(
  panel: HTMLElement,
  checks: readonly SourceCheck[],
  actions?: SourceCheckActions,
): void {
  clear(panel);
  const fixButton = (fix: SourceFix) =>
    h(
      'button',
      {
        type: 'button',
        className: `button button--small${fix.kind === 'remove' ? ' button--danger' : ''}`,
        onclick: () => actions?.fix([fix], 'one'),
      },
      fix.label,
    );
  panel.appendChild(
    h(
      'section',
      { className: 'source-checks', 'aria-label': 'Source check' },
      h(
        'h3',
        { className: 'annotations__subtitle' },
        checks.length === 0 ? 'All sources check out' : 'Sources to look at',
      ),
      checks.length > 0 && actions
        ? h(
            'div',
            { className: 'source-checks__actions' },
            h(
              'button',
              {
                type: 'button',
                className: 'button button--small button--primary',
                onclick: () =>
                  actions.fix(
                    checks.flatMap((check) => fixesFor(check).preferred),
                    'all',
                  ),
              },
              'Fix all…',
            ),
          )
        : null,
      checks.length === 0
        ? h(
            'p',
            { className: 'pane-empty' },
            'Every quotation in this memo still matches its article.',
          )
        : h(
            'ol',
            { className: 'annotations__list' },
            checks.map((check) =>
              h(
                'li',
                { className: 'annotation annotation--orphaned source-check' },
                h('p', { className: 'annotation__exact' }, shorten(check.exact)),
                h(
                  'ul',
                  { className: 'source-check__problems' },
                  check.problems.map((problem) => h('li', {}, problem.message)),
                ),
                actions
                  ? h(
                      'div',
                      {
                        className: 'source-check__fixes',
                        role: 'group',
                        'aria-label': 'Fixes',
                      },
                      fixesFor(check).all.map(fixButton),
                    )
                  : null,
              ),
            ),
          ),
    ),
  );
}

/** What a fix will do, as the Fix all confirmation and the text replacement list it. */
export function describeFix(fix: SourceFix): HTMLElement {
  if (fix.kind === 'replace-text' && fix.to) {
    return h(
      'li',
      { className: 'source-fix source-fix--text' },
      h('span', {}, 'Replace the quoted words'),
      h(
        'div',
        { className: 'source-fix__compare' },
        h(
          'div',
          {},
          h('span', { className: 'source-fix__label' }, 'The memo quotes'),
          h('del', {}, shorten(fix.from)),
        ),
        h(
          'div',
          {},
          h('span', { className: 'source-fix__label' }, 'The source now reads'),
          h('ins', {}, shorten(fix.to.exact)),
        ),
      ),
    );
  }
  return h('li', { className: 'source-fix' }, `${fix.label}: “${shorten(fix.from)}”`);
}
