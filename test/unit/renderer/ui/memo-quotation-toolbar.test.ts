// @vitest-environment happy-dom
import { EditorState, NodeSelection, TextSelection, type Transaction } from 'prosemirror-state';
import { describe, expect, test } from 'vitest';
import { memoDocFromJson, quotationsIn } from '../../../../renderer/memo/schema';
import { quotationGuard } from '../../../../renderer/memo/quotation-guard';
import { createQuotationToolbar } from '../../../../renderer/ui/memo-quotation-toolbar';
import { savedMemo } from './memo-fixtures';

function editor(note: string | null = null) {
  let state = EditorState.create({
    doc: memoDocFromJson(savedMemo().document),
    plugins: [quotationGuard()],
  });
  const prompts: string[] = [];
  const host = {
    get state() {
      return state;
    },
    dispatch(transaction: Transaction) {
      state = state.apply(transaction);
      toolbar.update(state);
    },
    focus: () => undefined,
  };
  const toolbar = createQuotationToolbar(host, async (current) => {
    prompts.push(current);
    return note;
  });
  const button = (name: string) =>
    [...toolbar.element.querySelectorAll('button')].find((item) => item.textContent === name)!;
  const selectQuotation = (highlightId: number) => {
    const pos = quotationsIn(state.doc).find(
      (entry) => entry.attrs.highlightId === highlightId,
    )!.pos;
    host.dispatch(state.tr.setSelection(NodeSelection.create(state.doc, pos)));
  };
  const order = () => quotationsIn(state.doc).map((entry) => entry.attrs.highlightId);
  return { host, toolbar, button, selectQuotation, order, prompts };
}

describe('memo quotation toolbar', () => {
  test('disables every tool while no quotation is selected', () => {
    const { toolbar, host } = editor();
    host.dispatch(host.state.tr.setSelection(TextSelection.create(host.state.doc, 2)));
    expect([...toolbar.element.querySelectorAll('button')].every((button) => button.disabled)).toBe(
      true,
    );
  });

  test('enables only the moves the selected quotation can make', () => {
    const { button, selectQuotation } = editor();
    selectQuotation(12);
    expect(button('Move up').disabled).toBe(false);
    expect(button('Move down').disabled).toBe(true);
    expect(button('Note…').disabled).toBe(false);
  });

  test('moves the selected quotation up past the block before it', () => {
    const { button, selectQuotation, order, host } = editor();
    selectQuotation(12);
    button('Move up').click();
    button('Move up').click();
    expect(order()).toEqual([12, 11]);
    expect(host.state.selection).toBeInstanceOf(NodeSelection);
  });

  test('writes the note the analyst types under the selected quotation', async () => {
    const { button, selectQuotation, host, prompts } = editor('Confirm the start date.');
    selectQuotation(11);
    button('Note…').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(prompts).toEqual(['']);
    expect(quotationsIn(host.state.doc)[0]!.attrs.note).toBe('Confirm the start date.');
  });

  test('leaves the note as it was when the analyst cancels', async () => {
    const { button, selectQuotation, host } = editor(null);
    selectQuotation(11);
    const before = host.state.doc;
    button('Note…').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.state.doc).toBe(before);
  });
});
