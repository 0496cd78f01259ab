// Finds serif TrueType fonts on this machine for the PDF writer, so memos in any script the
// fonts cover are embedded as written. A thin file-system adapter: the first family whose
// four styles all exist wins, the others kept as fallbacks; null means the writer falls back
// to the standard fonts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PdfFonts } from './pdf';

type Family = Record<Exclude<keyof PdfFonts, 'fallbacks'>, string>;

function family(
  directory: string,
  regular: string,
  italic: string,
  bold: string,
  boldItalic: string,
): Family {
  return {
    regular: path.join(directory, regular),
    italic: path.join(directory, italic),
    bold: path.join(directory, bold),
    boldItalic: path.join(directory, boldItalic),
  };
}

function liberation(directory: string): Family {
  return family(
    directory,
    'LiberationSerif-Regular.ttf',
    'LiberationSerif-Italic.ttf',
    'LiberationSerif-Bold.ttf',
    'LiberationSerif-BoldItalic.ttf',
  );
}

function dejaVu(directory: string): Family {
  return family(
    directory,
    'DejaVuSerif.ttf',
    'DejaVuSerif-Italic.ttf',
    'DejaVuSerif-Bold.ttf',
    'DejaVuSerif-BoldItalic.ttf',
  );
}

function timesNewRoman(directory: string, windowsNames: boolean): Family {
  return windowsNames
    ? family(directory, 'times.ttf', 'timesi.ttf', 'timesbd.ttf', 'timesbi.ttf')
    : family(
        directory,
        'Times New Roman.ttf',
        'Times New Roman Italic.ttf',
        'Times New Roman Bold.ttf',
        'Times New Roman Bold Italic.ttf',
      );
}

/** Where the usual serif families live on Linux distributions, Windows and macOS, best first. */
export function candidateFontFamilies(environment: NodeJS.ProcessEnv = process.env): Family[] {
  const windows = path.join(environment['WINDIR'] ?? 'C:\\Windows', 'Fonts');
  return [
    liberation('/usr/share/fonts/truetype/liberation2'),
    liberation('/usr/share/fonts/truetype/liberation'),
    liberation('/usr/share/fonts/liberation-serif'),
    liberation('/usr/share/fonts/TTF'),
    dejaVu('/usr/share/fonts/truetype/dejavu'),
    dejaVu('/usr/share/fonts/dejavu-serif-fonts'),
    dejaVu('/usr/share/fonts/TTF'),
    timesNewRoman(windows, true),
    timesNewRoman('/System/Library/Fonts/Supplemental', false),
    timesNewRoman('/Library/Fonts', false),
  ];
}

/**
 * Reads the first complete family found, with the other complete families as its fallbacks
 * (for memos with characters it lacks), or returns null when there is none.
 */
export function findPdfFonts(families: Family[] = candidateFontFamilies()): PdfFonts | null {
  const found = families
    .filter((candidate) => Object.values(candidate).every((file) => existsSync(file)))
    .map((candidate) => ({
      regular: readFileSync(candidate.regular),
      italic: readFileSync(candidate.italic),
      bold: readFileSync(candidate.bold),
      boldItalic: readFileSync(candidate.boldItalic),
    }));
  const [first, ...fallbacks] = found;
  if (!first) return null;
  return fallbacks.length > 0 ? { ...first, fallbacks } : first;
}
