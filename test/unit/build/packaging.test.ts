// The electron-builder configuration (package.json "build") and the icons it packages: checked
// against electron-builder's own schema, and each icon file read for the sizes the platforms need.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  productName: string;
  optionalDependencies: Record<string, string>;
  build: Record<string, unknown> & {
    directories: { buildResources: string; output: string };
    files: string[];
    asarUnpack: string[];
    electronVersion: string;
    linux: { target: string[]; icon: string; category: string; maintainer: string };
    mac: { target: string; icon: string; category: string; hardenedRuntime: boolean };
    win: { target: string; icon: string };
    electronFuses: Record<string, boolean>;
  };
};
const config = manifest.build;
const resource = (...parts: string[]) => path.join(root, ...parts);

/** electron-builder's own validation, from the app-builder-lib it ships with. */
function electronBuilderValidator(): (config: unknown) => Promise<void> {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
  const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as {
    validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
  };
  const quietLogger = { isEnabled: false, add: () => undefined };
  return (candidate) => validateConfiguration(candidate, quietLogger);
}

interface BuilderLibrary {
  PlatformPackager: {
    prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> };
  };
}

/**
 * electron-builder's own translation of "electronFuses" into the @electron/fuses wire config,
 * with that module's option numbers, so the names are checked by the code that flips them.
 */
async function fusesAsElectronBuilderFlipsThem() {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
  const library = fromBuilder('app-builder-lib') as BuilderLibrary;
  const fuses = createRequire(fromBuilder.resolve('app-builder-lib'))('@electron/fuses') as {
    FuseV1Options: Record<string, number>;
    FuseVersion: Record<string, string>;
  };
  // generateFuseConfig uses nothing of the packager instance; it maps names to fuse numbers.
  const wire = await library.PlatformPackager.prototype.generateFuseConfig.call(
    {},
    config.electronFuses,
  );
  return { wire, options: fuses.FuseV1Options, version: fuses.FuseVersion.V1 };
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function icoSizes(file: string): number[] {
  const bytes = readFileSync(file);
  expect(bytes.readUInt16LE(0)).toBe(0);
  expect(bytes.readUInt16LE(2)).toBe(1);
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + index * 16;
    const width = bytes[entry]! || 256;
    const height = bytes[entry + 1]! || 256;
    expect(height).toBe(width);
    return width;
  });
}

function icnsChunkTypes(file: string): string[] {
  const bytes = readFileSync(file);
  expect(bytes.toString('latin1', 0, 4)).toBe('icns');
  expect(bytes.readUInt32BE(4)).toBe(bytes.length);
  const types: string[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset + 4);
    expect(length).toBeGreaterThan(8);
    types.push(bytes.toString('latin1', offset, offset + 4));
    offset += length;
  }
  return types;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe('electron-builder configuration', () => {
  test("passes electron-builder's own schema", async () => {
    await expect(electronBuilderValidator()(structuredClone(config))).resolves.toBeUndefined();
  });

  test('the schema check is real: it rejects an unknown option', async () => {
    await expect(
      electronBuilderValidator()({ ...structuredClone(config), linuxx: {} }),
    ).rejects.toThrow(/Invalid configuration object/);
  });

  test('names the app and keeps its resources in build/ and its output in dist/', () => {
    expect(config).toMatchObject({ appId: 'org.dossier.app', productName: 'Dossier' });
    expect(manifest.productName).toBe('Dossier');
    expect(config.directories).toEqual({ buildResources: 'build', output: 'dist' });
  });

  test('packages only the build output and package.json (no tests, no sources)', () => {
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included).toEqual(['out/**', 'package.json']);
    expect(manifest.main).toBe('out/main/index.js');
  });

  test("leaves better-sqlite3's C sources and build leftovers out of the package", () => {
    const excluded = config.files.filter((pattern) => pattern.startsWith('!'));
    const sqlite = excluded.filter((pattern) =>
      pattern.startsWith('!node_modules/better-sqlite3/'),
    );
    expect(sqlite.join(' ')).toMatch(/deps/);
    expect(sqlite.join(' ')).toMatch(/test_extension\.node/);
  });

  test('leaves out what only the CLI and development need (tsx, esbuild, canvas rendering)', () => {
    const excluded = config.files.filter((pattern) => pattern.startsWith('!')).join(' ');
    expect(excluded).toMatch(/tsx/);
    expect(excluded).toMatch(/esbuild/);
    expect(excluded).toMatch(/@napi-rs/);
  });

  test('packs into asar, with better-sqlite3’s native module unpacked and rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*.node']);
    expect(config.npmRebuild).toBe(true);
  });

  test('pins the same exact Electron version as the optional dependency', () => {
    expect(config.electronVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(config.electronVersion).toBe(manifest.optionalDependencies.electron);
  });

  test('sets the six Electron fuses: no RunAsNode, NODE_OPTIONS or --inspect; encrypted cookies; ASAR only, integrity-checked', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  test('electron-builder turns each fuse setting into the @electron/fuses option it names', async () => {
    const { wire, options, version } = await fusesAsElectronBuilderFlipsThem();
    expect(wire.version).toBe(version);
    const flipped = Object.fromEntries(
      Object.entries(options)
        .filter(([name]) => Number.isNaN(Number(name)))
        .filter(([, fuse]) => String(fuse) in wire)
        .map(([name, fuse]) => [name, wire[String(fuse)]]),
    );
    expect(flipped).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
  });

  test('the fuses check is real: the schema rejects a misspelt fuse', async () => {
    await expect(
      electronBuilderValidator()({
        ...structuredClone(config),
        electronFuses: { ...config.electronFuses, runAsNodes: false },
      }),
    ).rejects.toThrow(/Invalid configuration object/);
  });

  test('the ASAR-only fuses have an ASAR to load: packing stays on, its integrity hash not disabled', () => {
    expect(config.asar).toBe(true);
    expect(JSON.stringify(config)).not.toMatch(/disableIntegrity|disableSanityCheckAsar/);
  });

  test('targets AppImage and deb, dmg, and NSIS', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.mac).toMatchObject({
      target: 'dmg',
      category: 'public.app-category.productivity',
      hardenedRuntime: false,
    });
    expect(config.win).toMatchObject({ target: 'nsis' });
  });
});

describe('icons', () => {
  test('build/ holds images only', () => {
    for (const file of filesUnder(resource('build'))) {
      expect(path.extname(file), file).toMatch(/^\.(png|ico|icns|svg)$/);
    }
  });

  test('build/icon.png is a square of at least 512 pixels', () => {
    const { width, height } = pngSize(resource('build/icon.png'));
    expect(width).toBe(height);
    expect([512, 1024]).toContain(width);
  });

  test('Linux gets every size from 16 to 512 pixels, each file the size its name says', () => {
    const folder = resource(config.linux.icon);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(path.join(folder, `${size}x${size}.png`)), `${size}x${size}`).toEqual({
        width: size,
        height: size,
      });
    }
    for (const name of readdirSync(folder)) {
      const [, size] = /^(\d+)x\1\.png$/.exec(name) ?? [];
      expect(size, name).toBeDefined();
      expect(pngSize(path.join(folder, name)).width).toBe(Number(size));
    }
  });

  test('the Windows .ico has 16, 24, 32, 48, 64, 128 and 256 pixel images', () => {
    expect(icoSizes(resource(config.win.icon)).sort((a, b) => a - b)).toEqual([
      16, 24, 32, 48, 64, 128, 256,
    ]);
  });

  test('the macOS .icns has images from 16 to 1024 pixels', () => {
    const types = icnsChunkTypes(resource(config.mac.icon));
    // is32/il32/it32: 16, 32 and 128 (with masks); ic08, ic09, ic10: 256, 512, 1024.
    expect(types).toEqual(expect.arrayContaining(['is32', 'il32', 'it32', 'ic08', 'ic09', 'ic10']));
  });
});
