/** A trigger found in a sentence (triggers.ts), with what the filters learnt about it. Offsets: the sentence's. */
export interface TriggerHit {
  type: string;
  kind: 'noun' | 'weak' | 'verb' | 'pattern';
  lemma: string;
  start: number;
  end: number;
  tok: number;
  tokEnd: number;
  anchored: boolean;
  /** Generic or hypothetical determiner ("any deal"), quoted speech, or a first definite mention ("the talks"). */
  generic: boolean;
  quoted: boolean;
  definite: boolean;
  /** The word before "to" in "expected to host", or null. */
  intent: string | null;
  /** A noun that names an event only with a date of its own or a number ("the July 25 call", "five sales"). */
  datedOnly: boolean;
  /** The plural of a noun ("arrests"). */
  plural: boolean;
  /** Why it was dropped, or null for a kept hit. */
  why: string | null;
}
