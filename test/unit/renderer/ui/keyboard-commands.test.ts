// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  KEY_COMMANDS,
  createKeyboardCommands,
  markKeyOf,
  markKindFor,
  type CommandId,
} from '../../../../renderer/ui/keyboard-commands';

function press(target: Element, key: string, modifiers: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    cancelable: true,
    ...modifiers,
  });
  target.dispatchEvent(event);
  return event;
}

function recorder(mac = false) {
  const ran: CommandId[] = [];
  const runners = Object.fromEntries(
    KEY_COMMANDS.map((command) => [command.id, () => ran.push(command.id)]),
  );
  const commands = createKeyboardCommands(runners, mac);
  document.body.replaceChildren();
  document.addEventListener('keydown', (event) => commands.handleKey(event), { once: true });
  return { ran, commands };
}

describe('keyboard commands', () => {
  test('runs search on Ctrl+K and prevents the browser default', () => {
    const { ran } = recorder();
    const event = press(document.body, 'k', { ctrlKey: true });
    expect(ran).toEqual(['search']);
    expect(event.defaultPrevented).toBe(true);
  });

  test('uses Command instead of Ctrl on macOS', () => {
    const { ran } = recorder(true);
    press(document.body, 'o', { metaKey: true });
    expect(ran).toEqual(['import-files']);
    const other = recorder(true);
    press(document.body, 'o', { ctrlKey: true });
    expect(other.ran).toEqual([]);
  });

  test('tells undo from the two redo chords', () => {
    const chords: [KeyboardEventInit, string][] = [
      [{ ctrlKey: true }, 'z'],
      [{ ctrlKey: true, shiftKey: true }, 'Z'],
      [{ ctrlKey: true }, 'y'],
    ];
    const ran = chords.flatMap(([modifiers, key]) => {
      const run = recorder();
      press(document.body, key, modifiers);
      return run.ran;
    });
    expect(ran).toEqual(['undo', 'redo', 'redo']);
  });

  test('leaves undo to a text field or the memo editor', () => {
    const { ran } = recorder();
    const field = document.createElement('textarea');
    document.body.append(field);
    press(field, 'z', { ctrlKey: true });
    expect(ran).toEqual([]);
    const memo = recorder();
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    document.body.append(editor);
    press(editor, 'z', { ctrlKey: true });
    expect(memo.ran).toEqual([]);
  });

  test('opens the shortcut sheet on ? outside fields only', () => {
    const { ran } = recorder();
    press(document.body, '?', { shiftKey: true });
    expect(ran).toEqual(['show-shortcuts']);
    const inField = recorder();
    const input = document.createElement('input');
    document.body.append(input);
    press(input, '?', { shiftKey: true });
    expect(inField.ran).toEqual([]);
  });

  test('does nothing for a key whose command has no runner', () => {
    const commands = createKeyboardCommands({ search: () => undefined }, false);
    const event = new KeyboardEvent('keydown', { key: 'o', ctrlKey: true, cancelable: true });
    expect(commands.handleKey(event)).toBe(false);
    expect(event.defaultPrevented).toBe(false);
  });

  test('runs a command by id for the desktop menu', () => {
    const ran: string[] = [];
    const commands = createKeyboardCommands({ 'export-memo': () => ran.push('export') }, false);
    expect(commands.run('export-memo')).toBe(true);
    expect(commands.run('search')).toBe(false);
    expect(ran).toEqual(['export']);
  });

  test('lists every command that has keys on the shortcut sheet, in order', () => {
    const sheet = createKeyboardCommands({}, false).sheet();
    expect(sheet.map((row) => row.keys.join('+'))).toEqual([
      'Ctrl+K',
      'Ctrl+O',
      'H',
      'Q',
      'I',
      'T',
      'F',
      'Ctrl+Enter',
      'Escape',
      'Ctrl+Z',
      'Shift+Ctrl+Z',
      '?',
    ]);
    expect(sheet.find((row) => row.keys.join('+') === 'Q')?.label).toBe(
      'Mark the selection as a direct quote',
    );
    expect(createKeyboardCommands({}, true).sheet()[0]!.keys).toEqual(['⌘', 'K']);
  });

  test('gives the reader the kind of a plain marking key, with or without Shift', () => {
    const key = (init: KeyboardEventInit) => markKindFor(new KeyboardEvent('keydown', init), false);
    expect(key({ key: 'q' })).toBe('direct');
    expect(key({ key: 'I', shiftKey: true })).toBe('indirect');
    expect(key({ key: 'q', ctrlKey: true })).toBeNull();
    expect(key({ key: 'x' })).toBeNull();
    expect(markKeyOf('term')).toBe('T');
  });

  test('marks the selection as a figure with F', () => {
    const key = (init: KeyboardEventInit) => markKindFor(new KeyboardEvent('keydown', init), false);
    expect(key({ key: 'f' })).toBe('figure');
    expect(key({ key: 'F', shiftKey: true })).toBe('figure');
    expect(markKeyOf('figure')).toBe('F');
  });
});
