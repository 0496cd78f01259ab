// The cross-article view: every quotation by one speaker, or with one tag, across the
// notebook, each with its article, date and context sentence. Choosing one opens the
// article at that passage.
import type { Api } from '../api';
import type { HighlightKind, QuotationInContext } from '../../main/ipc/contract';
import { QUOTE_KINDS } from '../../main/domain/vocabulary';
import { KIND_LABELS } from './annotation-editor';
import { clear, formatDate, h } from './dom';

export interface QuotationsScope {
  speakerId?: number;
  tagId?: number;
  title: string;
  subtitle?: string;
}

export async function renderQuotations(
  host: HTMLElement,
  api: Api,
  scope: QuotationsScope,
  open: (articleId: number, highlightId: number) => void,
  /** A speaker's list offers their statements across outlets (the Corroboration view). */
  corroborate?: () => void,
): Promise<void> {
  const kinds: HighlightKind[] = [...QUOTE_KINDS, 'highlight'];
  const quotations = await api.listQuotations({
    ...(scope.speakerId !== undefined ? { speakerId: scope.speakerId } : {}),
    ...(scope.tagId !== undefined ? { tagId: scope.tagId } : {}),
    kinds,
  });
  clear(host);
  const articles = new Set(quotations.map((quotation) => quotation.articleId)).size;
  host.appendChild(
    h(
      'section',
      { className: 'quotations', 'aria-labelledby': 'quotations-title' },
      h(
        'header',
        { className: 'quotations__header' },
        h('h1', { id: 'quotations-title', className: 'reader__title' }, scope.title),
        h(
          'p',
          { className: 'reader__meta' },
          [
            scope.subtitle,
            `${quotations.length} annotation${quotations.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`,
          ]
            .filter(Boolean)
            .join(' · '),
        ),
        corroborate
          ? h(
              'button',
              { type: 'button', className: 'button', onclick: () => corroborate() },
              'Statements across outlets',
            )
          : null,
      ),
      quotations.length === 0
        ? h('p', { className: 'pane-empty' }, 'Nothing here yet.')
        : h(
            'ol',
            { className: 'quotations__list' },
            quotations.map((quotation) => item(quotation, open)),
          ),
    ),
  );
}

function item(
  quotation: QuotationInContext,
  open: (articleId: number, highlightId: number) => void,
): HTMLElement {
  const at = quotation.context.indexOf(quotation.exact);
  const context =
    at < 0
      ? h('span', { className: 'quotations__context' }, quotation.context)
      : h(
          'span',
          { className: 'quotations__context' },
          quotation.context.slice(0, at),
          h(
            'mark',
            { className: `quotations__exact quotations__exact--${quotation.kind}` },
            quotation.exact,
          ),
          quotation.context.slice(at + quotation.exact.length),
        );
  return h(
    'li',
    { className: 'quotations__item' },
    h(
      'div',
      { className: 'annotation__head' },
      h(
        'span',
        { className: `kind-badge kind-badge--${quotation.kind}` },
        KIND_LABELS[quotation.kind],
      ),
      quotation.speakerName
        ? h('span', { className: 'annotation__speaker' }, quotation.speakerName)
        : null,
      quotation.tags.map((tag) => h('span', { className: 'tag' }, tag.name)),
      quotation.orphaned ? h('span', { className: 'kind-badge' }, 'Not placed') : null,
    ),
    h('p', { className: 'quotations__text' }, context),
    quotation.note ? h('p', { className: 'annotation__note' }, quotation.note) : null,
    h(
      'button',
      {
        type: 'button',
        className: 'quotations__source',
        onclick: () => open(quotation.articleId, quotation.id),
      },
      quotation.articleTitle,
      h(
        'span',
        { className: 'quotations__date' },
        [quotation.articlePublisher, formatDate(quotation.articlePublishedAt)]
          .filter(Boolean)
          .join(' · '),
      ),
    ),
  );
}
