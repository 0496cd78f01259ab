// Role keys (main/quotes/roles.ts): how two ways of writing a role are compared.
import { describe, expect, it } from 'vitest';
import { modifiersMatch, roleKeysOf } from '../../../../main/quotes/roles';

describe('roles', () => {
  it('gives a spokesman and a spokeswoman the same key', () => {
    expect(roleKeysOf('spokesman')).toEqual(roleKeysOf('spokeswoman'));
  });

  it('gives different offices different keys', () => {
    expect(roleKeysOf('treasurer')).not.toEqual(roleKeysOf('chairman'));
  });

  it('matches a modifier with itself and not with another', () => {
    expect(modifiersMatch('Ardley', 'Ardley')).toBe(true);
    expect(modifiersMatch('Ardley', 'Brenmoor')).toBe(false);
  });
});
