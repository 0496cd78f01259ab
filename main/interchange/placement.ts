// Places an annotation read from a file in an article's canonical text, through the same
// anchoring core that re-anchors highlights after a revision: by its position when the quote
// and its context are there, else by exact match, else by approximate match. Pure.
import { anchor, type AnchorResult } from '../anchoring';
import { utf16Offset } from './ids';
import type { ImportedAnnotation } from './model';

export function placeAnnotation(
  text: string,
  annotation: Pick<ImportedAnnotation, 'exact' | 'prefix' | 'suffix' | 'position'>,
): AnchorResult {
  // Without a position, the first occurrence of the quote is the hint; context decides
  // between repeated occurrences either way.
  const start = annotation.position
    ? utf16Offset(text, annotation.position.start)
    : Math.max(0, text.indexOf(annotation.exact));
  const end = annotation.position
    ? utf16Offset(text, annotation.position.end)
    : start + annotation.exact.length;
  return anchor(text, {
    exact: annotation.exact,
    prefix: annotation.prefix,
    suffix: annotation.suffix,
    start,
    end,
  });
}
