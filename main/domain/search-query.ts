// The analyst's search language, parsed once for every host (app, web host, CLI), so the same
// query means the same thing everywhere. Pure: a string in, a safe FTS5 expression plus field
// filters out. It owns the syntax (phrases, OR / |, NOT / -word, word*, parentheses, fields)
// and how words are matched (whole words, their plural, or a prefix); it must not know SQL
// tables or how results are ranked (db/queries/articles.ts does that with what it returns).
//
// Safety: every word reaching FTS5 is a run of letters and digits inside double quotes, and
// every operator and parenthesis in the expression is written here, so no input can make an
// FTS5 syntax error or select a column; field values go to SQL only as bound parameters.

export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SEARCH_FIELDS = [
  'author',
  'publisher',
  'title',
  'speaker',
  'tag',
  'after',
  'before',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A field filter on a column outside the full-text index; `negated` for `-author:…`. */
export interface TextFilter {
  readonly value: string;
  readonly negated: boolean;
}

export interface SearchFilters {
  /** Substring of the author or publisher, case-insensitive. */
  readonly author: readonly TextFilter[];
  readonly publisher: readonly TextFilter[];
  /** A speaker's name or alias (whole words, case- and accent-insensitive) quoted in the article. */
  readonly speaker: readonly TextFilter[];
  /** A tag's name (whole words, case- and accent-insensitive) on a highlight in the article. */
  readonly tag: readonly TextFilter[];
  /** Published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly after: readonly string[];
  /** Published before this date. */
  readonly before: readonly string[];
}

/** One place in a matched passage: the word forms it may take, and whether any ending may follow. */
export interface MarkToken {
  readonly forms: readonly string[];
  readonly prefix: boolean;
}

/** Something to mark in a result's snippet: one word, or a phrase's words in order. */
export interface SearchMark {
  readonly tokens: readonly MarkToken[];
}

export interface SearchQuery {
  /**
   * The FTS5 expression; null when the query names no words. With `complement`, the results
   * are the live articles this expression does NOT match (a query of only `-word`s).
   */
  readonly match: string | null;
  readonly complement: boolean;
  readonly filters: SearchFilters;
  /** False when nothing in the query restricts anything (no words, no valid filter). */
  readonly meaningful: boolean;
  /** True when a filter can match nothing (an unreadable date), so there are no results. */
  readonly impossible: boolean;
  readonly marks: readonly SearchMark[];
}

export interface SearchQueryOptions {
  /**
   * Search as you type: the last word, while it is still being typed (no space after it),
   * matches as a prefix. Only the app's search box sets this; everything else equals the CLI.
   */
  readonly typing?: boolean;
}

/** Lowercase without diacritics, as the index compares words (unicode61 remove_diacritics 2). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Words as the index splits them: runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

const MAX_TERMS = 64;
const MAX_DEPTH = 16;
const MAX_FILTERS = 16;
const TYPOGRAPHIC_QUOTES = /[“”„‟«»″]/g;

// ---------------------------------------------------------------------------------------------
// Lexing

type Lexeme =
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'or' }
  | { kind: 'and' }
  | { kind: 'not' }
  | { kind: 'phrase'; text: string; closed: boolean }
  | { kind: 'word'; text: string }
  | { kind: 'field'; field: SearchField; value: string; quoted: boolean };

const FIELD_PATTERN = new RegExp(`^(${SEARCH_FIELDS.join('|')}):`, 'i');

function isSpace(character: string | undefined): boolean {
  return character === undefined || /\s/u.test(character);
}

function lex(input: string): Lexeme[] {
  const text = input.normalize('NFC').replace(TYPOGRAPHIC_QUOTES, '"');
  const lexemes: Lexeme[] = [];
  let at = 0;
  const quoted = (): { text: string; closed: boolean } => {
    const end = text.indexOf('"', at + 1);
    const value = text.slice(at + 1, end < 0 ? text.length : end);
    at = end < 0 ? text.length : end + 1;
    return { text: value, closed: end >= 0 };
  };
  while (at < text.length) {
    const character = text[at]!;
    if (isSpace(character)) {
      at += 1;
    } else if (character === '(' || character === ')') {
      lexemes.push({ kind: character === '(' ? 'open' : 'close' });
      at += 1;
    } else if (character === '|') {
      lexemes.push({ kind: 'or' });
      at += 1;
    } else if (character === '"') {
      lexemes.push({ kind: 'phrase', ...quoted() });
    } else if (character === '-' && !isSpace(text[at + 1]) && text[at + 1] !== '-') {
      // `-word`, `-"a phrase"`, `-(a OR b)`, `-tag:x`: negation only at the start of a term,
      // so "well-known" stays one term.
      lexemes.push({ kind: 'not' });
      at += 1;
    } else {
      const rest = text.slice(at);
      const field = FIELD_PATTERN.exec(rest);
      if (field) {
        at += field[0].length;
        const name = field[1]!.toLowerCase() as SearchField;
        if (text[at] === '"') {
          const value = quoted();
          lexemes.push({ kind: 'field', field: name, value: value.text, quoted: true });
        } else {
          const value = /^[^\s()|"]*/u.exec(text.slice(at))![0];
          at += value.length;
          lexemes.push({ kind: 'field', field: name, value, quoted: false });
        }
        continue;
      }
      const word = /^[^\s()|"]+/u.exec(rest)![0];
      at += word.length;
      if (word === 'OR') lexemes.push({ kind: 'or' });
      else if (word === 'AND') lexemes.push({ kind: 'and' });
      else if (word === 'NOT') lexemes.push({ kind: 'not' });
      else lexemes.push({ kind: 'word', text: word });
    }
  }
  return lexemes;
}

// ---------------------------------------------------------------------------------------------
// Parsing into a small tree; field filters are collected on the side (they always apply to
// the whole query, wherever they are written).

type Node =
  | { kind: 'term'; fts: string; mark: SearchMark | null }
  | { kind: 'and'; children: Node[] }
  | { kind: 'or'; children: Node[] }
  | { kind: 'not'; child: Node };

interface Collected {
  author: TextFilter[];
  publisher: TextFilter[];
  speaker: TextFilter[];
  tag: TextFilter[];
  after: string[];
  before: string[];
  impossible: boolean;
  count: number;
  terms: number;
}

/** A word's regular English plural, so `corridor` (or "transport corridor") finds "corridors". */
export function pluralOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (!/^[a-z]{3,}$/.test(lower) || lower.endsWith('s')) return null;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  if (/(x|z|ch|sh)$/.test(lower)) return `${lower}es`;
  return `${lower}s`;
}

interface Token {
  word: string;
  prefix: boolean;
}

/** Splits a typed term into index words, keeping `*` endings as prefixes. */
function tokensOf(text: string, prefixLast: boolean): Token[] {
  const tokens: Token[] = [];
  for (const match of text.normalize('NFC').matchAll(/([\p{L}\p{N}]+)(\*?)/gu)) {
    tokens.push({ word: match[1]!, prefix: match[2] === '*' });
  }
  if (prefixLast && tokens.length > 0) tokens[tokens.length - 1]!.prefix = true;
  return tokens;
}

function ftsPhrase(tokens: readonly Token[], lastForm?: string): string {
  return tokens
    .map((token, index) => {
      const word = index === tokens.length - 1 && lastForm ? lastForm : token.word;
      return `"${word}"${token.prefix ? '*' : ''}`;
    })
    .join(' + ');
}

/** A word or phrase as an FTS5 expression (its plural too) and the mark it leaves in snippets. */
function termOf(tokens: Token[], column: 'title' | null): Node | null {
  if (tokens.length === 0) return null;
  const last = tokens[tokens.length - 1]!;
  const plural = last.prefix ? null : pluralOf(last.word);
  let fts = ftsPhrase(tokens);
  if (plural) fts = `(${fts} OR ${ftsPhrase(tokens, plural)})`;
  if (column) fts = `${column} : (${fts})`;
  const mark: SearchMark | null =
    column === null
      ? {
          tokens: tokens.map((token, index) => ({
            forms:
              index === tokens.length - 1 && plural
                ? [token.word.toLowerCase(), plural]
                : [token.word.toLowerCase()],
            prefix: token.prefix,
          })),
        }
      : null;
  return { kind: 'term', fts, mark };
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
}

class Parser {
  private at = 0;
  constructor(
    private readonly lexemes: Lexeme[],
    private readonly typingLast: number,
    readonly collected: Collected,
  ) {}

  parse(): Node | null {
    const nodes: Node[] = [];
    while (this.at < this.lexemes.length) {
      const node = this.or(0, false);
      if (node) nodes.push(node);
      // A `)` with no `(` before it is skipped.
      if (this.lexemes[this.at]?.kind === 'close') this.at += 1;
    }
    return nodes.length === 0
      ? null
      : nodes.length === 1
        ? nodes[0]!
        : { kind: 'and', children: nodes };
  }

  private or(depth: number, negated: boolean): Node | null {
    const branches: Node[] = [];
    for (;;) {
      const branch = this.and(depth, negated);
      if (branch) branches.push(branch);
      if (this.lexemes[this.at]?.kind !== 'or') break;
      this.at += 1;
    }
    return branches.length === 0
      ? null
      : branches.length === 1
        ? branches[0]!
        : { kind: 'or', children: branches };
  }

  private and(depth: number, negated: boolean): Node | null {
    const children: Node[] = [];
    for (;;) {
      const next = this.lexemes[this.at];
      if (!next || next.kind === 'or' || next.kind === 'close') break;
      if (next.kind === 'and') {
        this.at += 1;
        continue;
      }
      const node = this.unary(depth, negated);
      if (node) children.push(node);
    }
    return children.length === 0
      ? null
      : children.length === 1
        ? children[0]!
        : { kind: 'and', children };
  }

  private unary(depth: number, negated: boolean): Node | null {
    const lexeme = this.lexemes[this.at]!;
    if (lexeme.kind === 'not') {
      this.at += 1;
      const next = this.lexemes[this.at];
      // A trailing NOT, or one before OR / `)`, negates nothing.
      if (!next || next.kind === 'or' || next.kind === 'close' || next.kind === 'and') return null;
      const child = this.unary(depth, !negated);
      return child && { kind: 'not', child };
    }
    const index = this.at;
    this.at += 1;
    switch (lexeme.kind) {
      case 'open': {
        // Nesting deeper than anyone means: read on as if this parenthesis were not there.
        if (depth >= MAX_DEPTH) return null;
        const inner = this.or(depth + 1, negated);
        if (this.lexemes[this.at]?.kind === 'close') this.at += 1;
        return inner;
      }
      case 'phrase':
      case 'word':
        // A bare word holding separators ("well-known", "U.S.", "12:30") is its words in order,
        // as the index stored them.
        return this.term(tokensOf(lexeme.text, index === this.typingLast), null);
      case 'field':
        return this.field(lexeme, negated);
      default:
        return null;
    }
  }

  private term(tokens: Token[], column: 'title' | null): Node | null {
    if (tokens.length === 0 || this.collected.terms >= MAX_TERMS) return null;
    this.collected.terms += 1;
    return termOf(tokens, column);
  }

  private field(lexeme: Extract<Lexeme, { kind: 'field' }>, negated: boolean): Node | null {
    if (lexeme.field === 'title') {
      return this.term(tokensOf(lexeme.value, false), 'title');
    }
    const value = lexeme.value.trim().replace(/\s+/g, ' ');
    if (wordsOf(value).length === 0 || this.collected.count >= MAX_FILTERS) return null;
    this.collected.count += 1;
    const { collected } = this;
    switch (lexeme.field) {
      case 'after':
      case 'before': {
        if (!isDate(value)) {
          collected.impossible = true;
          return null;
        }
        // Not after a date is before it, and not before it is on or after it.
        const field = negated ? (lexeme.field === 'after' ? 'before' : 'after') : lexeme.field;
        collected[field].push(value);
        return null;
      }
      default:
        collected[lexeme.field].push({ value, negated });
        return null;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Compiling the tree. FTS5's NOT is binary (`a NOT b`), so a negation has no meaning alone;
// each subtree compiles either to an expression or to "everything except" an expression, and
// the two combine exactly (a AND NOT b = a NOT b; NOT a OR NOT b = everything except a AND b).

interface Compiled {
  expression: string;
  complement: boolean;
}

function group(parts: string[], operator: string): string {
  return parts.length === 1 ? parts[0]! : parts.map((part) => `(${part})`).join(` ${operator} `);
}

function compile(node: Node): Compiled | null {
  switch (node.kind) {
    case 'term':
      return { expression: node.fts, complement: false };
    case 'not': {
      const inner = compile(node.child);
      return inner && { expression: inner.expression, complement: !inner.complement };
    }
    case 'and':
    case 'or': {
      const compiled = node.children.map(compile).filter((child) => child !== null);
      if (compiled.length === 0) return null;
      const positive = compiled.filter((child) => !child.complement).map((c) => c.expression);
      const negative = compiled.filter((child) => child.complement).map((c) => c.expression);
      const [same, other] = node.kind === 'and' ? ['AND', 'OR'] : ['OR', 'AND'];
      if (negative.length === 0) return { expression: group(positive, same), complement: false };
      if (positive.length === 0) return { expression: group(negative, other), complement: true };
      const positives = `(${group(positive, same)})`;
      const negatives = `(${group(negative, other)})`;
      return node.kind === 'and'
        ? { expression: `${positives} NOT ${negatives}`, complement: false }
        : { expression: `${negatives} NOT ${positives}`, complement: true };
    }
  }
}

function collectMarks(node: Node, negated: boolean, marks: SearchMark[]): void {
  if (node.kind === 'term') {
    if (!negated && node.mark) marks.push(node.mark);
  } else if (node.kind === 'not') {
    collectMarks(node.child, !negated, marks);
  } else {
    for (const child of node.children) collectMarks(child, negated, marks);
  }
}

/** The index of the lexeme being typed: the last one, a word or an open phrase, with no space after. */
function typingIndex(input: string, lexemes: Lexeme[], options: SearchQueryOptions): number {
  if (!options.typing || isSpace(input[input.length - 1])) return -1;
  const last = lexemes[lexemes.length - 1];
  if (!last) return -1;
  if (last.kind === 'word' || (last.kind === 'phrase' && !last.closed)) return lexemes.length - 1;
  return -1;
}

/** Parses what the analyst typed. Never throws; a query that means nothing is `meaningful: false`. */
export function parseSearchQuery(input: string, options: SearchQueryOptions = {}): SearchQuery {
  const lexemes = lex(input);
  const collected: Collected = {
    author: [],
    publisher: [],
    speaker: [],
    tag: [],
    after: [],
    before: [],
    impossible: false,
    count: 0,
    terms: 0,
  };
  const tree = new Parser(lexemes, typingIndex(input, lexemes, options), collected).parse();
  const compiled = tree ? compile(tree) : null;
  const marks: SearchMark[] = [];
  if (tree) collectMarks(tree, false, marks);
  const { impossible, count, terms: _terms, ...filters } = collected;
  return {
    match: compiled?.expression ?? null,
    complement: compiled?.complement ?? false,
    filters,
    meaningful: compiled !== null || count > 0,
    impossible,
    marks,
  };
}
