import { NAME_SUFFIXES, ORG_HEADS } from '../../data/organizations';
import { PLACE_TYPE_HEADS } from '../../data/name-types';
import { HONORIFICS, TITLES } from '../../data/titles';
import { COUNTRIES } from '../../data/demonyms';
import { NEGATIONS, withoutApostrophes } from '../../data/phrases';
import { lexicon } from '../lexicon';
import { tokenize } from '../tokenize';
import type { TitlePhrase, Chunk, DocEntities } from './types';
import { headlineSentences, endsOrgName, isNameStart, joinNicknames, nameRun, mergeOrgNames } from './chunks';
import { findTitles } from './titles';
import { classify } from './classify';
import { settleSportsLines, shareSides } from './sports';
import {
  attachAppositions,
  attachListTitles,
  propagateInLists,
  shareSurnames,
  settleAcrossDocument,
  findSurnamesThatAreWords,
  trimHeadlineNames,
} from './settle';
export type { Chunk, DocEntities, EntityType, TitlePhrase } from './types';

/**
 * Names in running text: capitalised runs of words (chunks.ts), each classified as a person, an organisation, a
 * place or something else from the evidence around it (classify.ts: titles.ts's titles, honorifics, given names
 * and surnames, speech verbs, organisation words, place names), then settled across the whole document
 * (settle.ts: a surname alone is the person named in full elsewhere). Pure: text in, plain objects out.
 */

export function findEntities(text: string): DocEntities {
  const lex = lexicon();
  const tokens = tokenize(text);
  const capsSentence = headlineSentences(tokens, lex);
  const titles = findTitles(tokens, lex);

  const titleAt = new Map<number, TitlePhrase>();
  const titleTokens = new Set<number>();
  for (const t of titles) {
    // A title is taken out of the name only when a name follows it directly.
    const next = tokens[t.end];
    // "King Jr." is a surname with its suffix, not a king.
    if (
      next &&
      next.kind === 'word' &&
      next.cap &&
      next.sentence === tokens[t.end - 1]!.sentence &&
      !endsOrgName(tokens, t.end) &&
      !NAME_SUFFIXES.has(next.lower)
    ) {
      titleAt.set(t.end, t);
      for (let k = t.start; k < t.end; k++) titleTokens.add(k);
    }
  }

  // Words written after a given name somewhere in the text ("Tom Chancellor"): a surname here, whatever else they are.
  const afterGiven = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const given = tokens[k - 1]!;
    // (A given name that is no everyday word and no title: "Justice Minister", "Will President" name no one.)
    if (
      t.cap &&
      t.kind === 'word' &&
      given.cap &&
      lex.given.has(given.lower) &&
      !lex.common.has(given.lower) &&
      !TITLES.has(given.lower) &&
      t.sentence === given.sentence
    )
      afterGiven.add(t.lower);
  }

  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const honorific = HONORIFICS.get(t.lower);
    // The honorific and the name in one sentence ("DON'T MISS / China furious at …" is a teaser's heading), and not
    // the verb "miss" after a negation ("Don't Miss Out").
    const named = tokens[i + 1];
    if (
      honorific !== undefined &&
      t.cap &&
      named?.cap &&
      named.sentence === t.sentence &&
      !(t.lower === 'miss' && NEGATIONS.has(withoutApostrophes(tokens[i - 1]?.lower ?? ''))) &&
      !titleTokens.has(i)
    ) {
      const run = nameRun(tokens, i + 1, titleTokens, capsSentence, lex, true);
      // ("Shri Ram College of Commerce": a name that ends in a body's or a place's word is no person's.)
      const last = tokens[run - 1]?.lower ?? '';
      // Nor is a form of address a name ("Mr. President", "Madam Secretary"), nor a pageant's or a column's "Miss"
      // ("Miss Universe", "Miss America", "Miss Housekeeping").
      // (A title that is also a surname is that surname: "Mr. King", "Mr. Singer", "Tom Chancellor … Mr. Chancellor".)
      const address =
        run === i + 2 &&
        !lex.surnames.has(last) &&
        !afterGiven.has(last) &&
        (TITLES.has(last) || (t.lower === 'miss' && (lex.common.has(last) || lex.places.has(last) || COUNTRIES.has(last))));
      if (address) {
        i = run;
        continue;
      }
      const named = ORG_HEADS.has(last) || PLACE_TYPE_HEADS.has(last);
      if (run > i + 1 && !named) {
        // A title before the honorific is the person's ("the local MP Sir Geoffrey Lund").
        chunks.push({ start: i + 1, end: run, type: 'PER', title: titleAt.get(i) ?? null, honorific, evidence: ['honorific'] });
        i = run;
        continue;
      }
    }
    if (!isNameStart(tokens, i, titleTokens, capsSentence, lex)) {
      i++;
      continue;
    }
    const end = nameRun(tokens, i, titleTokens, capsSentence, lex, false);
    if (end > i) {
      chunks.push({ start: i, end, type: null, title: titleAt.get(i) ?? null, evidence: titleAt.has(i) ? ['title'] : [] });
      i = end;
    } else i++;
  }

  // Organisations named as a title's affiliation are mentions too ("Pentagon spokesman", "Draxon CEO").
  for (const t of titleAt.values()) {
    if (t.orgAffiliation) chunks.push({ ...t.orgAffiliation, type: 'ORG', title: null, evidence: ['organisation of a title'] });
  }
  chunks.sort((a, b) => a.start - b.start);
  const merged = mergeOrgNames(tokens, joinNicknames(tokens, chunks, lex), lex);
  for (const c of merged) if (c.type === null) classify(tokens, c, lex, capsSentence);
  settleSportsLines(tokens, merged, lex);
  attachAppositions(tokens, merged, titles, lex);
  attachListTitles(tokens, merged);
  shareSurnames(tokens, merged, lex);
  propagateInLists(tokens, merged, lex);
  trimHeadlineNames(tokens, merged, capsSentence);
  settleAcrossDocument(tokens, merged, lex);
  shareSides(tokens, merged);
  const found = merged.filter((c) => c.type !== null);
  findSurnamesThatAreWords(tokens, found, capsSentence, lex);
  return { text, tokens, chunks: found };
}
