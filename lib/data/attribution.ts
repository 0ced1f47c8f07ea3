/**
 * How a quote's speaker was found, and how far to trust it. The quote detector (lib/detect/quotes/) tries its rules in
 * the order of ATTRIBUTION_RULES and records which one named the speaker, and in what form the speaker is
 * written (a name, a pronoun, a description…). The confidence of a speaker is the measured precision of its
 * rule and form, from `npm run eval -- quotes` (and NM_SPLIT=train), which reports accuracy per rule, per form
 * and per both on PolNeAR dev and train; the figures below are rounded down from the worse of the two.
 * Below SPEAKER_SURE the reader is told "speaker unclear", and a citation never names the guess.
 */

/** The attribution rules, in the order they are tried. */
export const ATTRIBUTION_RULES = [
  /** A cue after the closing mark: `“…,” Ruiz said`, `“…,” said the minister`, `“…” — Ola Berg`. */
  'cue-after',
  /** A cue before the opening mark, in the quote's sentence: `Ruiz said: “…”`, `According to Ruiz, “…”`. */
  'cue-before',
  /** `“…”, the minister added later, according to the council.` further on in the quote's sentence. */
  'according-later',
  /** A quote signed on the line below it (`— Ola Berg, harbour master`). */
  'signed-below',
  /** A paragraph ending in a colon introduces the quote that opens the next one. */
  'colon-intro',
  /** A quote inside a sentence with no verb of saying: the sentence's subject's words. */
  'sentence-subject',
  /** A quote without a cue right after the previous quote's cue: `“…,” Ruiz said. “…”`. */
  'continues-after-cue',
  /** A quote without a cue that follows on from the one before, further on in the same paragraph. */
  'continues',
  /** A quote without a cue opening the paragraph after the one before. */
  'continues-next',
  /** A quote paragraph with no cue after a paragraph of someone's reported speech ("Gale says … / “…”"). */
  'reported-speech',
] as const;
export type AttributionRule = (typeof ATTRIBUTION_RULES)[number];

/** How the speaker is written where the rule found it. */
export const SPEAKER_FORMS = [
  /** A person of the article, by name. */
  'name',
  /** A pronoun, resolved to the person it stands for (or left as the pronoun). */
  'pronoun',
  /** "the president": the one person of the article with that title. */
  'title',
  /** An organisation ("the ministry said", "it said"). */
  'organization',
  /** A group named before ("officials … they said"). */
  'group',
  /** A description that names no one ("a spokesman", "the engineer"). */
  'description',
  /** "I": the writer of a first-person piece. */
  'writer',
] as const;
export type SpeakerForm = (typeof SPEAKER_FORMS)[number];

/**
 * Precision of each rule and form, measured over gold quotes that name a Source, where PolNeAR train has ten
 * speakers or more of it (the worse of train and dev where dev has ten too), rounded down to a twentieth.
 * According-later, signed-below and reported-speech are too rare in both to measure (2, 7 and 5 speakers):
 * their figures are set below the cue rules they resemble.
 */
export const SPEAKER_PRECISION: Readonly<Partial<Record<`${AttributionRule} ${SpeakerForm}`, number>>> = {
  'cue-after name': 0.95,
  'cue-after pronoun': 0.95,
  'cue-after organization': 0.95,
  'cue-after description': 0.9,
  'cue-before name': 0.85,
  'cue-before pronoun': 0.85,
  'cue-before organization': 0.9,
  'cue-before description': 0.7,
  'colon-intro name': 0.8,
  'sentence-subject name': 0.8,
  'sentence-subject pronoun': 0.9,
  'sentence-subject description': 0.65,
  'sentence-subject organization': 0.6,
  'continues name': 0.5,
};

/** Precision of each rule over all its forms, measured the same way: for a form too rare to have its own figure. */
export const RULE_PRECISION: Readonly<Record<AttributionRule, number>> = {
  'cue-after': 0.95,
  'cue-before': 0.85,
  'according-later': 0.8,
  'signed-below': 0.8,
  'colon-intro': 0.85,
  'sentence-subject': 0.75,
  'continues-after-cue': 0.8,
  continues: 0.4,
  'continues-next': 0.3,
  'reported-speech': 0.5,
};

/** Below this confidence a speaker is shown as a guess: "speaker unclear". */
export const SPEAKER_SURE = 0.7;

/** The confidence of a speaker found by `rule`, written as `form`, between 0 and 1. */
export function speakerConfidence(rule: AttributionRule, form: SpeakerForm | undefined): number {
  return (form && SPEAKER_PRECISION[`${rule} ${form}`]) ?? RULE_PRECISION[rule];
}

/**
 * Whether a speaker may be named as certain (a citation, the card's "said"). A speaker without a confidence
 * comes from a record read before speakers had one, and is taken as it was shown then.
 */
export function speakerIsSure(speaker: { confidence?: number } | null | undefined): boolean {
  return !!speaker && (speaker.confidence === undefined || speaker.confidence >= SPEAKER_SURE);
}
