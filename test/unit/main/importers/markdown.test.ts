import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../../../main/importers/markdown';

const read = (source: string) => importMarkdown(source, 'notes.md');

describe('Markdown import', () => {
  it('takes the first heading as the title and renders inline markup as plain text', () => {
    const article = read(
      '# Pier reopens\n\nThe **pier** at *Gull Point* reopened with `new` rails and [a café](https://x.example).',
    );
    expect(article.title).toBe('Pier reopens');
    expect(article.text).toBe('The pier at Gull Point reopened with new rails and a café.');
  });

  it('gives each list item and heading its own paragraph', () => {
    const article = read('# T\n\nIntro.\n\n## Steps\n\n- first step\n- second step');
    expect(article.text).toBe('Intro.\n\nSteps\n\nfirst step\n\nsecond step');
  });

  it('reads metadata from front matter', () => {
    const article = read(
      '---\ntitle: "Pier reopens"\nauthor: Ana Diaz\ndate: 2024-06-01\npublisher: Coast Daily\n---\nThe pier reopened on Saturday.',
    );
    expect(article).toMatchObject({
      title: 'Pier reopens',
      author: 'Ana Diaz',
      publishedAt: '2024-06-01',
      publisher: 'Coast Daily',
    });
  });

  it('keeps straight quotes and apostrophes as written', () => {
    expect(read('# T\n\nShe said "it\'s done" -- twice.').text).toBe(
      'She said "it\'s done" -- twice.',
    );
  });

  it('drops raw HTML scripts, handlers and image alt text', () => {
    const article = read(
      '# T\n\n<script>alert(1)</script>\n\nText <b onclick="x()">bold</b>. ![alt text](javascript:alert(1))',
    );
    expect(article.text).toBe('Text bold.');
  });
});
