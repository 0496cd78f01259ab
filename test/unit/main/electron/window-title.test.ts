import { expect, test } from 'vitest';
import { windowTitle } from '../../../../main/electron/window-title';

test('the window title names the notebook file', () => {
  expect(windowTitle('/home/ana/.config/Dossier/notebook.sqlite')).toBe(
    'Dossier — notebook.sqlite',
  );
  expect(windowTitle('/cases/almaty.sqlite')).toBe('Dossier — almaty.sqlite');
});
