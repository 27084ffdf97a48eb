/**
 * he/she/it and definite descriptions ("the president") as speakers. Input: the article's context and a speaker.
 * Output: the one entity they point back to, or null: unknown, never guessed. Also the genders that a possessive
 * after a name tells ("NAME and his co-author").
 */
import type { Entity, Mention } from '../language/mention-types.ts';
import type { Speaker, StatementArticleContext } from './statement-types.ts';

/** "NAME and his co-author", "NAME and her team": the possessive right after the name is the name's own gender. */
export function possessiveGenders(text: string, mentions: Mention[], entities: Entity[]): Map<number, 'male' | 'female'> {
  const out = new Map<number, 'male' | 'female'>();
  const seen = new Map<number, Set<string>>();
  for (const m of mentions) {
    if (entities[m.entity]?.type !== 'person' || entities[m.entity]!.gender) continue;
    const p = /^ and (his|her) \p{L}/u.exec(text.slice(m.end, m.end + 12))?.[1];
    if (p) seen.set(m.entity, (seen.get(m.entity) ?? new Set()).add(p));
  }
  // Both forms after one name decide nothing.
  for (const [e, forms] of seen) if (forms.size === 1) out.set(e, forms.has('his') ? 'male' : 'female');
  return out;
}

/** Titles news writes short: "the PM" is the one introduced as "Prime Minister NAME". */
const SHORT_TITLES: Record<string, string> = { pm: 'prime minister', fm: 'foreign minister' };
const spelledOut = (s: string) =>
  s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => SHORT_TITLES[w] ?? w)
    .join(' ');

/** Heads that name a position, not an office: matched by the modifiers alone. */
const GENERIC_HEADS = new Set(['chief', 'head', 'leader']);

const DESCRIPTION_PREPOSITIONS = new Set(['of', 'for', 'from', 'in', 'at', 'to', 'with', 'on']);
/** Modifiers a description may add that a role seldom states ("the top negotiator", "the veteran diplomat"). */
const LOOSE_MODIFIERS = new Set(['top', 'chief', 'veteran', 'senior', 'current', 'new']);

/**
 * One word of a description and one of a role agree when equal or when one is the other's stem: "Ukraine" and
 * "Ukrainian", "Iran" and "Iranian", "ministry" and "minister" ("the head of the foreign ministry").
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4) return false;
  return a.startsWith(b) || b.startsWith(a) || (a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6));
}

/**
 * The body or country a role is held in when the name finder kept it apart: "UN Secretary-General NAME",
 * "Iran's Foreign Minister NAME": the words of the mention right before the role, with the entity's other names.
 */
function roleOwner(ctx: StatementArticleContext, m: Mention): string[] {
  const roleStart = m.start - (m.role?.length ?? 0) - 1;
  if (!m.role || ctx.text.slice(roleStart, m.start - 1) !== m.role) return [];
  const owner = ctx.mentions.find((o) => o.end <= roleStart && /^(?:[’']s)?\s$/u.test(ctx.text.slice(o.end, roleStart)));
  const e = owner ? ctx.entities[owner.entity] : undefined;
  return e && e.type !== 'person' ? [e.name, ...e.surfaces].join(' ').toLowerCase().split(/\s+/) : [];
}

const PRONOUN_FORMS: Record<string, RegExp> = { he: /\b(?:he|him|his)\b/gi, she: /\b(?:she|her|hers)\b/gi };

/**
 * he/she/it: the one compatible entity (a person of that gender or of unknown gender; for "it" an organisation)
 * of the nearest sentence, in this paragraph or the one before, that has any; names inside quotations and names
 * that only modify a noun ("Steenburgen’s son") when another candidate is there do not count. A sentence whose
 * own he/she comes before its names continues that pronoun's chain. Two candidates: the current speaker if one
 * of them, otherwise unknown. With no candidate there: the speaker of the statement just before, if compatible, or
 * the one person the text has named in the three paragraphs before (onlyPerson).
 */
export function resolvePronoun(
  ctx: StatementArticleContext,
  sp: Speaker,
  current: number | null,
  currentParagraph: number | null = null,
  material: number | null = null,
): number | null {
  const p = sp.surface?.toLowerCase() ?? '';
  if (p !== 'he' && p !== 'she' && p !== 'it') return null;
  const here = ctx.sentences.find((s) => s.start <= sp.at && s.end >= sp.at);
  // "The deal was struck after talks with envoy NAME, he said": a name inside the material the pronoun's frame
  // reports is what was said, not who said it.
  const at = material !== null && material < sp.at && ctx.sentences.some((s) => s.start <= material && s.end >= sp.at) ? material : sp.at;
  const found =
    resolveAt(ctx, p, at, current, 0, (here?.paragraph ?? 0) - 1) ??
    (p === 'it' ? null : (speakerGoingOn(ctx, p, current, currentParagraph, here?.paragraph ?? 0) ?? onlyPerson(ctx, p, sp.at, (here?.paragraph ?? 0) - 3)));
  if (found !== null && p !== 'it' && !ctx.entities[found]?.gender) ctx.learnt.set(found, p === 'he' ? 'male' : 'female');
  return found;
}

const compatible = (ctx: StatementArticleContext, p: string, entity: number) => {
  const e = ctx.entities[entity];
  const gender = e?.gender ?? ctx.learnt.get(entity) ?? null;
  return e?.type === 'person' && (gender === null || gender === (p === 'he' ? 'male' : 'female'));
};

/** No name near the pronoun: the speaker of the statement just before (this paragraph or the one before), when a
 * person of a compatible gender. */
const speakerGoingOn = (ctx: StatementArticleContext, p: string, current: number | null, currentParagraph: number | null, paragraph: number) =>
  current !== null && currentParagraph !== null && currentParagraph >= paragraph - 1 && compatible(ctx, p, current) ? current : null;

/**
 * Further back than the paragraph before, only when the text leaves no choice: since paragraph `floor`, exactly
 * one person is named outside quotations, of a compatible gender, and no sentence since the name opens with a
 * description that may bring in someone unnamed ("The aunt lives nearby. ... 'I cannot believe it,' she said").
 */
function onlyPerson(ctx: StatementArticleContext, p: string, at: number, floor: number): number | null {
  const from = ctx.sentences.find((s) => s.paragraph >= floor)?.start ?? 0;
  const quoted = (m: Mention) => ctx.quotes.some((q) => q.start <= m.start && q.end >= m.end);
  const persons = new Set(
    ctx.mentions
      .filter((m) => m.start >= Math.max(from, ctx.titleEnd) && m.start < at && !quoted(m) && ctx.entities[m.entity]?.type === 'person')
      .map((m) => m.entity),
  );
  if (persons.size !== 1) return null;
  const [only] = persons;
  // A sentence opened by a description since the name ("The aunt lives nearby.") may bring in someone the text
  // never names: then the pronoun stays unknown.
  const lastName = Math.max(...ctx.mentions.filter((m) => m.entity === only && m.start < at).map((m) => m.start));
  const described = ctx.sentences.some((s) => s.start > lastName && s.start < at && /^(?:The|A|An|This|That)\s\p{Ll}/u.test(s.text));
  return !described && compatible(ctx, p, only!) ? only! : null;
}

/** Candidates from `at` back to paragraph `floor` (the one before the pronoun's, however far a chain goes). */
function resolveAt(ctx: StatementArticleContext, p: string, at: number, current: number | null, depth: number, floor: number): number | null {
  const here = ctx.sentences.findIndex((s) => s.start <= at && s.end >= at);
  if (here < 0) return null;
  const want = p === 'he' ? 'male' : 'female';
  const fits = (m: Mention) => {
    const e = ctx.entities[m.entity];
    if (!e) return false;
    const gender = e.gender ?? ctx.learnt.get(m.entity) ?? null;
    return p === 'it' ? e.type === 'organization' || e.type === 'metonym' : e.type === 'person' && (gender === null || gender === want);
  };
  const quoted = (x: number, y: number) => ctx.quotes.some((q) => q.start <= x && q.end >= y);
  // A "person" right after in/at/near/from/on or "the" is more likely a place ("lives in North Manchester", "on
  // Twitter", "the northern Sierra Nevada").
  const locative = (m: Mention) => /\b(?:in|at|near|from|on)\s$|\bthe\s(?:\p{Ll}+\s)?$/iu.test(ctx.text.slice(Math.max(0, m.start - 20), m.start));
  const cands = ctx.mentions.filter((m) => m.start < at && m.start >= ctx.titleEnd && !quoted(m.start, m.end) && fits(m) && (p === 'it' || !locative(m)));
  for (let k = here; k >= 0 && ctx.sentences[k]!.paragraph >= floor; k--) {
    const s = ctx.sentences[k]!;
    const inSentence = cands.filter((m) => m.sentence === k);
    const chain =
      p === 'it' || depth >= 3 ? undefined : [...s.text.matchAll(PRONOUN_FORMS[p]!)].map((m) => s.start + m.index).find((x) => x < at && !quoted(x, x + 1));
    if (chain !== undefined && inSentence.every((m) => m.start > chain)) return resolveAt(ctx, p, chain, current, depth + 1, floor);
    // "Steenburgen’s son, filmmaker Charlie McDowell, ...": the name in apposition to a possessive phrase is the
    // person talked about; a possessive with a name far from it ("X's albums were bought by ... Y") decides nothing.
    const possessive = (m: Mention) => /^[’']/.test(ctx.text.slice(m.end, m.end + 1));
    const apposed = inSentence.filter(
      (m) =>
        !possessive(m) && inSentence.some((o) => possessive(o) && o.end < m.start && m.start - o.end <= 40 && ctx.text.slice(o.end, m.start).includes(',')),
    );
    // A possessive after another candidate ("Suter, who joked about Parise’s penchant") is not the one talked about.
    const salient = inSentence.filter((m) => !possessive(m) || !inSentence.some((o) => !possessive(o) && o.start < m.start));
    const ents = new Set((apposed.length ? apposed : salient).map((m) => m.entity));
    if (ents.size === 1) return [...ents][0]!;
    if (ents.size > 1) return current !== null && ents.has(current) ? current : null;
  }
  return null;
}

/**
 * "the president", "the newspaper": a definite description that points back to one entity. A person whose role
 * has that word, when only one has; for an organisation noun (reference `anaphors`), the one organisation named in
 * this paragraph or the one before (or the one whose name has the word); for a person's title (reference
 * `person_anaphors`) that no role matches, the one person the article has named so far, when it gave them no role
 * ("World Trade Organization chief NAME ... The director-general from Nigeria said"). Otherwise unknown.
 */
export function resolveDescription(ctx: StatementArticleContext, sp: Speaker, anaphors: Set<string>, personNouns = new Set<string>()): number | null {
  const all = spelledOut(sp.surface ?? '').split(/\s+/);
  // "the Iranian foreign minister", "the president of Ukraine": the noun phrase before any preposition.
  const cut = all.findIndex((w, k) => k > 0 && DESCRIPTION_PREPOSITIONS.has(w));
  const words = cut > 0 ? all.slice(0, cut) : all;
  if (words[0] !== 'the' || words.length < 2 || words.length > 6) return null;
  const head = words[words.length - 1]!;
  // Longer descriptions name more of the role: every modifier and every content word after the preposition must
  // be in it ("the Iranian foreign minister" is not the French one; "the head of the opposition delegation" is
  // the one introduced as "head of the right-wing opposition delegation").
  const complement = cut > 0 ? all.slice(cut).filter((w) => w.length > 2 && !DESCRIPTION_PREPOSITIONS.has(w) && w !== 'the') : [];
  const modifiers = [...words.slice(1, -1).filter((w) => !LOOSE_MODIFIERS.has(w)), ...complement];
  // "the UN chief", "the former Nigerian leader": a head that names no office matches any title its modifiers place
  // ("UN Secretary-General", "Nigerian President"); "former" is then no part of the title.
  const positional = GENERIC_HEADS.has(head) ? modifiers.filter((w) => w !== 'former') : modifiers;
  const quoted = (m: Mention) => ctx.quotes.some((q) => q.start <= m.start && q.end >= m.end);
  const before = ctx.mentions.filter((m) => m.end <= sp.at && m.start >= ctx.titleEnd && !quoted(m));
  // The role a name was given in apposition: "The suspect, NAME, was ..." / "NAME, the suspect, ...".
  const apposed = (m: Mention) => {
    const pre = ctx.text
      .slice(Math.max(0, m.start - 30), m.start)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
    const post = ctx.text.slice(m.end, m.end + 30).toLowerCase();
    return (
      (pre[pre.length - 1] === head && pre.includes('the') && ctx.text.slice(m.start - 2, m.start) === ', ') ||
      post.startsWith(`, the ${head},`) ||
      post.startsWith(`, a ${head},`)
    );
  };
  const roleHas = (m: Mention) =>
    apposed(m) ||
    [...ctx.entities[m.entity]!.roles, m.role ?? ''].some((r) => {
      const role = [...spelledOut(r).split(/\s+/), ...(r === m.role ? roleOwner(ctx, m) : [])];
      const has = (w: string) => role.some((x) => sameWord(x, w));
      return (role.includes(head) || (positional.length > 0 && GENERIC_HEADS.has(head))) && positional.every(has);
    });
  const persons = new Set(before.filter((m) => ctx.entities[m.entity]?.type === 'person' && roleHas(m)).map((m) => m.entity));
  if (persons.size) return persons.size === 1 ? [...persons][0]! : null;
  if (personNouns.has(head)) return onlyUnroled(ctx, before);
  if (!anaphors.has(head)) return null;
  const para = ctx.sentences.find((s) => s.start <= sp.at && s.end >= sp.at)?.paragraph ?? 0;
  const orgsFrom = (p: number) => [
    ...new Set(before.filter((m) => ctx.entities[m.entity]?.type === 'organization' && (ctx.sentences[m.sentence]?.paragraph ?? -9) >= p).map((m) => m.entity)),
  ];
  const orgs = orgsFrom(para - 1);
  const named = orgs.filter((e) => ctx.entities[e]!.name.toLowerCase().split(/\s+/).includes(head));
  if (named.length === 1) return named[0]!;
  if (orgs.length === 1) return orgs[0]!;
  // Several in the two paragraphs: the one organisation of the description's own paragraph, when it has just one.
  const here = orgsFrom(para);
  return here.length === 1 && !named.length ? here[0]! : null;
}

/** The one person named (outside quotations) in `before`, when the article gave them no role; else null. */
function onlyUnroled(ctx: StatementArticleContext, before: Mention[]): number | null {
  const persons = new Set(before.filter((m) => ctx.entities[m.entity]?.type === 'person').map((m) => m.entity));
  if (persons.size !== 1) return null;
  const [only] = persons;
  return ctx.entities[only!]!.roles.length === 0 && before.every((m) => m.entity !== only || !m.role) ? only! : null;
}
