// The Corroboration view: one speaker's statements that more than one article reports, each
// with its first report and every other outlet's wording, the words that differ marked (struck
// through and underlined, and named for screen readers, never by colour alone) and the
// differences that change the meaning said in words. Choosing a source opens that passage;
// a passage only the quote finder found can be marked as the speaker's quotation from here.
// It takes what listCorroborations returns and knows nothing of how statements are matched.
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Api } from '../api';
import type {
  CorroboratedStatement,
  CorroboratingPassage,
  MeaningChange,
  StatementPassage,
  WordingRun,
} from '../../main/ipc/contract';
import { textOffsetToPos } from '../reader/text-positions';
import { KIND_LABELS } from './annotation-editor';
import { clear, formatDate, h } from './dom';

export interface CorroborationScope {
  speakerId: number;
  title: string;
  subtitle?: string | undefined;
}

/** A passage to open: a highlight, or a stretch of text only the quote finder found. */
export interface PassageTarget {
  articleId: number;
  highlightId: number | null;
  start: number;
  end: number;
}

const CHANGE_LABELS: Record<MeaningChange['kind'], string> = {
  negation: 'negation',
  number: 'number',
  modal: 'modal verb',
  entity: 'name',
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Selects and scrolls to a passage of the open article (for one no highlight marks). */
export function revealPassage(view: EditorView, start: number, end: number): void {
  const { doc } = view.state;
  const selection = TextSelection.create(
    doc,
    textOffsetToPos(doc, start),
    textOffsetToPos(doc, end),
  );
  view.dispatch(view.state.tr.setSelection(selection).scrollIntoView());
  view.focus();
}

export async function renderCorroboration(
  host: HTMLElement,
  api: Api,
  scope: CorroborationScope,
  open: (target: PassageTarget) => void,
  showError: (error: unknown) => void = () => undefined,
): Promise<void> {
  const found = await api.listCorroborations({ speakerId: scope.speakerId });
  // A passage only the finder found becomes the analyst's quotation of this speaker, so the
  // memo cites that outlet too; the view is drawn again with it as "your highlight".
  const mark = async (passage: StatementPassage): Promise<void> => {
    try {
      await api.createHighlight({
        articleId: passage.articleId,
        kind: passage.kind,
        start: passage.start,
        end: passage.end,
        speakerId: scope.speakerId,
      });
      await renderCorroboration(host, api, scope, open, showError);
    } catch (error) {
      showError(error);
    }
  };
  clear(host);
  host.appendChild(
    h(
      'section',
      { className: 'corroboration', 'aria-labelledby': 'corroboration-title' },
      h(
        'header',
        { className: 'quotations__header' },
        h(
          'h1',
          { id: 'corroboration-title', className: 'reader__title' },
          `${scope.title}: statements across outlets`,
        ),
        h(
          'p',
          { className: 'reader__meta' },
          [
            scope.subtitle,
            `${plural(found.statements.length, 'statement')} reported by more than one article`,
            `${plural(found.articlesRead, 'article')} read`,
          ]
            .filter(Boolean)
            .join(' · '),
        ),
        found.statements.length > 0
          ? h(
              'p',
              { className: 'corroboration__legend' },
              'In each other outlet’s wording, ',
              h('del', {}, 'struck-through words'),
              ' are only in the first report and ',
              h('ins', {}, 'underlined words'),
              ' only in that outlet; faded ones lie beyond what both quote.',
            )
          : null,
      ),
      found.statements.length === 0
        ? h(
            'p',
            { className: 'pane-empty' },
            `No statement of ${found.speakerName} is reported by more than one article yet.`,
          )
        : h(
            'ol',
            { className: 'corroboration__list', 'aria-label': 'Statements' },
            found.statements.map((statement) => statementItem(statement, open, mark)),
          ),
      found.unmatched.length > 0
        ? h(
            'details',
            { className: 'corroboration__unmatched' },
            h(
              'summary',
              {},
              `${plural(found.unmatched.length, 'quotation')} you marked that no other article reports`,
            ),
            h(
              'ul',
              { className: 'corroboration__others' },
              found.unmatched.map((passage) =>
                h(
                  'li',
                  { className: 'corroboration__other' },
                  h('p', { className: 'corroboration__wording' }, passage.exact),
                  sourceButton(passage, open),
                ),
              ),
            ),
          )
        : null,
    ),
  );
}

type Mark = (passage: StatementPassage) => Promise<void>;

function statementItem(
  statement: CorroboratedStatement,
  open: (target: PassageTarget) => void,
  mark: Mark,
): HTMLElement {
  const outlets = statement.others.length + 1;
  return h(
    'li',
    { className: 'quotations__item corroboration__statement' },
    h(
      'div',
      { className: 'annotation__head' },
      h(
        'span',
        { className: `kind-badge kind-badge--${statement.first.kind}` },
        KIND_LABELS[statement.first.kind],
      ),
      h('span', { className: 'annotation__speaker' }, statement.speakerName),
      h('span', { className: 'corroboration__count' }, `Reported by ${outlets} articles`),
    ),
    h('blockquote', { className: 'corroboration__first' }, statement.first.exact),
    sourceButton(statement.first, open),
    markButton(statement.first, mark),
    h(
      'ul',
      { className: 'corroboration__others', 'aria-label': 'Other outlets' },
      statement.others.map((other) => otherItem(other, open, mark)),
    ),
  );
}

function otherItem(other: CorroboratingPassage, open: (target: PassageTarget) => void, mark: Mark) {
  const { changes } = other.comparison;
  return h(
    'li',
    { className: 'corroboration__other' },
    sourceButton(other, open),
    h('p', { className: 'corroboration__wording' }, other.comparison.runs.flatMap(runNode)),
    changes.length > 0
      ? h(
          'p',
          { className: 'corroboration__meaning corroboration__meaning--changed' },
          h('strong', {}, 'The meaning differs: '),
          changes.map(describeChange).join('; '),
          '.',
        )
      : h(
          'p',
          { className: 'corroboration__meaning' },
          'The wording differs; no negation, number, modal verb or name does.',
        ),
    markButton(other, mark),
  );
}

function runNode(run: WordingRun, index: number): Node[] {
  const space = index > 0 ? [document.createTextNode(' ')] : [];
  if (run.kind === 'equal') return [...space, document.createTextNode(run.text)];
  const outside = run.outside ? ' corroboration__run--outside' : '';
  const label = run.kind === 'insert' ? 'only in this outlet: ' : 'only in the first report: ';
  return [
    ...space,
    h(
      run.kind === 'insert' ? 'ins' : 'del',
      { className: `corroboration__run corroboration__run--${run.kind}${outside}` },
      h('span', { className: 'corroboration__say' }, label),
      run.text,
    ),
  ];
}

function describeChange(change: MeaningChange): string {
  const quote = (words: readonly string[]) =>
    words.length === 0 ? 'nothing' : words.map((word) => `“${word}”`).join(', ');
  return `${CHANGE_LABELS[change.kind]} ${quote(change.before)} in the first report, ${quote(change.after)} here`;
}

/** For a passage only the finder found: mark it as the speaker's quotation. */
function markButton(passage: StatementPassage, mark: Mark): HTMLElement | null {
  if (passage.highlightId !== null) return null;
  return h(
    'button',
    {
      type: 'button',
      className: 'button button--small corroboration__mark',
      onclick: (event: Event) => {
        (event.currentTarget as HTMLButtonElement).disabled = true;
        void mark(passage);
      },
    },
    'Mark as quotation',
  );
}

function sourceButton(passage: StatementPassage, open: (target: PassageTarget) => void) {
  return h(
    'button',
    {
      type: 'button',
      className: 'quotations__source',
      onclick: () =>
        open({
          articleId: passage.articleId,
          highlightId: passage.highlightId,
          start: passage.start,
          end: passage.end,
        }),
    },
    passage.articleTitle,
    h(
      'span',
      { className: 'quotations__date' },
      [
        passage.articlePublisher,
        formatDate(passage.articlePublishedAt),
        passage.highlightId === null ? 'found by the quote finder' : 'your highlight',
      ]
        .filter(Boolean)
        .join(' · '),
    ),
  );
}
