import { describe, expect, it } from 'vitest';
import {
  disclaimerPublisher,
  guessLanguage,
  isDisclaimer,
  isOnlyName,
  parseCopyrightHolder,
  parseAuthorLabel,
  parseByline,
  parseDate,
  parseDateLine,
  parseDateline,
  parseSourceCredit,
  parseSourceLabel,
} from '../../../../main/importers/metadata';

describe('bylines', () => {
  it('reads a plain "By" byline', () => {
    expect(parseByline('By Jane Roe')).toBe('Jane Roe');
  });

  it('reads several authors joined by "and"', () => {
    expect(parseByline('By Jane Roe and Tomas de la Cruz')).toBe('Jane Roe and Tomas de la Cruz');
  });

  it('reads a byline followed by a role, agency or date', () => {
    expect(parseByline('By Jane Roe | Meridian Wire')).toBe('Jane Roe');
    expect(parseByline('By Jane Roe, Staff Reporter')).toBe('Jane Roe');
  });

  it('does not read prose that starts with "By" as a byline', () => {
    expect(parseByline('By the time the ministers arrived, the talks had ended.')).toBeNull();
    expect(parseByline('By Tuesday, the deal was done')).toBeNull();
  });

  it('reads the author named in an "Author:" bio line, without the role after it', () => {
    expect(parseAuthorLabel('Author: Jane Roe Journalist, based in Porto.')).toBe('Jane Roe');
  });

  it('recognises a paragraph that is only the author name, even repeated', () => {
    expect(isOnlyName('Jane Roe Jane Roe', 'Jane Roe')).toBe(true);
    expect(isOnlyName('Jane Roe said it rained.', 'Jane Roe')).toBe(false);
  });
});

describe('datelines', () => {
  it('reads a capitalised place before an em dash', () => {
    expect(parseDateline('PORT ELLIS — The council voted.')).toEqual({
      place: 'PORT ELLIS',
      agency: null,
      publishedAt: null,
      lineOnly: false,
    });
  });

  it('reads place, date and agency from a wire dateline', () => {
    expect(
      parseDateline('VALDORA, March 4, 2024 (Meridian Wire) – Dock workers ended a strike.'),
    ).toEqual({
      place: 'VALDORA',
      agency: 'Meridian Wire',
      publishedAt: '2024-03-04',
      lineOnly: false,
    });
  });

  it('reads a dateline without a year but gives no publication date', () => {
    expect(parseDateline('KESTRA, April 3 (Agency) – Text.')?.publishedAt).toBeNull();
  });

  it('marks a dateline that stands alone on its line', () => {
    expect(parseDateline('HOLLOWAY —')?.lineOnly).toBe(true);
  });

  it('does not read a mixed-case opening or a label as a dateline', () => {
    expect(parseDateline('Astana — the capital')).toBeNull();
    expect(parseDateline('UPDATE — the vote was delayed')).toBeNull();
  });
});

describe('dates', () => {
  it('parses ISO, month-first and day-first dates', () => {
    expect(parseDate('2024-03-05T08:30:00+00:00')).toBe('2024-03-05');
    expect(parseDate('Published March 5th, 2024')).toBe('2024-03-05');
    expect(parseDate('5 Sept. 2024')).toBe('2024-09-05');
  });

  it('rejects impossible dates', () => {
    expect(parseDate('February 30, 2024')).toBeNull();
  });

  it('recognises a paragraph that only states a date, and tells updates apart', () => {
    expect(parseDateLine('Published: April 3, 2025')).toEqual({
      date: '2025-04-03',
      isUpdate: false,
    });
    expect(parseDateLine('Updated 4 April 2025, 10:15 GMT')).toEqual({
      date: '2025-04-04T10:15:00Z',
      isUpdate: true,
    });
    expect(parseDateLine('On April 3, 2025 the council met.')).toBeNull();
  });
});

describe('source credits and disclaimers', () => {
  it('reads the publisher from a "this story is republished from" credit', () => {
    expect(parseSourceCredit('This story is republished from The Lantern under licence.')).toBe(
      'The Lantern',
    );
  });

  it('reads the publisher from an "originally published in" credit', () => {
    expect(parseSourceCredit('This article was originally published in Harbour Weekly.')).toBe(
      'Harbour Weekly',
    );
  });

  it('does not read an ordinary sentence about a report as a credit', () => {
    expect(parseSourceCredit('The report was provided by the ministry of finance.')).toBeNull();
  });

  it('reads a bare "Source:" label', () => {
    expect(parseSourceLabel('Source: Meridian Wire')).toBe('Meridian Wire');
  });

  it('reads the holder of a copyright line', () => {
    expect(parseCopyrightHolder('Copyright © 2023 County Herald. All rights reserved.')).toBe(
      'County Herald',
    );
    expect(parseCopyrightHolder('© Harbour Weekly 2024')).toBe('Harbour Weekly 2024');
    expect(parseCopyrightHolder('The copyright dispute went to court.')).toBeNull();
  });

  it('recognises a views disclaimer and the organisation it names', () => {
    const text =
      '(The views expressed here do not necessarily reflect the views of Lantern Media.)';
    expect(isDisclaimer(text)).toBe(true);
    expect(disclaimerPublisher(text)).toBe('Lantern Media');
  });
});

describe('language guess', () => {
  it('guesses English from stop words', () => {
    expect(
      guessLanguage(
        'The council said that the vote was held on Tuesday and that it is final for the town. '.repeat(
          3,
        ),
      ),
    ).toBe('en');
  });

  it('guesses French from stop words', () => {
    expect(
      guessLanguage(
        'Le conseil a dit que le vote est prévu pour mardi et que les habitants sont dans la salle avec le maire. '.repeat(
          3,
        ),
      ),
    ).toBe('fr');
  });

  it('returns null for a sample too short to judge', () => {
    expect(guessLanguage('Hello there')).toBeNull();
  });
});
