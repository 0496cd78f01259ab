// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { editMetadata } from '../../../../renderer/ui/metadata-dialog';
import { article } from './fixtures';

const submit = () =>
  document
    .querySelector<HTMLFormElement>('dialog form')!
    .dispatchEvent(new Event('submit', { cancelable: true }));

describe('Edit details dialog', () => {
  test('says under each field where its value came from', () => {
    void editMetadata(
      article({ metadataSources: { publishedAt: 'structured-data', author: 'byline' } }),
    );
    expect(document.querySelector('#meta-publishedAt-source')?.textContent).toBe(
      "from the page's structured data",
    );
    expect(document.querySelector('#meta-author-source')?.textContent).toBe('from the byline');
    expect(document.querySelector('#meta-publisher-source')).toBeNull();
    document.querySelector('dialog')?.remove();
  });

  test('keeps the stated time and zone when the day is left as it was', async () => {
    const result = editMetadata(article({ publishedAt: '2033-04-02T09:05:00-05:00' }));
    expect(document.querySelector<HTMLInputElement>('#meta-publishedAt')!.value).toBe('2033-04-02');
    submit();
    expect((await result)?.publishedAt).toBe('2033-04-02T09:05:00-05:00');
    document.querySelector('dialog')?.remove();
  });
});
