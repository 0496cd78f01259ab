// General English word knowledge for the quotation finder: reporting cues, titles and role
// nouns, collectives, pronouns and function words, plus lookups into the lexicon that
// compromise ships (first names, countries, irregular verb forms, role nouns).
// It must not know any particular article, person, place or phrase: everything here is
// ordinary news English, so the finder works on articles it has never seen.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  COMPACT_LEXICON_FILE,
  decodeCompactLexicon,
  readCompromiseLexicon,
  type LexiconEntry,
} from './compact-lexicon';

type TagSet = ReadonlySet<string>;

/** A set of lower-case words written as one space-separated list, to keep long lists readable. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/u).filter((word) => word !== ''));
}

let shippedLexicon: ReadonlyMap<string, LexiconEntry> | undefined;

function readShippedLexicon(): ReadonlyMap<string, LexiconEntry> {
  // Loaded on first use, not at import: the commands and hosts that import this module without
  // finding quotes (`dossier info`, `--help`) must not pay for it. The built app reads the
  // compact copy its build wrote; loading compromise itself takes about a fifth of a second.
  return readCompactLexicon(import.meta.url) ?? new Map(Object.entries(readCompromiseLexicon()));
}

/**
 * The compact lexicon the build wrote beside the bundled module at `moduleUrl`, or undefined
 * where there is none: the TypeScript sources (tsx, vitest) read compromise itself, so they
 * always see the installed version, and so does a bundle built without the file.
 */
export function readCompactLexicon(
  moduleUrl: string,
): ReadonlyMap<string, LexiconEntry> | undefined {
  if (/\.m?ts$/u.test(new URL(moduleUrl).pathname)) return undefined;
  let json;
  try {
    // A path, not a URL: Electron reads files inside the app's asar archive by path.
    json = readFileSync(fileURLToPath(new URL(COMPACT_LEXICON_FILE, moduleUrl)), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return decodeCompactLexicon(json);
}

const tagCache = new Map<string, TagSet>();

export function shippedTags(lower: string): TagSet {
  let tags = tagCache.get(lower);
  if (tags === undefined) {
    shippedLexicon ??= readShippedLexicon();
    const entry = shippedLexicon.get(lower);
    tags = new Set(entry === undefined ? [] : Array.isArray(entry) ? entry : [entry]);
    tagCache.set(lower, tags);
  }
  return tags;
}

// ---------------------------------------------------------------------------------------------
// Reporting cues

export type CueFrame =
  /** takes a reported clause or a content noun phrase ("stressed the importance of …") */
  | 'content'
  /** takes a clause only; a bare noun phrase after it is not reported content ("said nothing") */
  | 'clause'
  /** takes an addressee before the clause ("told the jury he had …") */
  | 'addressee'
  /** only counts with its particle ("called for …", "pointed out …") */
  | 'particle'
  /** only counts with "as" later in the clause ("named X as Y", "described X as Y") */
  | 'as'
  /** a characterising verb: credits a quotation in its object ("branded the plan “a farce”",
   * "what staff have dubbed the “X”"), never reports a clause */
  | 'naming'
  /** a stance verb: counts only when its object is a proposal, view or similar ("supported the plan") */
  | 'stance'
  /** counts only with a "that" clause or "as" ("dismissed reports that …", "dismissed X as Y"),
   * not for a court disposing of a case ("dismissed the claim") */
  | 'dismissal';

export interface CueVerb {
  lemma: string;
  frame: CueFrame;
  particles: readonly string[];
  /** weaker cues lower the confidence of what they report */
  weak: boolean;
  /** reports only a clause opened by "that" ("found that …", not "found the body") */
  needsThat: boolean;
  /** reports a plan as a "to" infinitive too ("pledged to cut fares") */
  infinitive: boolean;
  /**
   * whether what follows is reported speech. Characterising verbs (call, describe as, brand),
   * acts and appeals (urge, condemn, accuse, call for) and stances (support, reject) are not:
   * they only credit quoted words in their object to their subject.
   */
  speech: boolean;
}

interface CueSpec {
  forms: string[];
  frame: CueFrame;
  particles?: string[];
  weak?: boolean;
  needsThat?: boolean;
  infinitive?: boolean;
  speech?: boolean;
}

// Forms are listed out rather than inflected by rule: English spelling has too many
// exceptions (admitted, said, wrote) for a tiny inflector to be worth it.
const cueSpecs: CueSpec[] = [
  { forms: ['say', 'says', 'said', 'saying'], frame: 'clause' },
  { forms: ['state', 'states', 'stated', 'stating'], frame: 'content' },
  { forms: ['stress', 'stresses', 'stressed', 'stressing'], frame: 'content' },
  {
    forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
    frame: 'content',
  },
  { forms: ['emphasise', 'emphasises', 'emphasised', 'emphasising'], frame: 'content' },
  { forms: ['note', 'notes', 'noted', 'noting'], frame: 'content' },
  { forms: ['announce', 'announces', 'announced', 'announcing'], frame: 'content' },
  { forms: ['add', 'adds', 'added', 'adding'], frame: 'clause' },
  { forms: ['tell', 'tells', 'told', 'telling'], frame: 'addressee' },
  { forms: ['inform', 'informs', 'informed', 'informing'], frame: 'addressee' },
  { forms: ['assure', 'assures', 'assured', 'assuring'], frame: 'addressee' },
  { forms: ['remind', 'reminds', 'reminded', 'reminding'], frame: 'addressee' },
  { forms: ['explain', 'explains', 'explained', 'explaining'], frame: 'clause' },
  { forms: ['argue', 'argues', 'argued', 'arguing'], frame: 'clause' },
  { forms: ['insist', 'insists', 'insisted', 'insisting'], frame: 'clause', particles: ['on'] },
  { forms: ['claim', 'claims', 'claimed', 'claiming'], frame: 'clause' },
  {
    forms: ['warn', 'warns', 'warned', 'warning'],
    frame: 'addressee',
    particles: ['of', 'about', 'against'],
  },
  { forms: ['remark', 'remarks', 'remarked', 'remarking'], frame: 'clause' },
  { forms: ['declare', 'declares', 'declared', 'declaring'], frame: 'content' },
  { forms: ['assert', 'asserts', 'asserted', 'asserting'], frame: 'content' },
  { forms: ['affirm', 'affirms', 'affirmed', 'affirming'], frame: 'content' },
  { forms: ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'], frame: 'content' },
  { forms: ['confirm', 'confirms', 'confirmed', 'confirming'], frame: 'content' },
  { forms: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'], frame: 'content' },
  { forms: ['admit', 'admits', 'admitted', 'admitting'], frame: 'content' },
  { forms: ['highlight', 'highlights', 'highlighted', 'highlighting'], frame: 'content' },
  { forms: ['underline', 'underlines', 'underlined', 'underlining'], frame: 'content' },
  { forms: ['underscore', 'underscores', 'underscored', 'underscoring'], frame: 'content' },
  { forms: ['mention', 'mentions', 'mentioned', 'mentioning'], frame: 'content' },
  { forms: ['write', 'writes', 'wrote', 'writing'], frame: 'clause' },
  { forms: ['tweet', 'tweets', 'tweeted', 'tweeting'], frame: 'clause' },
  { forms: ['reply', 'replies', 'replied', 'replying'], frame: 'clause' },
  { forms: ['respond', 'responds', 'responded', 'responding'], frame: 'clause' },
  { forms: ['answer', 'answers', 'answered', 'answering'], frame: 'clause' },
  { forms: ['comment', 'comments', 'commented', 'commenting'], frame: 'clause' },
  { forms: ['observe', 'observes', 'observed', 'observing'], frame: 'clause' },
  { forms: ['suggest', 'suggests', 'suggested', 'suggesting'], frame: 'clause' },
  { forms: ['propose', 'proposes', 'proposed', 'proposing'], frame: 'content' },
  { forms: ['recommend', 'recommends', 'recommended', 'recommending'], frame: 'content' },
  { forms: ['urge', 'urges', 'urged', 'urging'], frame: 'content', speech: false },
  { forms: ['criticize', 'criticizes', 'criticized', 'criticizing'], frame: 'content' },
  { forms: ['criticise', 'criticises', 'criticised', 'criticising'], frame: 'content' },
  { forms: ['condemn', 'condemns', 'condemned', 'condemning'], frame: 'content', speech: false },
  { forms: ['praise', 'praises', 'praised', 'praising'], frame: 'content' },
  { forms: ['welcome', 'welcomes', 'welcomed', 'welcoming'], frame: 'content', speech: false },
  { forms: ['deny', 'denies', 'denied', 'denying'], frame: 'clause' },
  { forms: ['predict', 'predicts', 'predicted', 'predicting'], frame: 'content' },
  { forms: ['express', 'expresses', 'expressed', 'expressing'], frame: 'content' },
  { forms: ['voice', 'voices', 'voiced', 'voicing'], frame: 'content' },
  { forms: ['outline', 'outlines', 'outlined', 'outlining'], frame: 'content' },
  { forms: ['recognize', 'recognizes', 'recognized', 'recognizing'], frame: 'content' },
  { forms: ['recognise', 'recognises', 'recognised', 'recognising'], frame: 'content' },
  { forms: ['reiterate', 'reiterates', 'reiterated', 'reiterating'], frame: 'content' },
  { forms: ['promise', 'promises', 'promised', 'promising'], frame: 'content', infinitive: true },
  { forms: ['pledge', 'pledges', 'pledged', 'pledging'], frame: 'content', infinitive: true },
  { forms: ['vow', 'vows', 'vowed', 'vowing'], frame: 'content', infinitive: true },
  { forms: ['recall', 'recalls', 'recalled', 'recalling'], frame: 'clause' },
  { forms: ['conclude', 'concludes', 'concluded', 'concluding'], frame: 'clause' },
  { forms: ['indicate', 'indicates', 'indicated', 'indicating'], frame: 'content' },
  { forms: ['contend', 'contends', 'contended', 'contending'], frame: 'clause' },
  { forms: ['maintain', 'maintains', 'maintained', 'maintaining'], frame: 'clause' },
  { forms: ['allege', 'alleges', 'alleged', 'alleging'], frame: 'clause' },
  { forms: ['testify', 'testifies', 'testified', 'testifying'], frame: 'clause' },
  { forms: ['disclose', 'discloses', 'disclosed', 'disclosing'], frame: 'content' },
  { forms: ['reveal', 'reveals', 'revealed', 'revealing'], frame: 'content' },
  { forms: ['complain', 'complains', 'complained', 'complaining'], frame: 'clause' },
  { forms: ['concede', 'concedes', 'conceded', 'conceding'], frame: 'clause' },
  { forms: ['caution', 'cautions', 'cautioned', 'cautioning'], frame: 'clause' },
  { forms: ['boast', 'boasts', 'boasted', 'boasting'], frame: 'clause' },
  {
    forms: ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'],
    frame: 'content',
  },
  { forms: ['accuse', 'accuses', 'accused', 'accusing'], frame: 'content', speech: false },
  // Findings of courts, inquiries and studies: "the judge ruled that …", "the panel found …".
  // As clause verbs they need a reported clause, so "found the keys" is not a report.
  // "rules" and "forecasts" are left out: as plural nouns they are far more common.
  { forms: ['rule', 'ruled', 'ruling'], frame: 'clause' },
  { forms: ['find', 'finds', 'found', 'finding'], frame: 'clause', needsThat: true },
  { forms: ['estimate', 'estimates', 'estimated', 'estimating'], frame: 'clause' },
  { forms: ['forecast', 'forecasted', 'forecasting'], frame: 'clause' },
  // "reported a loss", "reported that …"; not "reports" or "reporting", which are mostly nouns.
  { forms: ['report', 'reported'], frame: 'content', weak: true },
  { forms: ['dismiss', 'dismisses', 'dismissed', 'dismissing'], frame: 'dismissal' },
  { forms: ['dispute', 'disputes', 'disputed', 'disputing'], frame: 'content' },
  { forms: ['refute', 'refutes', 'refuted', 'refuting'], frame: 'content' },
  { forms: ['rebut', 'rebuts', 'rebutted', 'rebutting'], frame: 'content' },
  { forms: ['describe', 'describes', 'described', 'describing'], frame: 'as' },
  { forms: ['name', 'names', 'named', 'naming'], frame: 'as', weak: true },
  { forms: ['label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling'], frame: 'as' },
  {
    forms: ['call', 'calls', 'called', 'calling'],
    frame: 'particle',
    particles: ['for', 'on'],
    speech: false,
  },
  { forms: ['point', 'points', 'pointed', 'pointing'], frame: 'particle', particles: ['out'] },
  // A retort: "shot back that …", "fired back that …"; without "back" these are other verbs.
  { forms: ['shoot', 'shoots', 'shot', 'shooting'], frame: 'particle', particles: ['back'] },
  { forms: ['fire', 'fires', 'fired', 'firing'], frame: 'particle', particles: ['back'] },
  { forms: ['brand', 'branded', 'branding'], frame: 'naming' },
  { forms: ['dub', 'dubs', 'dubbed', 'dubbing'], frame: 'naming' },
  { forms: ['nickname', 'nicknames', 'nicknamed', 'nicknaming'], frame: 'naming' },
  { forms: ['termed'], frame: 'naming' },
  { forms: ['blast', 'blasts', 'blasted', 'blasting'], frame: 'naming' },
  { forms: ['thank', 'thanked', 'thanking'], frame: 'naming' },
  // How the words were said, in an attribution beside a quotation ("‘…,’ laughed X", "she
  // sobbed"): they credit the quotation, but what follows them is not reported speech.
  ...mannerOfSpeaking(`
    laugh laughed joke joked quip quipped sob sobbed sigh sighed smile smiled beam beamed fume
    fumed rage raged gush gushed snap snapped shout shouted scream screamed yell yelled whisper
    whispered mutter muttered plead pleaded beg begged grin grinned chuckle chuckled groan
    groaned cry cried exclaim exclaimed
  `),
  { forms: ['support', 'supports', 'supported', 'supporting'], frame: 'stance', weak: true },
  { forms: ['back', 'backs', 'backed', 'backing'], frame: 'stance', weak: true },
  { forms: ['endorse', 'endorses', 'endorsed', 'endorsing'], frame: 'stance', weak: true },
  { forms: ['oppose', 'opposes', 'opposed', 'opposing'], frame: 'stance', weak: true },
  { forms: ['reject', 'rejects', 'rejected', 'rejecting'], frame: 'stance', weak: true },
  { forms: ['reinforce', 'reinforces', 'reinforced', 'reinforcing'], frame: 'stance', weak: true },
];

/** Pairs of a lemma and its past tense, the form attributions use, as cues of manner. */
function mannerOfSpeaking(pairs: string): CueSpec[] {
  const words = pairs.trim().split(/\s+/u);
  const specs: CueSpec[] = [];
  for (let index = 0; index + 1 < words.length; index += 2) {
    specs.push({
      forms: [words[index] ?? '', words[index + 1] ?? ''],
      frame: 'clause',
      speech: false,
    });
  }
  return specs;
}

const cueByForm = new Map<string, CueVerb & { participle: boolean }>();
for (const spec of cueSpecs) {
  const lemma = spec.forms[0] ?? '';
  for (const form of spec.forms) {
    cueByForm.set(form, {
      lemma,
      frame: spec.frame,
      particles: spec.particles ?? [],
      weak: spec.weak ?? false,
      needsThat: spec.needsThat ?? false,
      infinitive: spec.infinitive ?? false,
      speech: spec.speech ?? !['as', 'stance', 'dismissal', 'naming'].includes(spec.frame),
      participle: form.endsWith('ing'),
    });
  }
}

/** A reporting verb form, with whether it is the -ing participle ("stressing"). */
export function cueVerb(lower: string): (CueVerb & { participle: boolean }) | undefined {
  return cueByForm.get(lower);
}

/** Objects that make a stance verb report a position ("supported Valdora's proposal"). */
export const stanceObjects: ReadonlySet<string> = wordSet(`
  proposal proposals idea ideas plan plans initiative initiatives call calls position positions
  stance view views approach decision move measure measures resolution motion bill claim claims
  demand demands request bid principle principles value importance need necessity commitment
  message point argument case suggestion offer vision concept policy policies strategy agenda
  role right rights accusation accusations allegation allegations criticism criticisms charge
  charges suggestions assertion assertions characterisation characterization findings finding
  conclusion conclusions report reports
`);

// ---------------------------------------------------------------------------------------------
// People, roles and groups

/** Words that stand before a name as a title or that head a role phrase. */
const titleWords = wordSet(`
  president vice prime minister ministers deputy secretary general ambassador envoy chancellor
  senator governor mayor judge justice chief coach captain mr mrs ms miss mx dr doctor professor
  prof sir dame lord lady king queen prince princess emir sheikh sultan pope bishop archbishop
  rev reverend father rabbi imam commissioner director chairman chairwoman chairperson chair
  spokesman spokeswoman spokesperson representative rep sen gov gen col colonel lt lieutenant
  maj major sgt sergeant admiral inspector detective superintendent officer councillor councilor
  councilwoman councilman alderman speaker head leader ceo cfo coo executive founder cofounder
  co-founder manager striker midfielder defender goalkeeper forward winger editor correspondent
  analyst expert economist researcher scientist prosecutor attorney solicitor barrister lawyer
  counsel constable sheriff premier foreign interior defence defense finance health education
  trade economy energy agriculture culture transport labour labor environment affairs home
  acting former senior assistant associate managing state first lady officer undersecretary
  under-secretary commander marshal delegate consul dean rector provost principal cardinal
  patriarch metropolitan mufti chieftain regent monarch crown duke duchess count countess baron
  baroness counterpart official spokes press council board mp mep msp sheriff magistrate coroner
  auditor ombudsman treasurer curator producer organiser organizer campaigner activist adviser
  advisor aide pollster strategist commentator negotiator novelist nurse engineer surveyor
  skipper keeper goalkeeper candidate challenger incumbent
  cllr coun ds di dci dsu dc pc supt insp det cpl
`);

/** Words that qualify a role without being the role ("the then foreign minister"). */
export const roleQualifiers: ReadonlySet<string> = wordSet(`
  former acting then outgoing incoming new interim current senior deputy vice chief first
  retired veteran longtime long-time top
`);

/** Titles that mark a person's gender. */
const femaleTitles = wordSet(`
  mrs ms miss madam madame dame lady queen princess chairwoman spokeswoman councilwoman duchess
  countess baroness sister mother businesswoman congresswoman actress
`);
const maleTitles = wordSet(`
  mr sir lord king prince chairman spokesman councilman duke count baron father businessman
  congressman brother
`);

export type Gender = 'female' | 'male';

export function genderOfTitle(lower: string): Gender | null {
  if (femaleTitles.has(lower)) return 'female';
  if (maleTitles.has(lower)) return 'male';
  return null;
}

export function genderOfFirstName(lower: string): Gender | null {
  const tags = shippedTags(lower);
  const female = tags.has('FemaleName');
  const male = tags.has('MaleName');
  if (female && !male) return 'female';
  if (male && !female) return 'male';
  return null;
}

export function isFirstName(lower: string): boolean {
  const tags = shippedTags(lower);
  return tags.has('FemaleName') || tags.has('MaleName') || tags.has('FirstName');
}

const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'madam']);

export function isHonorific(lower: string): boolean {
  return honorifics.has(lower.replace(/\.$/, ''));
}

/** A word that can stand as, or in, a title or role ("Foreign", "Minister", "coach"). */
export function isTitleWord(lower: string): boolean {
  const word = lower.replace(/\.$/, '');
  if (titleWords.has(word)) return true;
  // "vice-admiral", "lieutenant-colonel", "major-general": a title of titles.
  if (word.includes('-') && word.split('-').every((part) => titleWords.has(part))) return true;
  const tags = shippedTags(word);
  return tags.has('Honorific') || (tags.has('Actor') && !tags.has('Plural'));
}

/**
 * A job word before a name at the start of a sentence ("Pollster X said", "Virologist Y
 * warned"): capitalised only because it opens the sentence, so it is a title, not a name.
 * Beyond the title list, words ending in -ster, -ist or -eer that the lexicon does not know as
 * names count; -er and -ian do not, since many surnames and first names end so.
 */
export function isOccupationWord(lower: string): boolean {
  if (isTitleWord(lower) || isRoleNoun(lower)) return true;
  if (lower.length < 6 || !/(?:ster|ist|eer)$/u.test(lower)) return false;
  const tags = shippedTags(lower);
  return !['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'City'].some((tag) =>
    tags.has(tag),
  );
}

/** Nouns that head a role phrase naming one person ("the expert", "the striker"). */
export function isRoleNoun(lower: string): boolean {
  if (titleWords.has(lower) && !roleModifiers.has(lower)) return true;
  const tags = shippedTags(lower);
  return tags.has('Actor') && !tags.has('Plural');
}

/** Title words that only modify a role head ("Foreign" in "Foreign Minister"). */
const roleModifiers = wordSet(`
  foreign interior defence defense finance health education trade economy energy agriculture
  culture transport labour labor environment affairs home acting former senior assistant
  associate managing state first vice deputy prime general chief crown press council board
  spokes
`);

/** Plural nouns that name a group able to speak ("the ministers", "participants"). */
const collectiveNouns = wordSet(`
  ministers officials participants parties leaders delegates delegations sides members experts
  analysts residents protesters protestors demonstrators scientists researchers lawyers
  prosecutors investors players fans authorities police organisers organizers critics supporters
  opponents economists diplomats sources observers representatives campaigners activists
  teachers parents students voters councillors councilors villagers doctors nurses workers
  employees staff unions farmers executives lawmakers legislators senators mps judges
  negotiators mediators ministries governments regulators agencies academics specialists
  engineers engineers spokespeople spokespersons shareholders directors managers coaches
  presidents premiers chancellors envoys ambassadors historians witnesses survivors victims
  families relatives shopkeepers traders businesses companies firms banks men women pair duo
  trio couple
`);

export function isCollectiveNoun(lower: string): boolean {
  if (collectiveNouns.has(lower)) return true;
  const tags = shippedTags(lower);
  return tags.has('Actor') && tags.has('Plural');
}

/** Common nouns for organisations that speak ("the ministry said", "the company announced"). */
const organisationNouns = wordSet(`
  ministry government company firm court delegation council committee agency club team union
  party commission board bank office department authority administration embassy side university
  institute school hospital group organisation organization federation association network
  newspaper paper magazine broadcaster daily weekly tabloid league airline regulator police army military navy cabinet parliament senate
  congress assembly secretariat presidency kremlin foundation charity trust museum festival
  collective coalition alliance bloc campaign movement business retailer manufacturer insurer
  operator broadcaster publisher developer carrier utility centre center service bureau
  directorate inspectorate watchdog tribunal prosecutor state country nation city municipality
  region province mission prosecution defence defense
`);

export function isOrganisationNoun(lower: string): boolean {
  return organisationNouns.has(lower);
}

/** Words inside a proper name that make it an organisation rather than a person. */
const organisationNameWords = wordSet(`
  institute university ministry council committee court police government agency commission
  company corp corporation inc ltd llc plc bank union party federation association foundation
  group club office department authority service services board bureau organisation organization
  academy college school hospital times news post press herald journal gazette tribune agency
  fund trust society centre center league fc united city holdings industries partners capital
  securities systems technologies labs airlines airways collective coalition alliance network
  forum parliament senate congress assembly cabinet embassy consulate secretariat initiative
  programme program project museum festival orchestra theatre theater studio studios media
  television radio broadcasting railway railways airport port exchange reserve treasury navy
  army forces guard brigade mission chamber guild institution observatory commissioner registry
  inspectorate tribunal
  café cafe bakery restaurant hotel inn pub brewery distillery dairy dairies mill works garage
  salon gallery marine energy steel homes foods motors payments tiles logistics shipping farm
  farms estate
`);

export function isOrganisationNameWord(lower: string): boolean {
  return organisationNameWords.has(lower) || shippedTags(lower).has('Organization');
}

/** Nouns for events and documents: they are not speakers ("The talks highlighted …"). */
const eventNouns = wordSet(`
  talks discussion discussions meeting meetings negotiations summit visit event conference forum
  session dialogue agenda ceremony trip tour debate hearing trial match game election vote war
  crisis agreement treaty memorandum deal plan law decision ruling verdict move measure measures
  project programme program initiative outcome growth trade situation fact step format
  cooperation relations partnership region sector market economy
`);
const documentNouns = wordSet(`
  communique communiqué declaration document statement statements report reports study studies
  survey surveys data analysis paper article letter poll polls research findings evidence
  statistics record records estimates estimate forecast filing filings release note memo website
  post posts figures numbers results documents minutes transcript assessment review audit index
  census media publication publications
`);

export function isEventNoun(lower: string): boolean {
  return eventNouns.has(lower);
}

export function isDocumentNoun(lower: string): boolean {
  return documentNouns.has(lower);
}

// ---------------------------------------------------------------------------------------------
// Function words

export type PronounNumber = 'singular' | 'plural' | 'thing';

const subjectPronouns = new Map<string, { gender: Gender | null; number: PronounNumber }>([
  ['he', { gender: 'male', number: 'singular' }],
  ['him', { gender: 'male', number: 'singular' }],
  ['she', { gender: 'female', number: 'singular' }],
  ['her', { gender: 'female', number: 'singular' }],
  ['they', { gender: null, number: 'plural' }],
  ['them', { gender: null, number: 'plural' }],
  ['it', { gender: null, number: 'thing' }],
]);

export function personalPronoun(
  lower: string,
): { gender: Gender | null; number: PronounNumber } | undefined {
  return subjectPronouns.get(lower);
}

const determiners = wordSet(`
  the a an this that these those its his her their our my your all both some many several most
  each every other another such no any few
`);

export function isDeterminer(lower: string): boolean {
  return determiners.has(lower);
}

const prepositions = wordSet(`
  of in on at by for with from to into onto about over under between among amid through during
  after before since until against within without across behind beyond near via towards toward
  upon like per following including despite throughout alongside outside inside ahead regarding
  concerning
`);

export function isPreposition(lower: string): boolean {
  return prepositions.has(lower);
}

/** Words that begin a new clause: a subject never reaches back across them. */
const clauseOpeners = wordSet(`
  and but or nor while whereas when as because if although though since that which who whom what
  whose where so yet unless after before once until then thus therefore however meanwhile
`);

export function isClauseOpener(lower: string): boolean {
  return clauseOpeners.has(lower);
}

/** Adverbs and auxiliaries that may sit between a subject and its reporting verb. */
const verbSideWords = wordSet(`
  also again repeatedly firmly strongly clearly publicly later then once further highly
  unanimously jointly separately previously recently reportedly immediately quickly openly
  initially subsequently has have had already since specifically particularly especially
  explicitly notably reiteratedly earlier privately bluntly flatly angrily frankly simply
  emphatically categorically consistently often always never even still only just personally
  formally officially directly indirectly warmly sharply loudly quietly confidently too likewise
  similarly additionally moreover furthermore meanwhile now today yesterday tonight
`);

export function isVerbSideWord(lower: string): boolean {
  return (
    verbSideWords.has(lower) || (lower.endsWith('ly') && lower.length > 4 && !isNounLike(lower))
  );
}

function isNounLike(lower: string): boolean {
  // -ly words that are not adverbs
  return [
    'family',
    'italy',
    'assembly',
    'supply',
    'reply',
    'ally',
    'rally',
    'july',
    'fly',
  ].includes(lower);
}

const passiveAuxiliaries = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "isn't",
  "wasn't",
  "weren't",
  "aren't",
  'get',
  'got',
  'gets',
  'getting',
]);

export function isPassiveAuxiliary(lower: string): boolean {
  return passiveAuxiliaries.has(lower);
}

const modals = new Set([
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'to',
  "won't",
  'cannot',
  "can't",
  "couldn't",
  "wouldn't",
  'did',
  'does',
  'do',
  'not',
  "didn't",
  "doesn't",
  "don't",
  'never',
]);

/** A word before a verb that makes it not a report of something said ("will announce"). */
export function blocksReport(lower: string): boolean {
  return modals.has(lower);
}

const copulas = wordSet(`
  is are was were be been being remains remained remain seems seemed looks looked became becomes
  become
`);

export function isCopula(lower: string): boolean {
  return copulas.has(lower);
}

const auxiliaries = wordSet(`
  is are was were has have had will would can could may might must shall should does did do am
`);

const notVerbs = wordSet(`
  need united red bed hundred speed seed feed shed bred wed med ted fed led ned reed creed greed
  weed deed sled sacred naked wicked kindred rugged ragged wretched beloved learned interested
  supposed so-called limited concerned advanced detailed skilled talented renowned experienced
  qualified unprecedented based related assumed biased varied aged armed dedicated designated
  registered animated belated long-awaited much-needed self-styled
`);

/**
 * A finite verb, as far as a word on its own can tell: irregular forms come from the shipped
 * lexicon, regular past tenses from their ending, auxiliaries from the list above.
 */
export function isFiniteVerb(lower: string): boolean {
  let verb = finiteVerbCache.get(lower);
  if (verb === undefined) {
    verb = computeFiniteVerb(lower);
    if (finiteVerbCache.size > 50_000) finiteVerbCache.clear();
    finiteVerbCache.set(lower, verb);
  }
  return verb;
}

const finiteVerbCache = new Map<string, boolean>();

function computeFiniteVerb(lower: string): boolean {
  if (auxiliaries.has(lower)) return true;
  const tags = shippedTags(lower);
  if (tags.has('PastTense') || tags.has('Copula') || tags.has('Modal')) return true;
  if (tags.has('PresentTense') && !tags.has('Plural')) {
    return !lower.endsWith('s') || cueVerb(lower) !== undefined || presentTenseVerbs.has(lower);
  }
  if (notVerbs.has(lower)) return false;
  if (tags.size > 0 && !tags.has('PastTense')) return false;
  return /[a-z]{2,}ed$/.test(lower) || (cueVerb(lower) !== undefined && !lower.endsWith('ing'));
}

// Present-tense verbs common in reported clauses whose -s form could also be a plural noun.
const presentTenseVerbs = wordSet(`
  continues remains seems means shows needs wants plans aims hopes expects depends paves makes
  takes gives goes comes has does supports opposes intends believes leads helps offers works
`);

export function isGerund(lower: string): boolean {
  return (
    lower.length > 4 &&
    lower.endsWith('ing') &&
    ![
      'thing',
      'king',
      'spring',
      'string',
      'evening',
      'morning',
      'during',
      'nothing',
      'something',
      'anything',
      'everything',
      'building',
      'meeting',
      'wedding',
      'ceiling',
      'sibling',
      'darling',
      'ring',
      'wing',
      'sing',
      'bring',
      'sterling',
    ].includes(lower)
  );
}

/** First-person words: a quotation that uses them is someone speaking, not a label. */
export const firstPersonWords: ReadonlySet<string> = new Set([
  'i',
  'we',
  'me',
  'us',
  'my',
  'our',
  'ours',
  'mine',
  'myself',
  'ourselves',
  "i'm",
  'i’m',
  "we're",
  'we’re',
  "i've",
  'i’ve',
  "we've",
  'we’ve',
  "i'd",
  'i’d',
  "we'll",
  'we’ll',
  "i'll",
  'i’ll',
  'you',
  'your',
]);

export function isCountryName(lower: string): boolean {
  const tags = shippedTags(lower);
  return tags.has('Country') || tags.has('City') || tags.has('Region') || tags.has('Place');
}

export function isDemonym(lower: string): boolean {
  return shippedTags(lower).has('Demonym');
}

/** Month and weekday names are capitalised but never part of a person's name. */
export function isCalendarWord(lower: string): boolean {
  const tags = shippedTags(lower);
  return tags.has('Month') || tags.has('WeekDay');
}

/** Abbreviations whose full stop does not end a sentence. */
const abbreviations = wordSet(`
  mr mrs ms dr prof st jr sr gen col lt sgt capt gov sen rep rev hon inc ltd co corp vs etc e.g
  i.e jan feb mar apr jun jul aug sep sept oct nov dec no nos vol approx dept est fig mt ft u.s
  u.k u.n e.u a.m p.m maj adm cmdr brig supt insp det cpl pvt messrs mme mlle op cf ca al
`);

export function isAbbreviation(lower: string): boolean {
  return abbreviations.has(lower) || shippedTags(lower).has('Honorific');
}

/** Synonymous role names, each mapped onto one key so "the head of government" finds a Prime Minister. */
export const roleSynonyms: ReadonlyArray<readonly [string, string]> = [
  ['head of state', 'president'],
  ['head of government', 'prime minister'],
  ['premier', 'prime minister'],
  ['top diplomat', 'foreign minister'],
  ['minister of foreign affairs', 'foreign minister'],
  ['foreign affairs minister', 'foreign minister'],
  ['secretary of state', 'foreign minister'],
  ['chief executive officer', 'chief executive'],
  ['ceo', 'chief executive'],
  ['chairwoman', 'chair'],
  ['chairman', 'chair'],
  ['chairperson', 'chair'],
  ['spokeswoman', 'spokesperson'],
  ['spokesman', 'spokesperson'],
  ['head coach', 'coach'],
  ['manager', 'coach'],
  ['attorney', 'lawyer'],
  ['solicitor', 'lawyer'],
  ['barrister', 'lawyer'],
  ['counsel', 'lawyer'],
  ['monarch', 'king'],
  // "Justice X" is a judge; the justice minister is not.
  ['justice minister', 'justice-minister'],
  ['justice ministry', 'justice-ministry'],
  ['justice secretary', 'justice-secretary'],
  ['justice department', 'justice-department'],
  ['justice', 'judge'],
  ['boss', 'chief executive'],
];
