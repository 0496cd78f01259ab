// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { HighlightKind } from '../../../../main/ipc/contract';
import { createSelectionToolbar } from '../../../../renderer/ui/selection-toolbar';

describe('selection toolbar', () => {
  test('offers one button per kind, each naming its marking key', () => {
    const toolbar = createSelectionToolbar(() => undefined);
    const buttons = [...toolbar.element.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Highlight',
      'Quote',
      'Indirect',
      'Term',
      'Figure',
    ]);
    expect(buttons.map((button) => button.getAttribute('aria-keyshortcuts'))).toEqual([
      'H',
      'Q',
      'I',
      'T',
      'F',
    ]);
    expect(buttons[1]!.title).toBe('Direct quote (Q)');
    expect(toolbar.element.getAttribute('role')).toBe('toolbar');
    expect(toolbar.element.hidden).toBe(true);
  });

  test('reports the kind of the button clicked', () => {
    const marked: HighlightKind[] = [];
    const toolbar = createSelectionToolbar((kind) => marked.push(kind));
    const [, , indirect, term] = toolbar.element.querySelectorAll('button');
    indirect!.click();
    term!.click();
    expect(marked).toEqual(['indirect', 'term']);
  });

  test('keeps the selection when a button is pressed', () => {
    const toolbar = createSelectionToolbar(() => undefined);
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    toolbar.element.querySelector('button')!.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
  });
});
