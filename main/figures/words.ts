// General English the figures finder relies on: number words, magnitudes, currencies,
// durations, reporting cues and function words. Ordinary news English only: no article,
// person, place or phrase of any particular text.

export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/u).filter((word) => word !== ''));
}

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['dozen', 12],
]);

/** Magnitude words and abbreviations, with the power of ten each stands for. */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['thousand', 3],
  ['k', 3],
  ['million', 6],
  ['mln', 6],
  ['mn', 6],
  ['m', 6],
  ['billion', 9],
  ['bn', 9],
  ['bln', 9],
  ['b', 9],
  ['trillion', 12],
  ['tn', 12],
  ['trln', 12],
]);

/** Currency signs and codes written before a number. */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['$', 'USD'],
  ['EUR', 'EUR'],
  ['€', 'EUR'],
  ['GBP', 'GBP'],
  ['£', 'GBP'],
  ['CNY', 'CNY'],
  ['RMB', 'CNY'],
  ['¥', 'CNY'],
  ['JPY', 'JPY'],
  ['KZT', 'KZT'],
  ['₸', 'KZT'],
  ['RUB', 'RUB'],
  ['₽', 'RUB'],
  ['CHF', 'CHF'],
  ['INR', 'INR'],
  ['₹', 'INR'],
];

/** Currency names written after a number ("1.2 trillion tenge"), lower case. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['usd', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['eur', 'EUR'],
  ['pounds', 'GBP'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['yen', 'JPY'],
  ['tenge', 'KZT'],
  ['rubles', 'RUB'],
  ['roubles', 'RUB'],
  ['rupees', 'INR'],
  ['francs', 'CHF'],
  ['som', 'KGS'],
  ['soms', 'KGS'],
  ['somoni', 'TJS'],
  ['manat', 'TMT'],
  ['sum', 'UZS'],
  ['lira', 'TRY'],
  ['won', 'KRW'],
]);

/** Spans of time: "two days", "ten years" are durations, not figures. */
export const DURATION_NOUNS = wordSet(`
  second seconds minute minutes hour hours day days night nights week weeks month months
  year years decade decades century centuries quarter quarters session sessions round rounds
  season seasons generation generations term terms
  time times occasion occasions
`);

export const MONTHS = wordSet(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Words that make the count after them a description, not a claim ("the five states"). */
export const DEFINITE_BEFORE = wordSet(`
  the these those all both its their our his her whose every each my your which
`);

/** Nouns that count nothing (a label such as "Article 5" reads the other way round). */
export const LABEL_BEFORE = wordSet(`
  no no. article chapter section paragraph resolution phase page point line route flight
  terminal platform gate room item clause part stage group level grade number
`);

/** Count nouns that do not end in -s, and plurals that are one. */
export const IRREGULAR_PLURALS = wordSet(`
  people children men women staff personnel police cattle sheep aircraft tonnes tons
  km kg mw gw kwh bcm ha
`);

/** Words that name a count's noun but are not it: the noun phrase stops before them. */
export const FUNCTION_WORDS = wordSet(`
  a an the of and or but nor to in on at by for with from as than that this these those is
  was were are be been being will would could should may might can has have had do does did
  not no per into onto over under about around between among within without during after
  before since until while which who whom whose what when where why how it its their them
  they we us our he she his her him i you your more most less least some any many much
  such other another each every only also just than then there here very so too
  more-than up down out off again further once
`);

/** Collective counted nouns written as their synonyms, so counts of the same things compare. */
export const COUNT_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['states', 'countries'],
  ['nations', 'countries'],
  ['tons', 'tonnes'],
]);

/** Hedges before a number, and which way each bends it. */
export const HEDGES: ReadonlyArray<readonly [string, 'approximate' | 'at-least' | 'at-most']> = [
  ['more than', 'at-least'],
  ['over', 'at-least'],
  ['above', 'at-least'],
  ['exceeding', 'at-least'],
  ['at least', 'at-least'],
  ['upwards of', 'at-least'],
  ['less than', 'at-most'],
  ['fewer than', 'at-most'],
  ['under', 'at-most'],
  ['below', 'at-most'],
  ['up to', 'at-most'],
  ['nearly', 'approximate'],
  ['almost', 'approximate'],
  ['about', 'approximate'],
  ['around', 'approximate'],
  ['approximately', 'approximate'],
  ['roughly', 'approximate'],
  ['some', 'approximate'],
  ['an estimated', 'approximate'],
  ['estimated', 'approximate'],
  ['close to', 'approximate'],
];

/** Verbs by which a source states a figure: "X estimates it at", "X said", "X gave a figure". */
export const REPORTING_VERBS = wordSet(`
  said says say told tells estimates estimated estimate puts put gave gives reported reports
  report announced announces stated states noted notes added adds cited cites counted counts
  calculated calculates recorded records showed shows indicated indicates forecasts forecast
  forecasted expects expected projects projected predicts predicted claimed claims
  confirmed confirms revealed reveals wrote writes declared declares mentioned mentions
  emphasized emphasised stressed highlighted pointed explained explains valued values
  registered
`);

/** Unnamed sources: a figure they give is credited to the article, as a reader would. */
export const GENERIC_SOURCES = wordSet(`
  officials official reports report sources source experts expert analysts analyst observers
  media data figures statistics estimates it he she they we i you this that there who which
  some many others people
`);

/** Cues that make a figure a goal someone set. */
export const TARGET_CUES = wordSet(`
  aim aims aimed aiming target targets targeted targeting goal goals plan plans planned
  planning seek seeks seeking intend intends intended objective objectives ambition
  ambitions pledge pledged pledges commit committed envisage envisages envisaged
`);

/** Cues that make a figure an expectation. */
export const FORECAST_CUES = wordSet(`
  expect expects expected expecting forecast forecasts forecasted projected projection
  projections predict predicts predicted prediction will would could may might likely
  outlook anticipate anticipates anticipated
`);
