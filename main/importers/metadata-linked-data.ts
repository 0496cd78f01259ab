// schema.org data in a page's JSON-LD scripts, parsed as data (never evaluated): the article
// object's headline, authors, publisher, dates, address and language. Handles @graph, arrays
// of objects, authors given as a string, an object, an array or an @id reference to another
// node, and a publisher given by reference. Article objects win over page objects, whose
// "name" is often the site's rather than the story's. Knows nothing of meta tags or text.

import type { DomDocument } from './dom';
import { elementsOf } from './dom';
import { collapseInline } from './canonical';

export interface LinkedData {
  headline?: string;
  /** People named as authors, in order. */
  authors: string[];
  /** Organisations named as authors: a fallback when no person is named anywhere. */
  organisationAuthors: string[];
  publisher?: string;
  /** The name of a WebSite node, the page's own name. */
  siteName?: string;
  datePublished?: string;
  dateModified?: string;
  url?: string;
  language?: string;
}

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|\w*Posting|LiveBlogPosting|Review)$/;
const PAGE_TYPES = /^(?:\w*Page)$/;
const ORGANISATION_TYPES = /^(?:Organization|NewsMediaOrganization|Corporation|\w*Organization)$/;
const MAX_SCRIPT_CHARACTERS = 500_000;
const MAX_NODES = 2_000;

type JsonObject = Record<string, unknown>;

export function readLinkedData(document: DomDocument): LinkedData {
  const nodes: JsonObject[] = [];
  for (const script of elementsOf(
    document.querySelectorAll('script[type="application/ld+json" i]'),
  )) {
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARACTERS) continue;
    let data: unknown;
    try {
      // Pages often leave a trailing comma or an HTML comment around the data.
      data = JSON.parse(source.replace(/^\s*<!--|-->\s*$/g, '').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      continue;
    }
    collectNodes(data, nodes);
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const resolve = (value: unknown): unknown => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const id = (value as JsonObject)['@id'];
      const keys = Object.keys(value);
      if (typeof id === 'string' && keys.every((key) => key === '@id') && byId.has(id)) {
        return byId.get(id);
      }
    }
    return value;
  };

  const articles = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type)));
  const pages = nodes.filter((node) => typesOf(node).some((type) => PAGE_TYPES.test(type)));
  const found: LinkedData = { authors: [], organisationAuthors: [] };
  for (const record of articles) {
    found.headline ??= stringOf(record['headline']) ?? stringOf(record['name']);
    if (found.authors.length === 0 && found.organisationAuthors.length === 0) {
      for (const entry of listOf(record['author']).map(resolve)) {
        const name = typeof entry === 'string' ? stringOf(entry) : nameOf(entry);
        if (!name) continue;
        if (entry && typeof entry === 'object' && isOrganisation(entry as JsonObject)) {
          found.organisationAuthors.push(name);
        } else {
          found.authors.push(...splitNameList(name));
        }
      }
    }
    found.publisher ??= listOf(record['publisher']).map(resolve).map(nameOf).find(Boolean);
    found.datePublished ??= stringOf(record['datePublished']) ?? stringOf(record['dateCreated']);
    found.dateModified ??= stringOf(record['dateModified']);
    found.url ??= stringOf(record['url']) ?? urlOf(record['mainEntityOfPage']);
    found.language ??= stringOf(record['inLanguage']) ?? nameOf(record['inLanguage']);
  }
  for (const record of pages) {
    found.headline ??= stringOf(record['headline']);
    found.publisher ??= listOf(record['publisher']).map(resolve).map(nameOf).find(Boolean);
    found.datePublished ??= stringOf(record['datePublished']);
    found.url ??= stringOf(record['url']);
    found.language ??= stringOf(record['inLanguage']);
  }
  for (const record of nodes) {
    if (typesOf(record).includes('WebSite')) found.siteName ??= nameOf(record);
    if (!found.publisher && typesOf(record).some((type) => ORGANISATION_TYPES.test(type))) {
      // A lone organisation node in an article's graph is its publisher in practice.
      if (articles.length > 0 && found.organisationAuthors.length === 0) {
        found.publisher = nameOf(record);
      }
    }
  }
  return found;
}

function collectNodes(data: unknown, nodes: JsonObject[]): void {
  const queue: unknown[] = [data];
  for (let visited = 0; queue.length > 0 && visited < MAX_NODES; visited += 1) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      for (const entry of item.slice(0, MAX_NODES)) queue.push(entry);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const record = item as JsonObject;
    if (record['@graph']) queue.push(record['@graph']);
    if (typesOf(record).length > 0) nodes.push(record);
  }
}

function typesOf(record: JsonObject): string[] {
  return listOf(record['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
}

function isOrganisation(record: JsonObject): boolean {
  return typesOf(record).some((type) => ORGANISATION_TYPES.test(type));
}

function listOf(value: unknown): unknown[] {
  return ([] as unknown[]).concat(value ?? []);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? collapseInline(value) : undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return stringOf(value);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as JsonObject;
  const name = stringOf(record['name']);
  if (name) return name;
  const given = stringOf(record['givenName']);
  const family = stringOf(record['familyName']);
  return given && family ? `${given} ${family}` : undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return stringOf(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return stringOf((value as JsonObject)['@id']) ?? stringOf((value as JsonObject)['url']);
  }
  return undefined;
}

/** "Jane Roe and Ana Diaz" or "Jane Roe, Ana Diaz" in one author string: the names in it. */
export function splitNameList(value: string): string[] {
  const cleaned = value.replace(/^by\s+/i, '').trim();
  if (/^(?:https?:|www\.)/i.test(cleaned)) return [];
  return cleaned
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 1);
}
