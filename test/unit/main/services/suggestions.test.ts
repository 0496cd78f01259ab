import { describe, expect, test } from 'vitest';
import { notebookWith } from '../../../helpers/notebook';
import { isCollective } from '../../../../main/services/suggestions';
import { acceptAllMinimumConfidence } from '../../../../main/quotes';
import type { Suggestion } from '../../../../main/domain/records';

const TEXT = [
  '“The ferry will run all year,” Harbour Master Ada Sorel said on Monday.',
  'Teodor Quill, the foreign minister of Calmora, said his country would keep its markets open.',
  '“We will not raise the dues again,” Sorel added.',
  'The council calls the plan a “shared harbour community”.',
].join('\n\n');
const FERRY = 'The ferry will run all year,';
const MARKETS = 'his country would keep its markets open';
const DUES = 'We will not raise the dues again,';

function setup(dbFile?: string) {
  const { book, ids } = notebookWith(
    dbFile ? [] : [{ title: 'Ferry all year', text: TEXT }],
    dbFile,
  );
  const articleId = ids[0] ?? 1;
  const service = book.services.suggestions;
  const find = (exact: string): Suggestion => {
    const found = service.pending(articleId).find((suggestion) => suggestion.exact === exact);
    if (!found) throw new Error(`no pending suggestion for “${exact}”`);
    return found;
  };
  const exacts = (minConfidence?: number) =>
    service.pending(articleId, minConfidence).map((suggestion) => suggestion.exact);
  return { book, articleId, service, find, exacts };
}

describe('suggestion service', () => {
  test('offers the quotations the finder sees, each exactly the text at its offsets', () => {
    const { service, articleId } = setup();
    const pending = service.pending(articleId);
    expect(pending.map((suggestion) => suggestion.exact)).toEqual(
      expect.arrayContaining([FERRY, MARKETS, DUES]),
    );
    for (const suggestion of pending)
      expect(TEXT.slice(suggestion.start, suggestion.end)).toBe(suggestion.exact);
  });

  test('names the speaker and cue the finder read', () => {
    const { find } = setup();
    expect(find(MARKETS)).toMatchObject({
      kind: 'indirect',
      speaker: 'Teodor Quill',
      cue: 'said',
      speakerId: null,
    });
  });

  test('proposes the role written beside a speaker the notebook does not know', () => {
    const { find } = setup();
    expect(find(MARKETS).proposedRole).toBe('foreign minister of Calmora');
  });

  test('links a suggestion to a speaker the notebook already knows', () => {
    const { book, find } = setup();
    const quill = book.services.speakers.create({ name: 'Teodor Quill' });
    expect(find(MARKETS)).toMatchObject({ speakerId: quill.id, proposedRole: null });
  });

  test('leaves out suggestions below the confidence asked for', () => {
    const { service, articleId, exacts } = setup();
    const confidences = service.pending(articleId).map((suggestion) => suggestion.confidence);
    const threshold = (Math.min(...confidences) + Math.max(...confidences)) / 2;
    const kept = exacts(threshold);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(confidences.length);
    for (const suggestion of service.pending(articleId, threshold))
      expect(suggestion.confidence).toBeGreaterThanOrEqual(threshold);
  });

  test('accepting stores a quotation with a new speaker carrying the proposed role', () => {
    const { book, service, articleId, find } = setup();
    const highlight = service.accept(articleId, find(MARKETS));
    expect(highlight).toMatchObject({ kind: 'indirect', exact: MARKETS });
    const speaker = book.services.speakers.get(highlight.speakerId!);
    expect(speaker).toMatchObject({ name: 'Teodor Quill', role: 'foreign minister of Calmora' });
  });

  test('accepting attributes the quotation to the known speaker, creating none', () => {
    const { book, service, articleId, find } = setup();
    const quill = book.services.speakers.create({ name: 'Teodor Quill' });
    expect(service.accept(articleId, find(MARKETS)).speakerId).toBe(quill.id);
    expect(book.services.speakers.list()).toHaveLength(1);
  });

  test('an accepted suggestion is no longer offered, and undoing the accept offers it again', () => {
    const { book, service, articleId, find, exacts } = setup();
    service.accept(articleId, find(FERRY));
    expect(exacts()).not.toContain(FERRY);
    book.services.highlights.undo(articleId);
    expect(exacts()).toContain(FERRY);
  });

  test('a passage the analyst already highlighted is not offered', () => {
    const { book, articleId, exacts } = setup();
    const start = TEXT.indexOf(DUES);
    book.services.highlights.create({
      articleId,
      kind: 'highlight',
      start,
      end: start + DUES.length,
    });
    expect(exacts()).not.toContain(DUES);
  });

  test('a rejected suggestion stays rejected after the notebook is reopened', () => {
    const first = setup();
    first.service.reject(first.articleId, first.find(DUES));
    const dbFile = first.book.db.name;
    first.book.close();
    expect(setup(dbFile).exacts()).not.toContain(DUES);
  });

  test('refuses to accept a suggestion that is no longer pending', () => {
    const { service, articleId, find } = setup();
    const dues = find(DUES);
    service.reject(articleId, dues);
    expect(() => service.accept(articleId, dues)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });

  test('refuses to reject a suggestion twice', () => {
    const { service, articleId, find } = setup();
    const dues = find(DUES);
    service.reject(articleId, dues);
    expect(() => service.reject(articleId, dues)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });

  test('accepts every pending suggestion from one speaker, and only those', () => {
    const { service, articleId, find } = setup();
    const speaker = find(FERRY).speaker!;
    const accepted = service.acceptAllFrom(articleId, speaker);
    expect(accepted.map((highlight) => highlight.exact).sort()).toEqual([DUES, FERRY].sort());
    expect(new Set(accepted.map((highlight) => highlight.speakerId)).size).toBe(1);
    expect(find(MARKETS)).toBeDefined();
  });

  test('counts pending suggestions per article and skips ids that do not exist', () => {
    const { service, articleId } = setup();
    expect(service.counts([articleId, 99])).toEqual({
      [articleId]: service.pending(articleId).length,
    });
  });

  test('says the article was not found when it does not exist', () => {
    const { service } = setup();
    expect(() => service.pending(99)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('suggestion verdicts on the undo history', () => {
  test('undoing a rejection offers the suggestion again', () => {
    const { book, service, articleId, find, exacts } = setup();
    service.reject(articleId, find(DUES));
    expect(book.services.highlights.undo(articleId)?.label).toBe(
      'Reject suggestion “We will not raise the dues again,”',
    );
    expect(exacts()).toContain(DUES);
    book.services.highlights.redo(articleId);
    expect(exacts()).not.toContain(DUES);
  });

  test('accepting every suggestion from a speaker is undone in one step', () => {
    const { book, service, articleId, find } = setup();
    const accepted = service.acceptAllFrom(articleId, find(FERRY).speaker!);
    expect(accepted).toHaveLength(2);
    const change = book.services.highlights.undo(articleId);
    expect(change?.removed).toHaveLength(accepted.length);
    expect(book.services.highlights.listForArticle(articleId)).toHaveLength(0);
  });
});

describe('accepting a suggestion as the analyst described it', () => {
  test('stores the editor’s kind, speaker, tags and note and creates no proposed speaker', () => {
    const { book, service, articleId, find } = setup();
    const chosen = book.services.speakers.create({ name: 'Ada Sorel' });
    const dues = book.services.tags.create({ name: 'dues' });
    const accepted = service.accept(articleId, find(MARKETS), {
      kind: 'direct',
      speakerId: chosen.id,
      tagIds: [dues.id],
      note: 'Check the date',
    });
    expect(accepted).toMatchObject({
      kind: 'direct',
      speakerId: chosen.id,
      note: 'Check the date',
    });
    expect(accepted.tags.map((tag) => tag.name)).toEqual(['dues']);
    expect(book.services.speakers.list().map((speaker) => speaker.name)).toEqual(['Ada Sorel']);
  });
});

describe('accepting all from a speaker', () => {
  // One speaker, quoted with a full attribution twice and through "according to" once: the
  // finder is less sure of the last, so accepting all must leave it for review.
  const MIXED = [
    '“The ferry will run all year,” Harbour Master Ada Sorel said on Monday.',
    'According to Sorel, the winter timetable would be printed in May.',
    '“We will not raise the dues again,” Sorel added.',
  ].join('\n\n');

  function mixed() {
    const { book, ids } = notebookWith([{ title: 'Ferry timetable', text: MIXED }]);
    const articleId = ids[0]!;
    const service = book.services.suggestions;
    const speaker = service.pending(articleId).find((item) => item.kind === 'direct')!.speaker!;
    const fromSpeaker = () => service.pending(articleId).filter((item) => item.speaker === speaker);
    return { service, articleId, speaker, fromSpeaker };
  }

  test('marks as eligible exactly the suggestions at or above the threshold', () => {
    const { fromSpeaker } = mixed();
    for (const item of fromSpeaker())
      expect(item.acceptAllEligible).toBe(item.confidence >= acceptAllMinimumConfidence);
  });

  test('accepts only the suggestions at or above the threshold and leaves the others pending', () => {
    const { service, articleId, speaker, fromSpeaker } = mixed();
    const before = fromSpeaker();
    const sure = before.filter((item) => item.confidence >= acceptAllMinimumConfidence);
    const unsure = before.filter((item) => item.confidence < acceptAllMinimumConfidence);
    expect(sure.length).toBeGreaterThanOrEqual(2);
    expect(unsure.length).toBeGreaterThanOrEqual(1);
    const accepted = service.acceptAllFrom(articleId, speaker);
    expect(accepted.map((highlight) => highlight.exact).sort()).toEqual(
      sure.map((item) => item.exact).sort(),
    );
    expect(fromSpeaker().map((item) => item.exact)).toEqual(unsure.map((item) => item.exact));
  });
});

describe('collective subjects', () => {
  const GROUPS = [
    'The ferry crews met on Monday.',
    'The ministers said the ferry would run all year.',
    'Teodor Quill, the foreign minister of Calmora, said his country would keep its markets open.',
  ].join('\n\n');

  test('tells a collective from a person or a named body', () => {
    expect(['the ministers', 'All parties', 'participants'].map(isCollective)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['Teodor Quill', 'Calmora', 'the Harbour Board'].map(isCollective)).toEqual([
      false,
      false,
      false,
    ]);
  });

  test('a collective is offered as a group and becomes a group speaker only when accepted', () => {
    const { book, ids } = notebookWith([{ title: 'Ferry talks', text: GROUPS }]);
    const articleId = ids[0]!;
    const service = book.services.suggestions;
    const offered = service.pending(articleId).find((item) => item.speakerIsGroup);
    expect(offered).toMatchObject({ speaker: 'The ministers', speakerIsGroup: true });
    expect(book.services.speakers.list()).toEqual([]);
    service.accept(articleId, offered!);
    expect(book.services.speakers.list()).toMatchObject([{ name: 'The ministers', group: true }]);
  });
});
