// Vocabulary lists for the recognisers, written as one space-separated string each so the
// lists stay readable in the source.

export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
