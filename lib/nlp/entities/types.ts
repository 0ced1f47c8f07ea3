import type { NameEvidence } from '../../data/name-evidence';
import type { NlpToken } from '../tokenize';

/** The shapes the entity finder works in and returns. */

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface TitlePhrase {
  /** Tokens of the whole phrase, affiliation and determiners included. */
  start: number;
  end: number;
  /** The title as a reader would write it: "former President", "Secretary of State", "Ambassador to Mexico". */
  text: string;
  official: boolean;
  plural: boolean;
  affiliation: string | null;
  /** Tokens of an affiliation that names an organisation ("Pentagon" in "Pentagon spokesman", "Draxon" in
   *  "Draxon CEO"): a mention of that organisation. */
  orgAffiliation?: { start: number; end: number };
}

export interface Chunk {
  /** Tokens of the name as written: no title, no possessive 's. */
  start: number;
  end: number;
  type: EntityType | null;
  title: TitlePhrase | null;
  /** Gender an honorific gave ("Mrs." → f); null for a neutral one; undefined when there was none. */
  honorific?: 'm' | 'f' | null;
  /** "Bill" in "Bill and Hillary Clinton" shares the surname of the name it is coordinated with. */
  sharedSurname?: string;
  /** The family name is written first ("Xiao Qiang"): a later "Xiao" is this person. */
  surnameFirst?: boolean;
  /** What the decision rests on (lib/data/name-evidence.ts). */
  evidence: NameEvidence[];
}

export interface DocEntities {
  text: string;
  tokens: NlpToken[];
  chunks: Chunk[];
}
