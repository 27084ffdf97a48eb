/**
 * The grammatical gender a text shows for its persons, for pronoun resolution. Input: the article's entities,
 * mentions and text. Output: entity id -> male | female, for the persons the text leaves no doubt about.
 */
import type { Entity, Mention } from './mention-types.ts';

/**
 * Genders the text shows: Mrs/Ms/Miss or Mr before a mention, or a he/she whose sentence (up to it) and the
 * sentence before name one person only ("Merkel met NAME. She said" tells nothing of NAME); a person with votes
 * for both stays unknown.
 */
export function genders(entities: Entity[], mentions: Omit<Mention, 'sentence'>[], text: string): Map<number, 'male' | 'female'> {
  const votes = new Map<number, Set<'male' | 'female'>>();
  const vote = (e: number, g: 'male' | 'female') => votes.set(e, (votes.get(e) ?? new Set()).add(g));
  const persons = mentions.filter((m) => entities[m.entity]?.type === 'person');
  for (const m of persons) {
    const before = text.slice(Math.max(0, m.start - 6), m.start).trim();
    if (/\b(?:Mrs|Ms|Miss)\.?$/.test(before)) vote(m.entity, 'female');
    else if (/\bMr\.?$/.test(before)) vote(m.entity, 'male');
  }
  for (const p of text.matchAll(/\b(?:he|his|him|she|her|hers)\b/gi)) {
    const from = sentenceStart(text, sentenceStart(text, p.index) - 1);
    const near = new Set(persons.filter((m) => m.start >= from && m.end <= p.index).map((m) => m.entity));
    if (near.size === 1) vote([...near][0]!, /^(?:he|his|him)$/i.test(p[0]) ? 'male' : 'female');
  }
  const out = new Map<number, 'male' | 'female'>();
  for (const [e, g] of votes) if (g.size === 1) out.set(e, [...g][0]!);
  return out;
}

/** Where the sentence holding offset `at` starts: after the last full stop, question or exclamation mark and space, or a line break. */
function sentenceStart(text: string, at: number): number {
  for (let k = Math.max(0, at - 1); k > 0; k--) {
    if (text[k] === '\n' || (/\s/.test(text[k]!) && /[.!?]["”’]?$/.test(text.slice(Math.max(0, k - 2), k)))) return k + 1;
  }
  return 0;
}
