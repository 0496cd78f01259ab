// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { renderSourceChecks } from '../../../../renderer/ui/source-checks-panel';

describe('source checks panel', () => {
  test('lists each quotation to look at with its problems', () => {
    const panel = document.createElement('div');
    renderSourceChecks(panel, [
      {
        blockIndex: 1,
        highlightId: 4,
        exact: 'The dam will hold the spring floods.',
        speaker: 'Oren Talvik',
        problems: [
          {
            highlightId: 4,
            shown: true,
            code: 'text-changed',
            message: 'The article text changed.',
          },
          {
            highlightId: 9,
            shown: false,
            code: 'article-deleted',
            message: 'A source was deleted.',
          },
        ],
      },
    ]);
    const section = panel.querySelector('[aria-label="Source check"]')!;
    expect(section.querySelector('h3')!.textContent).toBe('Sources to look at');
    expect(section.querySelector('.annotation__exact')!.textContent).toBe(
      'The dam will hold the spring floods.',
    );
    expect(
      [...section.querySelectorAll('.source-check__problems li')].map((item) => item.textContent),
    ).toEqual(['The article text changed.', 'A source was deleted.']);
  });

  test('says every source checks out when nothing is wrong, replacing what was there', () => {
    const panel = document.createElement('div');
    panel.append(document.createElement('ol'));
    renderSourceChecks(panel, []);
    expect(panel.children).toHaveLength(1);
    expect(panel.querySelector('h3')!.textContent).toBe('All sources check out');
    expect(panel.textContent).toContain('Every quotation in this memo still matches its article.');
  });
});
