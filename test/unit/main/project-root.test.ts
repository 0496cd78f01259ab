import { describe, expect, it } from 'vitest';
import { projectRoot, runsFromBuild } from '../../../main/project-root';

const holdsPackage = (file: string) => file === '/home/analyst/dossier/package.json';

describe('projectRoot', () => {
  it('finds the project folder from a source file two folders down', () => {
    expect(projectRoot('file:///home/analyst/dossier/main/cli/serve.ts', holdsPackage)).toBe(
      '/home/analyst/dossier',
    );
  });

  it('finds the same folder from a bundle chunk in out/main/chunks', () => {
    expect(
      projectRoot('file:///home/analyst/dossier/out/main/chunks/serve-AbC123.js', holdsPackage),
    ).toBe('/home/analyst/dossier');
  });

  it('says where it looked when no folder above holds package.json', () => {
    expect(() => projectRoot('file:///srv/loose/module.js', () => false)).toThrow(/\/srv\/loose/);
  });
});

describe('runsFromBuild', () => {
  it('tells the TypeScript sources from the built bundle', () => {
    expect(runsFromBuild('file:///p/main/import-worker-script.ts')).toBe(false);
    expect(runsFromBuild('file:///p/out/main/chunks/composition-x1.js')).toBe(true);
  });
});
