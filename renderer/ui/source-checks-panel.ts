// The Annotations panel beside a memo after "Check sources": each quotation whose source no
// longer checks out, with what is wrong, or word that every source still matches. It renders
// the check it is given; making the check and flagging the quotations are the memo view's.
import type { SourceCheck } from '../../main/ipc/contract';
import { clear, h } from './dom';

export function renderSourceChecks(panel: HTMLElement, checks: readonly SourceCheck[]): void {
  clear(panel);
  panel.appendChild(
    h(
      'section',
      { className: 'source-checks', 'aria-label': 'Source check' },
      h(
        'h3',
        { className: 'annotations__subtitle' },
        checks.length === 0 ? 'All sources check out' : 'Sources to look at',
      ),
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
                h(
                  'p',
                  { className: 'annotation__exact' },
                  check.exact.length > 200 ? `${check.exact.slice(0, 199)}…` : check.exact,
                ),
                h(
                  'ul',
                  { className: 'source-check__problems' },
                  check.problems.map((problem) => h('li', {}, problem.message)),
                ),
              ),
            ),
          ),
    ),
  );
}
