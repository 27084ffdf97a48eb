/**
 * The statement extractor on labelled cases: each row is a text, the names in it (mentions are built by hand,
 * so these tests do not depend on find-mentions), the statements expected and the quoted strings that must not
 * come out. Speakers are compared by entity name; null means "unknown" (never a guess).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../pipeline/build/corpus.ts';
import { makeSplitter, type Abbreviations } from '../pipeline/language/sentences.ts';
import type { ArticleMentions, Entity, Mention, MentionType } from '../pipeline/language/mention-types.ts';
import { readText } from '../pipeline/language/document.ts';
import { extractStatements, saidOn, type SpeechVerbs, type StatementCandidate } from '../pipeline/statements/extract-statements.ts';

const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const verbs = parse(read('reference/speech-verbs.yaml')) as SpeechVerbs;
const split = makeSplitter(parse(read('reference/abbreviations.yaml')) as Abbreviations);

interface Name {
  surface: string;
  /** The role the name finder read in the text before this surface (the mention's own role). */
  mentionRole?: string;
  type?: MentionType;
  name?: string;
  gender?: 'male' | 'female';
  role?: string;
}

/** Every occurrence of each surface becomes a mention of the entity `name` (default: the surface). */
function mentionsFor(text: string, names: Name[]): ArticleMentions {
  const sentences = split(text);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const n of names) {
    const name = n.name ?? n.surface;
    let e = entities.find((x) => x.name === name);
    if (!e) entities.push((e = { id: entities.length, type: n.type ?? 'person', name, surfaces: [], roles: [], gender: n.gender ?? null, refersTo: null }));
    e.surfaces.push(n.surface);
    if (n.role) e.roles.push(n.role);
    for (let i = text.indexOf(n.surface); i >= 0; i = text.indexOf(n.surface, i + 1)) {
      const inside = mentions.some((m) => m.start <= i && m.end >= i + n.surface.length);
      if (inside || /\p{L}/u.test(text[i + n.surface.length] ?? '')) continue;
      mentions.push({
        start: i,
        end: i + n.surface.length,
        surface: n.surface,
        type: e.type,
        role: n.mentionRole ?? null,
        entity: e.id,
        sentence: sentences.findIndex((s) => s.start <= i && s.end > i),
        cue: 'test',
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

function run(text: string, names: Name[], opts: { title?: string; published?: string | null } = {}) {
  const full = opts.title ? `${opts.title}\n\n${text}` : text;
  const mentions = mentionsFor(full, names);
  const out = extractStatements(
    { ...readText({ text: full, bodyOffset: opts.title ? opts.title.length + 2 : 0, published: opts.published ?? null }, split(full)), mentions },
    verbs,
  );
  const speaker = (s: StatementCandidate) => (s.speakerEntity === null ? null : mentions.entities[s.speakerEntity]!.name);
  return out.map((s) => ({ ...s, speaker: speaker(s) }));
}

interface Case {
  name: string;
  text: string;
  names: Name[];
  title?: string;
  expect: { kind: StatementCandidate['kind']; quote: string; speaker: string | null; attribution?: string }[];
  mustNot?: string[];
}

const cases: Case[] = [
  {
    name: 'speaker after the quote, resumed quote is a continuation',
    text: '“This is the first step,” Ivo Marsh told reporters in the capital. “It will continue in the future.”',
    names: [{ surface: 'Ivo Marsh' }],
    expect: [
      { kind: 'direct', quote: 'This is the first step,', speaker: 'Ivo Marsh', attribution: 'told' },
      { kind: 'direct', quote: 'It will continue in the future.', speaker: 'Ivo Marsh', attribution: 'continuation' },
    ],
  },
  {
    name: 'inverted "said NAME" and a role prefix',
    text: '“Prices will fall before summer,” said Lars Henriksen. Finance Minister Ada Okoro declared: “There is no money left.”',
    names: [{ surface: 'Lars Henriksen' }, { surface: 'Ada Okoro' }],
    expect: [
      { kind: 'direct', quote: 'Prices will fall before summer,', speaker: 'Lars Henriksen', attribution: 'after' },
      { kind: 'direct', quote: 'There is no money left.', speaker: 'Ada Okoro', attribution: 'before' },
    ],
  },
  {
    name: 'apposition: description then name, name then description',
    text: '“We will appeal,” said Priya Raman, a lawyer for the families. The head of the court, Judge Walter Obi, said the verdict was final.',
    names: [{ surface: 'Priya Raman' }, { surface: 'Walter Obi' }],
    expect: [
      { kind: 'direct', quote: 'We will appeal,', speaker: 'Priya Raman', attribution: 'apposition' },
      { kind: 'indirect', quote: 'the verdict was final', speaker: 'Walter Obi', attribution: 'apposition' },
    ],
  },
  {
    name: 'an unlisted verb in the present of reporting works beside a quotation ("Vantor concludes")',
    text: '“She could win the general election in a landslide,” Rui Vantor concludes.',
    names: [{ surface: 'Rui Vantor' }],
    expect: [{ kind: 'direct', quote: 'She could win the general election in a landslide,', speaker: 'Rui Vantor' }],
  },
  {
    name: 'an unlisted verb works by structure',
    text: '“I would have had to renew my visa,” twinkled delegate Siobhán Kelleher. “Never again,” Tomas Berg grumbled.',
    names: [{ surface: 'Siobhán Kelleher' }, { surface: 'Tomas Berg' }],
    expect: [
      { kind: 'direct', quote: 'I would have had to renew my visa,', speaker: 'Siobhán Kelleher' },
      { kind: 'direct', quote: 'Never again,', speaker: 'Tomas Berg' },
    ],
  },
  {
    name: 'pronoun after a paragraph about the speaker; gender decides between two people',
    text: 'Rahul Mehta and Sofia Lindqvist disagree on the forecast.\n\n“The data do not support a slowdown,” she said.',
    names: [
      { surface: 'Rahul Mehta', gender: 'male' },
      { surface: 'Sofia Lindqvist', gender: 'female' },
    ],
    expect: [{ kind: 'direct', quote: 'The data do not support a slowdown,', speaker: 'Sofia Lindqvist', attribution: 'pronoun' }],
  },
  {
    name: 'an ambiguous pronoun stays unknown',
    text: 'Rahul Mehta met Sofia Lindqvist in Oslo.\n\n“We agreed on nothing,” she said.',
    names: [{ surface: 'Rahul Mehta' }, { surface: 'Sofia Lindqvist' }],
    expect: [{ kind: 'direct', quote: 'We agreed on nothing,', speaker: null }],
  },
  {
    name: 'partial quotes in a reported clause; a second clause of its own is indirect',
    text: 'Aid coordinator Leila Farah said the convoy had reached the city and that conditions there were “beyond anything we have seen.”',
    names: [{ surface: 'Leila Farah' }],
    expect: [
      { kind: 'indirect', quote: 'the convoy had reached the city', speaker: 'Leila Farah', attribution: 'before' },
      { kind: 'partial', quote: 'beyond anything we have seen.', speaker: 'Leila Farah' },
    ],
  },
  {
    name: 'quote words after a name in "CLAUSE, X said" with a surname-only speaker',
    text: 'At talks last month, the rebels agreed on the withdrawal of “all foreign troops,” said Stanik Vornov. The timetable must now be decided, Vornov said.',
    names: [{ surface: 'Stanik Vornov' }, { surface: 'Vornov', name: 'Stanik Vornov' }],
    expect: [
      { kind: 'partial', quote: 'all foreign troops,', speaker: 'Stanik Vornov', attribution: 'after' },
      { kind: 'indirect', quote: 'The timetable must now be decided', speaker: 'Stanik Vornov', attribution: 'after' },
    ],
  },
  {
    name: 'according to, before and after; a document is no speaker',
    text: 'The factory will close in June, according to Rafael Mendes. According to a 2022 audit, the agency overspent by 12 percent.',
    names: [{ surface: 'Rafael Mendes' }],
    expect: [{ kind: 'indirect', quote: 'The factory will close in June', speaker: 'Rafael Mendes', attribution: 'according-to' }],
  },
  {
    name: 'an outlet that passes words on is recorded apart; an outlet reporting in its own name speaks',
    text: 'According to a Bloomberg report, envoy Zamir Kovac said the call was “justified.” According to a report in the Argus Leader, the governor launched the campaign on Monday.',
    names: [{ surface: 'Bloomberg', type: 'organization' }, { surface: 'Zamir Kovac' }, { surface: 'Argus Leader', type: 'organization' }],
    expect: [
      { kind: 'partial', quote: 'justified.', speaker: 'Zamir Kovac' },
      { kind: 'indirect', quote: 'the governor launched the campaign on Monday', speaker: 'Argus Leader', attribution: 'according-to' },
    ],
  },
  {
    name: '"quoted X as saying": X speaks, the outlet is recorded apart',
    text: 'The Interfax agency quoted Deputy Minister Pavel Sorokin as saying that exports would resume “within days.”',
    names: [{ surface: 'Interfax', type: 'organization' }, { surface: 'Pavel Sorokin' }],
    expect: [{ kind: 'partial', quote: 'within days.', speaker: 'Pavel Sorokin', attribution: 'quoted-as-saying' }],
  },
  {
    name: 'told Reuters: the agency is the addressee',
    text: 'Ahmed Saleh, the director of a second hospital, told Reuters his generators had already stopped.',
    names: [{ surface: 'Ahmed Saleh' }, { surface: 'Reuters', type: 'organization' }],
    expect: [{ kind: 'indirect', quote: 'his generators had already stopped', speaker: 'Ahmed Saleh', attribution: 'told' }],
  },
  {
    name: 'multi-paragraph quotation with the attribution at its end is one statement',
    text: 'The minister read a statement.\n\n"We reviewed every contract. We found irregularities.\n\n"Those responsible will be referred to prosecutors," Elena Vasquez said.',
    names: [{ surface: 'Elena Vasquez' }],
    expect: [
      {
        kind: 'direct',
        quote: 'We reviewed every contract. We found irregularities. Those responsible will be referred to prosecutors,',
        speaker: 'Elena Vasquez',
      },
    ],
  },
  {
    name: 'a quote paragraph continues the previous speaker; with no speaker before it, nobody',
    text: '“The harvest was the worst in a decade,” farmer Kwame Asante said.\n\n“We lost half the maize.”\n\nRain came late. “The water came up through the floor.”',
    names: [{ surface: 'Kwame Asante' }],
    expect: [
      { kind: 'direct', quote: 'The harvest was the worst in a decade,', speaker: 'Kwame Asante' },
      { kind: 'direct', quote: 'We lost half the maize.', speaker: 'Kwame Asante', attribution: 'continuation' },
      { kind: 'direct', quote: 'The water came up through the floor.', speaker: null, attribution: 'none' },
    ],
  },
  {
    name: 'a sentence interrupted by its attribution is one statement',
    text: '“The plan,” said engineer Olu Bello, “was never to rebuild the station.”',
    names: [{ surface: 'Olu Bello' }],
    expect: [{ kind: 'direct', quote: 'The plan, was never to rebuild the station.', speaker: 'Olu Bello', attribution: 'after' }],
  },
  {
    name: 'a headline attributed by a colon: the name before it, or after it; a place or a label names no speaker',
    title: 'Keller: Deal is the last chance for a state',
    text: 'Adviser Jon Keller spoke in Bahrain on Tuesday.',
    names: [{ surface: 'Jon Keller' }, { surface: 'Keller', name: 'Jon Keller' }],
    expect: [{ kind: 'indirect', quote: 'Deal is the last chance for a state', speaker: 'Jon Keller', attribution: 'headline' }],
  },
  {
    name: 'a headline attributed by a colon and a name after it',
    title: 'Yemen talks end without a peace deal: Haddadi',
    text: 'Foreign Minister Karim Haddadi spoke in Kuwait on Saturday.',
    names: [{ surface: 'Karim Haddadi' }, { surface: 'Haddadi', name: 'Karim Haddadi' }],
    expect: [{ kind: 'indirect', quote: 'Yemen talks end without a peace deal', speaker: 'Karim Haddadi', attribution: 'headline' }],
  },
  {
    name: 'must not: "Syria: talks end without a deal" and "Analysis: ..." are no attributions',
    title: 'Syria: talks end without a deal',
    text: 'The talks in Geneva ended on Friday.',
    names: [{ surface: 'Syria', type: 'place' }],
    expect: [],
  },
  {
    name: 'headline quote in single marks takes its speaker from the body',
    title: 'Strike leader: ‘We will not go back without a contract’',
    text: '“We will not go back without a contract,” union leader Pieter de Vries told a rally.',
    names: [{ surface: 'Pieter de Vries' }],
    expect: [
      { kind: 'direct', quote: 'We will not go back without a contract', speaker: 'Pieter de Vries', attribution: 'headline' },
      { kind: 'direct', quote: 'We will not go back without a contract,', speaker: 'Pieter de Vries', attribution: 'told' },
    ],
  },
  {
    name: 'a headline that reports speech',
    title: 'Rebels Say They Want Foreign Troops Out in Months',
    text: 'The rebels met in Moscow.',
    names: [{ surface: 'Rebels', type: 'organization' }],
    expect: [{ kind: 'indirect', quote: 'They Want Foreign Troops Out in Months', speaker: 'Rebels', attribution: 'headline' }],
  },
  {
    name: 'unnamed speakers are unknown, with their description',
    text: '“We have fuel for three days,” a hospital director in Aden told Reuters. The talks failed, a senior official said.',
    names: [
      { surface: 'Aden', type: 'place' },
      { surface: 'Reuters', type: 'organization' },
    ],
    expect: [
      { kind: 'direct', quote: 'We have fuel for three days,', speaker: null },
      { kind: 'indirect', quote: 'The talks failed', speaker: null },
    ],
  },
  {
    name: 'scare quotes, names of formats, titles and nicknames are not statements',
    text: 'The ‘Minsk format’ talks resumed. Troops are officially “advising and assisting” the army. Director Ana Ruiz said her film, “The Salt Road,” took eleven years to finance. Boxer Sam “The Hammer” Adjei trains daily.',
    names: [{ surface: 'Ana Ruiz' }, { surface: 'Adjei' }],
    expect: [{ kind: 'indirect', quote: 'her film, “The Salt Road,” took eleven years to finance', speaker: 'Ana Ruiz' }],
    mustNot: ['Minsk format', 'advising and assisting', 'The Salt Road,', 'The Hammer'],
  },
  {
    name: 'generic groups, directives, hypotheticals and declined comment are not statements',
    text: 'Critics say the law gives police too much power. Tendai Moyo urged supporters to stay home. Police declined to comment. Fans might have wondered, “Who pays for all this?”',
    names: [{ surface: 'Tendai Moyo' }],
    expect: [],
    mustNot: ['Who pays for all this?'],
  },
  {
    name: 'nouns that look like speech verbs are not frames (held-out errors)',
    text: 'One county reporting station has seen no rain since September, said meteorologist Scott Ellery. Just like the tweets above, these sites offered no evidence for their claims. Heat the pears, then add a jar of honey. The researchers observed Europa for 17 nights, from February 2016 through May 2017. His repeated claims of ignorance of the banker’s “unbecoming” behaviour were contrasted with his memory. I wrote a long rant about this last year when it was apparent that sales fell.',
    names: [{ surface: 'Scott Ellery' }, { surface: 'Europa', type: 'place' }],
    expect: [{ kind: 'indirect', quote: 'One county reporting station has seen no rain since September', speaker: 'Scott Ellery', attribution: 'after' }],
    mustNot: ['unbecoming'],
  },
  {
    name: 'a pronoun does not resolve to a place typed as a person, and follows a chain of she',
    text: 'Jane Starner lives in North Manchester, Indiana. She spoke with pride of her nephew. She gave me an address for his sister, Martha Fry. “I cannot believe Martha would not want his books in print,” she said.',
    names: [{ surface: 'Jane Starner' }, { surface: 'North Manchester' }, { surface: 'Martha Fry' }],
    expect: [{ kind: 'direct', quote: 'I cannot believe Martha would not want his books in print,', speaker: 'Jane Starner', attribution: 'pronoun' }],
  },
  {
    name: 'a frame in an opening subordinate clause; a subordinate clause alone is no reported material',
    text: 'Before examiner Ann Ruiz concluded that the man hanged himself, his death was shadowed by rumours. As the charges were unsealed, Kathleen Sawyer testified before the committee.',
    names: [{ surface: 'Ann Ruiz' }, { surface: 'Kathleen Sawyer' }],
    expect: [{ kind: 'indirect', quote: 'the man hanged himself', speaker: 'Ann Ruiz' }],
  },
  {
    name: 'a chain of pronouns does not reach past the paragraph before the first one',
    text: 'Harriet Kell edited the books for years.\n\nThe aunt lives nearby. She spoke with pride of her nephew.\n\nShe gave me an address. “I cannot believe it,” she said.',
    names: [{ surface: 'Harriet Kell', gender: 'female' }],
    expect: [{ kind: 'direct', quote: 'I cannot believe it,', speaker: null }],
  },
  {
    name: 'speech reported inside a that-clause is no frame of its own; polls and releases are no speakers',
    text: 'Mark Polson said that after legal review the ministry had concluded the plan was lawful, saying he trusted the courts. An overwhelming 70 percent of voters say that the offense was serious. His sentencing is scheduled for Feb. 14, according to the office release.',
    names: [{ surface: 'Mark Polson' }],
    expect: [
      { kind: 'indirect', quote: 'after legal review the ministry had concluded the plan was lawful', speaker: 'Mark Polson' },
      { kind: 'indirect', quote: 'he trusted the courts', speaker: 'Mark Polson' },
    ],
  },
  {
    name: 'directives, future speech and a noun phrase after a comma are not frames',
    text: 'Officials have warned people to stay away from infected areas. What we will say is that the screen is bigger. The manual of the agency, part of the ministry, notes the ACU requirement that migrants be vaccinated.',
    names: [{ surface: 'ACU', type: 'organization' }],
    expect: [],
  },
  {
    name: 'a possessive later in the sentence is not the antecedent; a possessive before a far name decides nothing',
    text: 'Defenseman Ryan Sutton, who joked about Pavel Parr’s sticks, saw the frustration.\n\n“He is used to scoring,” he said.\n\nNora Quill’s first albums were bought by a company owned by manager Scott Brand.\n\n“It was the worst case,” she said.',
    names: [{ surface: 'Ryan Sutton' }, { surface: 'Pavel Parr' }, { surface: 'Nora Quill' }, { surface: 'Scott Brand' }],
    expect: [
      { kind: 'direct', quote: 'He is used to scoring,', speaker: 'Ryan Sutton' },
      { kind: 'direct', quote: 'It was the worst case,', speaker: null },
    ],
  },
  {
    name: 'an unnamed poster reported by an agency, with an unlisted verb and a colon',
    text: 'According to AFP, one user on Weibo, which is a social network, posted: “How did these two come to the city?”',
    names: [
      { surface: 'AFP', type: 'organization' },
      { surface: 'Weibo', type: 'organization' },
    ],
    expect: [{ kind: 'direct', quote: 'How did these two come to the city?', speaker: null }],
  },
  {
    name: 'negated forms, bare forms with a singular subject and objects are not reported speech (third audit)',
    text: 'You also can’t tell unless you are looking at the three together. The biggest note was how much fuller the sound appeared. Obama entered the race by warning candidates against moving too far to the left.',
    names: [{ surface: 'Obama' }],
    expect: [],
  },
  {
    name: 'a place typed as a person after "the" is no antecedent',
    text: 'Forecaster Scott Ellery spoke on Monday.\n\nThe northern Sierra Nevada has seen little rain this autumn, he said.',
    names: [{ surface: 'Scott Ellery' }, { surface: 'Sierra Nevada' }],
    expect: [{ kind: 'indirect', quote: 'The northern Sierra Nevada has seen little rain this autumn', speaker: 'Scott Ellery', attribution: 'pronoun' }],
  },
  {
    name: 'nested quotations stay inside the outer one',
    text: '“When the inspector came in, he told us, ‘Close the kitchen today,’” owner Hana Kobayashi said.',
    names: [{ surface: 'Hana Kobayashi' }],
    expect: [{ kind: 'direct', quote: 'When the inspector came in, he told us, ‘Close the kitchen today,’', speaker: 'Hana Kobayashi' }],
    mustNot: ['Close the kitchen today,'],
  },
  {
    name: 'an organisation speaks, then "it" continues',
    text: 'The Ministry of Information called the report “biased.” In a statement, it said the authors had “ignored” official data.',
    names: [{ surface: 'Ministry of Information', type: 'organization' }],
    expect: [
      { kind: 'partial', quote: 'biased.', speaker: 'Ministry of Information' },
      { kind: 'partial', quote: 'ignored', speaker: 'Ministry of Information', attribution: 'pronoun' },
    ],
  },
  {
    name: '"the agency": the one organisation of its own paragraph when the paragraph before names another',
    text: 'Researchers at the Halden Institute worked with Orvana Space on the probe.\n\nThe moon is a priority target for Orvana Space, according to the agency.',
    names: [
      { surface: 'Halden Institute', type: 'organization' },
      { surface: 'Orvana Space', type: 'organization' },
    ],
    expect: [{ kind: 'indirect', quote: 'The moon is a priority target for Orvana Space', speaker: 'Orvana Space' }],
  },
  {
    name: 'must not: "the agency" with two organisations in its own paragraph stays unknown',
    text: 'Researchers at the Halden Institute worked with Orvana Space on the probe.\n\nThe moon is a priority for Orvana Space and the Halden Institute, according to the agency.',
    names: [
      { surface: 'Halden Institute', type: 'organization' },
      { surface: 'Orvana Space', type: 'organization' },
    ],
    expect: [{ kind: 'indirect', quote: 'The moon is a priority for Orvana Space and the Halden Institute', speaker: null }],
  },
  {
    name: '"NAME and his colleague" gives the name its gender for a later "she"',
    text: 'Analyst Tomas Berg and his colleague, Lena Holt, disagree on the outlook. Berg expects a slowdown; Holt does not.\n\n“The numbers do not show it,” she said.',
    names: [
      { surface: 'Tomas Berg' },
      { surface: 'Berg', name: 'Tomas Berg' },
      { surface: 'Lena Holt', gender: 'female' },
      { surface: 'Holt', name: 'Lena Holt' },
    ],
    expect: [{ kind: 'direct', quote: 'The numbers do not show it,', speaker: 'Lena Holt', attribution: 'pronoun' }],
  },
  {
    name: 'must not: without the possessive, a person of unknown gender keeps "she" ambiguous',
    text: 'Analyst Tomas Berg and Lena Holt disagree on the outlook. Berg expects a slowdown; Holt does not.\n\n“The numbers do not show it,” she said.',
    names: [
      { surface: 'Tomas Berg' },
      { surface: 'Berg', name: 'Tomas Berg' },
      { surface: 'Lena Holt', gender: 'female' },
      { surface: 'Holt', name: 'Lena Holt' },
    ],
    expect: [{ kind: 'direct', quote: 'The numbers do not show it,', speaker: null }],
  },
  {
    name: 'a person after the quotation with an unclosed apposition before "told"',
    text: '“This is mostly due to the wind,” Mira Castell, a research analyst at the Lund Council on Energy and Water think tank told Radio Nord.',
    names: [{ surface: 'Mira Castell' }, { surface: 'Lund Council on Energy', type: 'organization' }, { surface: 'Radio Nord', type: 'organization' }],
    expect: [{ kind: 'direct', quote: 'This is mostly due to the wind,', speaker: 'Mira Castell' }],
  },
  {
    name: 'must not: a clause after the name is no apposition',
    text: '“This is mostly due to the wind,” Mira Castell, and the analysts who were at the council told Radio Nord.',
    names: [{ surface: 'Mira Castell' }, { surface: 'Radio Nord', type: 'organization' }],
    expect: [{ kind: 'direct', quote: 'This is mostly due to the wind,', speaker: null }],
  },
  {
    name: '"the office of NAME said": the person speaks through the office',
    text: 'This is the first such meeting, the office of Foreign Minister Karel Dvorak said.',
    names: [{ surface: 'Karel Dvorak' }],
    expect: [{ kind: 'indirect', quote: 'This is the first such meeting', speaker: 'Karel Dvorak' }],
  },
  {
    name: 'must not: "a spokesman for the office of NAME" is not the person',
    text: 'This is the first such meeting, a spokesman for the office of Karel Dvorak said.',
    names: [{ surface: 'Karel Dvorak' }],
    expect: [{ kind: 'indirect', quote: 'This is the first such meeting', speaker: null }],
  },
  {
    name: 'a paragraph that is one quotation without a closing mark is a pull quote, not a continuation',
    text: 'Ana Ruiz spoke at length.\n\n“The plan will work,” Ruiz said.\n\n“… protect the civilians of the valley”\n\nOthers disagreed with her.',
    names: [{ surface: 'Ana Ruiz' }, { surface: 'Ruiz', name: 'Ana Ruiz' }],
    expect: [
      { kind: 'direct', quote: 'The plan will work,', speaker: 'Ana Ruiz' },
      { kind: 'direct', quote: '… protect the civilians of the valley', speaker: null },
    ],
  },
  {
    name: 'a headline quotation put together from one speaker’s words in the body',
    title: '‘Our aim is to end occupation’: group seeks talks',
    text: '“We will not accept a single soldier here,” said the head of the delegation, Omar Vance, adding that the group’s “main aim” is to “put an end” to the “occupation” of the valley.',
    names: [{ surface: 'Omar Vance' }],
    expect: [
      { kind: 'direct', quote: 'Our aim is to end occupation', speaker: 'Omar Vance', attribution: 'headline' },
      { kind: 'direct', quote: 'We will not accept a single soldier here,', speaker: 'Omar Vance' },
      { kind: 'partial', quote: 'main aim', speaker: 'Omar Vance' },
      { kind: 'partial', quote: 'put an end', speaker: 'Omar Vance' },
      { kind: 'partial', quote: 'occupation', speaker: 'Omar Vance' },
    ],
  },
  {
    name: 'must not: a headline quotation whose words are not all in one speaker’s sentence stays unknown',
    title: '‘Our aim is to end occupation’: group seeks talks',
    text: '“We will not accept a single soldier here,” said the head of the delegation, Omar Vance, adding that the group’s “main aim” is peace.',
    names: [{ surface: 'Omar Vance' }],
    expect: [
      { kind: 'direct', quote: 'Our aim is to end occupation', speaker: null, attribution: 'headline' },
      { kind: 'direct', quote: 'We will not accept a single soldier here,', speaker: 'Omar Vance' },
      { kind: 'partial', quote: 'main aim', speaker: 'Omar Vance' },
    ],
  },
  {
    name: 'documents read as a verb: the named one who issued them speaks',
    text: 'Pressure grew as the Office of the Auditor released two highly critical reports that depicted “delays and cost overruns” at the port.',
    names: [{ surface: 'Office of the Auditor', type: 'organization' }],
    expect: [{ kind: 'partial', quote: 'delays and cost overruns', speaker: 'Office of the Auditor' }],
  },
  {
    name: 'must not: documents with no named issuer keep no speaker',
    text: 'Pressure grew as officials released two highly critical reports that depicted “delays and cost overruns” at the port.',
    names: [],
    expect: [{ kind: 'partial', quote: 'delays and cost overruns', speaker: null }],
  },
  {
    name: '"introduced X as “...”" names X in the subject’s words',
    text: 'Lund introduced Varga to the audience as “someone who has changed what it means to lead.”',
    names: [{ surface: 'Lund' }, { surface: 'Varga' }],
    expect: [{ kind: 'partial', quote: 'someone who has changed what it means to lead.', speaker: 'Lund' }],
  },
  {
    name: 'a colon quotation whose clause names nobody goes on with the speaker of the paragraph before',
    text: '“I needed the whole script,” Ilse Marten said. “And as soon as I read it, I understood.”\n\nThat process led to a realization: “It was really a song about home and about the people who stay in it.”',
    names: [{ surface: 'Ilse Marten' }],
    expect: [
      { kind: 'direct', quote: 'I needed the whole script,', speaker: 'Ilse Marten' },
      { kind: 'direct', quote: 'And as soon as I read it, I understood.', speaker: 'Ilse Marten' },
      { kind: 'direct', quote: 'It was really a song about home and about the people who stay in it.', speaker: 'Ilse Marten' },
    ],
  },
  {
    name: 'must not: a colon quotation whose clause names someone else is not the previous speaker’s',
    text: '“I needed the whole script,” Ilse Marten said. “And as soon as I read it, I understood.”\n\nThe label of Piet Oster had a message: “It was really a song about home and about the people who stay in it.”',
    names: [{ surface: 'Ilse Marten' }, { surface: 'Piet Oster' }],
    expect: [
      { kind: 'direct', quote: 'I needed the whole script,', speaker: 'Ilse Marten' },
      { kind: 'direct', quote: 'And as soon as I read it, I understood.', speaker: 'Ilse Marten' },
      { kind: 'direct', quote: 'It was really a song about home and about the people who stay in it.', speaker: null },
    ],
  },
  {
    name: 'an embedded post loses the symbols that point at its link',
    text: 'The governor answered her critics online.\n\nThe point of this campaign is awareness. So it is working #thanks\n⬇️⬇️⬇️ https://t.co/AbC123\n\n— Dana Holm (@danaholm) November 18, 2019',
    names: [{ surface: 'Dana Holm' }],
    expect: [{ kind: 'direct', quote: 'The point of this campaign is awareness. So it is working #thanks', speaker: 'Dana Holm' }],
  },
  {
    name: '"the suspect" after "The suspect, NAME," earlier in the article',
    text: 'The suspect, Ole Brandt, was convicted last week.\n\nOfficers found Brandt in a hotel room, and Rita Vos saw them.\n\nThe suspect said he needed to get dressed.',
    names: [{ surface: 'Ole Brandt' }, { surface: 'Brandt', name: 'Ole Brandt' }, { surface: 'Rita Vos' }],
    expect: [{ kind: 'indirect', quote: 'he needed to get dressed', speaker: 'Ole Brandt' }],
  },
  {
    name: 'must not: "the suspect" with no name ever put beside that word stays unknown',
    text: 'Ole Brandt was convicted last week.\n\nOfficers found Brandt in a hotel room, and Rita Vos saw them.\n\nThe suspect said he needed to get dressed.',
    names: [{ surface: 'Ole Brandt' }, { surface: 'Brandt', name: 'Ole Brandt' }, { surface: 'Rita Vos' }],
    expect: [{ kind: 'indirect', quote: 'he needed to get dressed', speaker: null }],
  },
  {
    name: '"According to NAME, her former label X, which ...": the piece before the relative clause opens the reported clause',
    text: 'According to Nora Lind, her former label Vantor, which owns her recordings, is preventing her from performing her old songs.',
    names: [{ surface: 'Nora Lind' }, { surface: 'Vantor', type: 'organization' }],
    expect: [
      { kind: 'indirect', quote: 'her former label Vantor, which owns her recordings, is preventing her from performing her old songs', speaker: 'Nora Lind' },
    ],
  },
  {
    name: 'must not: "According to NAME, a lawyer for X," keeps the apposition out of the reported clause',
    text: 'According to Nora Lind, a lawyer for the family, the company is preventing her from performing her old songs.',
    names: [{ surface: 'Nora Lind' }],
    expect: [{ kind: 'indirect', quote: 'the company is preventing her from performing her old songs', speaker: 'Nora Lind' }],
  },
  {
    name: 'quoted words in the predicate of an act that evaluates or asks are the subject’s partial quotes',
    text: 'Envoy Mara Lind urged the parties to meet “so that talks can start without delay”. Minister Ivo Sand welcomed the “constructive commitment” of both sides. Lind called on the factions to take “bold steps” soon.',
    names: [{ surface: 'Mara Lind' }, { surface: 'Ivo Sand' }, { surface: 'Lind', name: 'Mara Lind' }],
    expect: [
      { kind: 'partial', quote: 'so that talks can start without delay', speaker: 'Mara Lind' },
      { kind: 'partial', quote: 'constructive commitment', speaker: 'Ivo Sand' },
      { kind: 'partial', quote: 'bold steps', speaker: 'Mara Lind' },
    ],
  },
  {
    name: 'must not: a quoted word that modifies the noun after it is a scare quote, whatever the verb',
    text: 'The ombudsman’s office under Ana Ruiz called on the “interim” government to withdraw the troops.',
    names: [{ surface: 'Ana Ruiz' }],
    expect: [],
    mustNot: ['interim'],
  },
  {
    name: '", he said": a name inside the material the pronoun reports is not its speaker',
    text: 'The accord covers prisoners, Minister Omar Haddad said.\n\nThe deal came after talks with the envoy Lukas Brenner in Oslo, he said.',
    names: [
      { surface: 'Omar Haddad', gender: 'male' },
      { surface: 'Lukas Brenner', gender: 'male' },
    ],
    expect: [
      { kind: 'indirect', quote: 'The accord covers prisoners', speaker: 'Omar Haddad' },
      { kind: 'indirect', quote: 'The deal came after talks with the envoy Lukas Brenner in Oslo', speaker: 'Omar Haddad' },
    ],
  },
  {
    name: 'a title points back to the one person named so far when the article gave that person no role',
    text: 'Amara Keita expressed hope for a deal.\n\nThe director-general from Mali said the world had changed.',
    names: [{ surface: 'Amara Keita' }],
    expect: [{ kind: 'indirect', quote: 'the world had changed', speaker: 'Amara Keita' }],
  },
  {
    name: 'a staff title brings in someone new, and a title with two people named stays unknown',
    text: 'Amara Keita expressed hope for a deal.\n\nThe spokesman said the world had changed.\n\nAmara Keita met Jonas Berg. The minister said talks would go on.',
    names: [{ surface: 'Amara Keita' }, { surface: 'Jonas Berg' }],
    expect: [
      { kind: 'indirect', quote: 'the world had changed', speaker: null },
      { kind: 'indirect', quote: 'talks would go on', speaker: null },
    ],
  },
  {
    name: 'a role with a preposition that the name finder read ("Special Envoy for Yemen NAME") is no prepositional phrase',
    text: 'Special Envoy for Yemen Hans Lind announced on Wednesday that the talks would go on.',
    names: [{ surface: 'Hans Lind', mentionRole: 'Special Envoy for Yemen' }],
    expect: [{ kind: 'indirect', quote: 'the talks would go on', speaker: 'Hans Lind' }],
  },
  {
    name: 'speech in a noun: "X’s announcement that", "his warning that", "expressed cautious optimism on Sunday that"',
    text: 'The meeting followed Rui Sal’s announcement Monday that indirect talks had begun. Envoy Ana Pell expressed cautious optimism on Sunday that ministers would agree on a deal.',
    names: [{ surface: 'Rui Sal' }, { surface: 'Ana Pell' }],
    expect: [
      { kind: 'indirect', quote: 'indirect talks had begun', speaker: 'Rui Sal' },
      { kind: 'indirect', quote: 'ministers would agree on a deal', speaker: 'Ana Pell' },
    ],
  },
  {
    name: 'a noun’s clause is no host: the sentence’s own frame keeps its quotation',
    text: 'Asked about Rui Sal’s claim that it had been a bomb, Ana Pell said, “I think it is important to know the facts.”',
    names: [{ surface: 'Rui Sal' }, { surface: 'Ana Pell' }],
    expect: [
      { kind: 'indirect', quote: 'it had been a bomb', speaker: 'Rui Sal' },
      { kind: 'direct', quote: 'I think it is important to know the facts.', speaker: 'Ana Pell' },
    ],
  },
  {
    name: '"The statement said": the issuer of the statement the article last reported from',
    text: 'In a statement, the Vantor Group said the talks were over.\n\nThe statement said both sides would meet again in June.',
    names: [{ surface: 'Vantor Group', type: 'organization' }],
    expect: [
      { kind: 'indirect', quote: 'the talks were over', speaker: 'Vantor Group' },
      { kind: 'indirect', quote: 'both sides would meet again in June', speaker: 'Vantor Group' },
    ],
  },
  {
    name: 'a single word of a three-word name that the name finder left unlinked names that person',
    text: 'President Luka Deng Mabior signed the deal.\n\n“We have fulfilled the dreams of our people,” said Deng.',
    names: [{ surface: 'Luka Deng Mabior' }],
    expect: [{ kind: 'direct', quote: 'We have fulfilled the dreams of our people,', speaker: 'Luka Deng Mabior' }],
  },
  {
    name: 'a courtesy title before a surname is no role ("Mr Hale said")',
    text: 'Mr Hale said the talks would go on.',
    names: [{ surface: 'Hale', name: 'Owen Hale' }],
    expect: [{ kind: 'indirect', quote: 'the talks would go on', speaker: 'Owen Hale' }],
  },
  {
    name: 'a person, a comma and a role running to the verb ("NAME, acting foreign minister said"); a hyphen sets a role apart',
    text: 'Later Marco Ellis, acting foreign minister said the rebels should wait. Ivo Banda- the rebel spokesman, told the paper that he was at the front.',
    names: [{ surface: 'Marco Ellis' }, { surface: 'Ivo Banda' }],
    expect: [
      { kind: 'indirect', quote: 'the rebels should wait', speaker: 'Marco Ellis' },
      { kind: 'indirect', quote: 'he was at the front', speaker: 'Ivo Banda' },
    ],
  },
  {
    name: '"went on to say", "informed the council that"; "plans to say" is no statement yet',
    text: 'Minister Ana Pell went on to say that the talks were over. Pell informed the council that the deal was done. Pell plans to say that she won.',
    names: [{ surface: 'Ana Pell' }, { surface: 'Pell', name: 'Ana Pell' }],
    expect: [
      { kind: 'indirect', quote: 'the talks were over', speaker: 'Ana Pell' },
      { kind: 'indirect', quote: 'the deal was done', speaker: 'Ana Pell' },
    ],
  },
  {
    name: 'a quotation standing alone after reported speech goes on with its speaker; after a sentence about a person, that person',
    text: 'Envoy Rui Sal said the talks were over. “We met the rebels yesterday.”\n\nSecretary Ana Pell downplayed the prospect of a deal. “I think the most we get is a truce.”\n\nPolice arrested Tomas Berg. “He was a quiet man.”',
    names: [{ surface: 'Rui Sal' }, { surface: 'Ana Pell' }, { surface: 'Tomas Berg' }],
    expect: [
      { kind: 'indirect', quote: 'the talks were over', speaker: 'Rui Sal' },
      { kind: 'direct', quote: 'We met the rebels yesterday.', speaker: 'Rui Sal', attribution: 'continuation' },
      { kind: 'direct', quote: 'I think the most we get is a truce.', speaker: 'Ana Pell', attribution: 'continuation' },
      { kind: 'direct', quote: 'He was a quiet man.', speaker: null },
    ],
  },
  {
    name: 'an inverted speaker with an abbreviated title ("said Mr. Halvorsen", "said Gen. Tomas R. Lindqvist") is the person, not "Mr"',
    text: '“She is well prepared,” said Mr. Halvorsen. “It works,” said Gen. Tomas R. Lindqvist, the former director.',
    names: [{ surface: 'Halvorsen' }, { surface: 'Tomas R. Lindqvist' }],
    expect: [
      { kind: 'direct', quote: 'She is well prepared,', speaker: 'Halvorsen' },
      { kind: 'direct', quote: 'It works,', speaker: 'Tomas R. Lindqvist' },
    ],
  },
  {
    name: 'a paragraph that ends "NAME continued:" introduces the quotation opening the next',
    text: 'Envoy Rui Sal met the press.\n\nLater Rui Sal went further:\n\n“Nobody trusts the talks anymore.”',
    names: [{ surface: 'Rui Sal' }],
    expect: [{ kind: 'direct', quote: 'Nobody trusts the talks anymore.', speaker: 'Rui Sal' }],
  },
  {
    name: 'do-support before a bare verb ("did say") and quoted words after "expressed" are the subject’s',
    text: 'Envoy Rui Sal did say “we are starting that process very quickly” when asked. Minister Ana Pell expressed her “consternation” to the general.',
    names: [{ surface: 'Rui Sal' }, { surface: 'Ana Pell' }],
    expect: [
      { kind: 'partial', quote: 'we are starting that process very quickly', speaker: 'Rui Sal' },
      { kind: 'partial', quote: 'consternation', speaker: 'Ana Pell' },
    ],
  },
  {
    name: 'participles of naming and acts hang on their clause’s subject ("..., calling him “...”", "..., urging the sides to take “...”")',
    text: 'Rui Sal lashed out at Ana Pell on Tuesday, calling her “the most reckless envoy in our history.” Ana Pell spoke on Monday, urging the sides to take “bold steps.”',
    names: [{ surface: 'Rui Sal' }, { surface: 'Ana Pell' }],
    expect: [
      { kind: 'partial', quote: 'the most reckless envoy in our history.', speaker: 'Rui Sal' },
      { kind: 'partial', quote: 'bold steps.', speaker: 'Ana Pell' },
    ],
  },
  {
    name: 'a medium’s noun phrase and a closing "to" phrase are adjuncts of the frame; "pointed to X" is an object',
    text: 'Democrats had “put the biggest crack” in the ceiling, Ana Pell said in a video message to the convention. The talks will go on, Rui Sal said to reporters in Geneva. Ana Pell pointed to the success of the conference in 2021, where members agreed.',
    names: [{ surface: 'Ana Pell' }, { surface: 'Rui Sal' }],
    expect: [
      { kind: 'partial', quote: 'put the biggest crack', speaker: 'Ana Pell' },
      { kind: 'indirect', quote: 'The talks will go on', speaker: 'Rui Sal' },
    ],
  },
  {
    name: 'a coordinated verb alone after ", and" shares its clause’s subject, not the last name before it',
    text: 'Envoy Rui Sal spoke in Brussels. He did not want to comment on Ana Pell’s lawsuit, and said that there were many statements for the media.',
    names: [
      { surface: 'Rui Sal', gender: 'male' },
      { surface: 'Ana Pell', gender: 'female' },
    ],
    expect: [{ kind: 'indirect', quote: 'there were many statements for the media', speaker: 'Rui Sal' }],
  },
  {
    name: 'a quotation signed after a dash ("“...” ― NAME") is that person’s; a dash before a place signs nothing',
    text: '“He is ignorant of our culture and of our lives.”― Pamela Reyes\n\n“Nobody here wants another round of talks.” — Geneva',
    names: [{ surface: 'Pamela Reyes' }, { surface: 'Geneva', type: 'place' }],
    expect: [
      { kind: 'direct', quote: 'He is ignorant of our culture and of our lives.', speaker: 'Pamela Reyes' },
      { kind: 'direct', quote: 'Nobody here wants another round of talks.', speaker: null },
    ],
  },
  {
    name: 'an infinitive inside the subject of the reported clause ("said the failure to reach a deal stemmed from ...")',
    text: 'Premier Ola Brandt said the failure to reach a deal stemmed from a quarrel over fishing quotas.',
    names: [{ surface: 'Ola Brandt' }],
    expect: [{ kind: 'indirect', quote: 'the failure to reach a deal stemmed from a quarrel over fishing quotas', speaker: 'Ola Brandt' }],
  },
  {
    name: 'a directive with an infinitive is no reported clause',
    text: 'Premier Ola Brandt warned the fishermen to stay in port.',
    names: [{ surface: 'Ola Brandt' }],
    expect: [],
  },
  {
    name: 'a speech verb with a mere object inside the reported clause does not cut it ("said the group maintained its desire ...")',
    text: 'The rebel leader, Tiro Amadi, said the movement maintained its desire for peace despite the lost vote.',
    names: [{ surface: 'Tiro Amadi' }],
    expect: [{ kind: 'indirect', quote: 'the movement maintained its desire for peace despite the lost vote', speaker: 'Tiro Amadi' }],
  },
  {
    name: 'a later speech verb with its own clause still ends the material before it',
    text: 'Envoy Rui Sal said the mediator Ana Pell warned that the truce was fragile.',
    names: [{ surface: 'Rui Sal' }, { surface: 'Ana Pell' }],
    expect: [{ kind: 'indirect', quote: 'the truce was fragile', speaker: 'Ana Pell' }],
  },
  {
    name: 'a finite verb after ", and" is the speaker\'s next predicate, not more of the reported clause',
    text: 'Minister Dara Voss says that the army is withdrawing, and rejects any talk of a new offensive.',
    names: [{ surface: 'Dara Voss' }],
    expect: [{ kind: 'indirect', quote: 'the army is withdrawing', speaker: 'Dara Voss' }],
  },
];

describe('extractStatements', () => {
  it.each(cases)('$name', (c) => {
    const out = run(c.text, c.names, { title: c.title });
    const got = out.map((s) => ({
      kind: s.kind,
      quote: s.quote,
      speaker: s.speaker,
      ...(c.expect.some((e) => e.quote === s.quote && e.attribution) ? { attribution: s.attribution } : {}),
    }));
    expect(got).toEqual(c.expect.map((e) => ({ kind: e.kind, quote: e.quote, speaker: e.speaker, ...(e.attribution ? { attribution: e.attribution } : {}) })));
    for (const m of c.mustNot ?? [])
      expect(
        out.map((s) => s.quote),
        m,
      ).not.toContain(m);
  });

  it('makes one statement of a quotation interrupted by its attribution, with the offsets of its pieces', () => {
    const text = 'Talks resumed.\n\n“We will go back,” Envoy Tomas Reyes said, “and we will win the peace.”';
    const out = run(text, [{ surface: 'Tomas Reyes' }]);
    expect(out.map((s) => [s.kind, s.quote, s.speaker])).toEqual([['direct', 'We will go back, and we will win the peace.', 'Tomas Reyes']]);
    expect(out[0]!.pieces!.map((p) => text.slice(p.start, p.end))).toEqual(['We will go back,', 'and we will win the peace.']);
  });

  it('makes one statement of a quotation left open at the end of its paragraph and going on in the next', () => {
    const text = 'Envoy Tomas Reyes said: “The first round is over.\n\n“The second begins in June.”\n\nTalks resumed.';
    const out = run(text, [{ surface: 'Tomas Reyes' }]);
    expect(out.map((s) => [s.kind, s.quote, s.speaker])).toEqual([['direct', 'The first round is over. The second begins in June.', 'Tomas Reyes']]);
    expect(out[0]!.pieces).toHaveLength(2);
  });

  it('keeps two quotations apart when the first one closes: a new quotation is a new statement', () => {
    const text = '“We will go back,” Envoy Tomas Reyes said.\n\n“The second round begins in June.”';
    const out = run(text, [{ surface: 'Tomas Reyes' }]);
    expect(out.map((s) => [s.quote, s.pieces])).toEqual([
      ['We will go back,', null],
      ['The second round begins in June.', null],
    ]);
  });

  it('keeps a courtesy title out of the speaker role ("Mr Hale said", "Mrs. May said")', () => {
    const out = run('Mr Hale said the talks would go on. Mrs. May said the deal was done.', [{ surface: 'Hale' }, { surface: 'May' }]);
    expect(out.map((s) => [s.speaker, s.speakerRole])).toEqual([
      ['Hale', null],
      ['May', null],
    ]);
  });

  it('dates the speech by an adjunct that opens the sentence with a preposition, not by a clause before it', () => {
    const names = [{ surface: 'Mahdi Salem' }];
    const [a] = run('In a statement issued late on Tuesday, senior rebel leader Mahdi Salem confirmed that the talks would go on.', names, {
      published: '2016-04-20',
    });
    expect(a!.saidOn).toMatchObject({ value: '2016-04-19', basis: 'stated' });
    const [b] = run('The first round of talks in Doha on Tuesday was tense, envoy Mahdi Salem said.', names, { published: '2016-04-20' });
    expect(b!.saidOn).toMatchObject({ value: '2016-04-20', basis: 'publication' });
  });

  it('gives offsets of the quoted words and of the evidence sentence', () => {
    const text = 'Rain fell. “We are ready,” said captain Sione Tupou.';
    const [s] = run(text, [{ surface: 'Sione Tupou' }]);
    expect(text.slice(s!.quoteStart, s!.quoteEnd)).toBe('We are ready,');
    expect(text.slice(s!.evidenceStart, s!.evidenceEnd)).toBe('“We are ready,” said captain Sione Tupou.');
  });

  it('records the medium, the outlet that passed the words on and the role', () => {
    const [a] = run('Farida Noorzai, head of the media centre, said on Twitter that the talks were "a betrayal."', [{ surface: 'Farida Noorzai' }]);
    expect(a).toMatchObject({ kind: 'partial', speaker: 'Farida Noorzai', medium: 'on Twitter', speakerRole: 'head of the media centre' });
    const [b] = run('The U.S. will withdraw half of its troops by April, the state news agency reported, citing a rebel commander.', []);
    expect(b).toMatchObject({ kind: 'indirect', speaker: null, speakerSurface: 'a rebel commander', reportedBy: 'the state news agency' });
    const c = run('According to a Bloomberg report, envoy Zamir Kovac said the call was “justified.”', [
      { surface: 'Bloomberg', type: 'organization' },
      { surface: 'Zamir Kovac' },
    ]);
    expect(c[0]).toMatchObject({ speaker: 'Zamir Kovac', reportedBy: 'Bloomberg' });
  });
});

describe('sentences', () => {
  it('ends a sentence at a line break after its final stop, as at a space, and never inside a wrapped line', () => {
    const text = 'Holm said the network would change.\n“We will grow,” he wrote. The talks\nwent on.';
    expect(split(text).map((s) => s.text)).toEqual(['Holm said the network would change.', '“We will grow,” he wrote.', 'The talks\nwent on.']);
  });
});

describe('saidOn', () => {
  it.each([
    ['argued on May 18 that', '2019-05-28', { value: '2019-05-18', precision: 'day', basis: 'stated', text: 'May 18' }],
    ['Odhiambo said on Tuesday', '2019-05-29', { value: '2019-05-28', precision: 'day', basis: 'stated', text: 'Tuesday' }],
    ['Odhiambo said on Friday', '2019-05-29', { value: '2019-05-24', precision: 'day', basis: 'stated', text: 'Friday' }],
    ['Late last year, officials confirmed', '2019-05-29', { value: '2018', precision: 'year', basis: 'stated', text: 'Late last year' }],
    // 2019-05-29 is a Wednesday: last week is Monday 20 to Sunday 26 May, ISO week 21.
    ['Odhiambo said last week', '2019-05-29', { value: '2019-W21', precision: 'week', basis: 'stated', text: 'last week' }],
    // A date after publication is no time of saying (the text dates something else): the publication stands in.
    ['Odhiambo said talks resume on June 3, 2019', '2019-05-29', { value: '2019-05-29', precision: 'day', basis: 'publication', text: null }],
    ['Odhiambo said', '2019-05-28T22:05', { value: '2019-05-28', precision: 'day', basis: 'publication', text: null }],
    ['Odhiambo said', '2019-05', { value: '2019-05', precision: 'month', basis: 'publication', text: null }],
    ['Odhiambo said on Tuesday', '2019', { value: '2019', precision: 'year', basis: 'publication', text: null }],
    ['said on September 11, 2017', null, { value: '2017-09-11', precision: 'day', basis: 'stated', text: 'September 11, 2017' }],
  ] as const)('%s (published %s)', (region, published, expected) => {
    expect(saidOn(region, published)).toEqual(expected);
  });

  it('is null with no publication date and no stated year (never read against the clock)', () => {
    expect(saidOn('Odhiambo said on Tuesday', null)).toBeNull();
    expect(saidOn('Late last year, officials confirmed', null)).toBeNull();
  });

  it('reads the date of the speech act, not a date inside the reported clause', () => {
    const [s] = run('Indonesian Foreign Minister Retno Marsudi said on Friday that Jakarta will host talks on Monday.', [{ surface: 'Retno Marsudi' }], {
      published: '2019-05-29',
    });
    expect(s!.saidOn).toMatchObject({ value: '2019-05-24', basis: 'stated' });
  });
});

describe('reference/speech-verbs.yaml', () => {
  const data = parse(read('reference/speech-verbs.yaml')) as Record<string, string[]>;
  it('has sorted, unique, lower-case lists', () => {
    expect(Object.keys(data)).toEqual([...Object.keys(data)].sort());
    for (const [key, words] of Object.entries(data)) {
      expect(words, key).toEqual([...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      for (const w of words) expect(w, key).toBe(w.toLowerCase());
    }
  });

  it('only helps: with empty lists a quotation still gets its speaker by structure', () => {
    const empty = Object.fromEntries(Object.keys(data).map((k) => [k, []])) as unknown as SpeechVerbs;
    const text = '“We are ready,” Sione Tupou quipped.';
    const mentions = mentionsFor(text, [{ surface: 'Sione Tupou' }]);
    const [s] = extractStatements({ ...readText({ text, bodyOffset: 0, published: null }, split(text)), mentions }, empty);
    expect(s).toMatchObject({ kind: 'direct', quote: 'We are ready,', speakerEntity: 0 });
  });
});

describe('reported material with no comma after it', () => {
  it('runs to the end of the unit instead of past it (a missing comma once crashed the build)', () => {
    const got = run('When Ivan Petrovsky said the talks had failed the envoys went home', [{ surface: 'Ivan Petrovsky' }]);
    expect(() => run('Ivan Petrovsky told reporters the talks had failed and nobody would return', [{ surface: 'Ivan Petrovsky' }])).not.toThrow();
    for (const s of got) expect(s.quoteEnd).toBeLessThanOrEqual(66);
  });
});

describe('a name in apposition to a description', () => {
  it('is the speaker after a common noun ("the spokesperson for the committee NAME said")', () => {
    const [s] = run('The spokesperson for the committee Ivan Petrovsky said the talks had failed.', [{ surface: 'Ivan Petrovsky' }]);
    expect(s).toMatchObject({ kind: 'indirect', speaker: 'Ivan Petrovsky' });
  });
  it('is the object of the preposition after a title ("a spokesman for President NAME said")', () => {
    const [s] = run('A spokesman for President Ivan Petrovsky said the talks had failed.', [{ surface: 'Ivan Petrovsky' }]);
    expect(s).toMatchObject({ kind: 'indirect', speaker: null });
  });
});

describe('quotation marks written as doubled apostrophes', () => {
  it("reads ''...'' as a quotation, as some archives write them", () => {
    const got = run("''We will not go back,'' Ivan Petrovsky said. ''Nobody here wants another round of talks.''", [{ surface: 'Ivan Petrovsky' }]);
    expect(got.map((s) => [s.kind, s.quote, s.speaker])).toEqual([
      ['direct', 'We will not go back,', 'Ivan Petrovsky'],
      ['direct', 'Nobody here wants another round of talks.', 'Ivan Petrovsky'],
    ]);
  });
  it('reads curly doubled apostrophes (‘’...’’, ‘‘...’’) the same way, and leaves a possessive’s apostrophe alone', () => {
    const got = run('‘’I am the spokesman, not a politician,’’ Ivan Petrovsky said. He added: ‘‘We are ready.’’ The leaders’ demands were clear.', [
      { surface: 'Ivan Petrovsky', gender: 'male' },
    ]);
    expect(got.map((s) => [s.kind, s.quote, s.speaker])).toEqual([
      ['direct', 'I am the spokesman, not a politician,', 'Ivan Petrovsky'],
      ['direct', 'We are ready.', 'Ivan Petrovsky'],
    ]);
  });
});

describe('descriptions and bare names as speakers', () => {
  const names = [
    { surface: 'Ivan Petrovsky', role: 'Iranian Foreign Minister' },
    { surface: 'Jean Roux', role: 'French Foreign Minister' },
  ];
  it('reads "the UN chief" and "the former French leader" by their modifiers, and stays unknown when two fit', () => {
    const people = [
      { surface: 'Ivan Petrovsky', role: 'UN Secretary-General' },
      { surface: 'Jean Roux', role: 'French President' },
    ];
    const text =
      'UN Secretary-General Ivan Petrovsky met French President Jean Roux. “We need time,” the UN chief said. “We agree,” the former French leader said.';
    expect(run(text, people).map((s) => s.speaker)).toEqual(['Ivan Petrovsky', 'Jean Roux']);
    const two = [...people, { surface: 'Marc Blanc', role: 'French Prime Minister' }];
    const both = 'French President Jean Roux met French Prime Minister Marc Blanc. “We agree,” the French leader said.';
    expect(run(both, two).map((s) => s.speaker)).toEqual([null]);
  });
  it('reads "the PM" as the prime minister the article introduced', () => {
    const text = 'Prime Minister Ivan Petrovsky met French Foreign Minister Jean Roux. “We need more time,” the PM said.';
    const people = [
      { surface: 'Ivan Petrovsky', role: 'Prime Minister' },
      { surface: 'Jean Roux', role: 'French Foreign Minister' },
    ];
    expect(run(text, people).map((s) => s.speaker)).toEqual(['Ivan Petrovsky']);
  });
  it("resolves a description whose every modifier is in one person's role", () => {
    const text = 'Iranian Foreign Minister Ivan Petrovsky met French Foreign Minister Jean Roux. “We need more time,” the Iranian foreign minister said.';
    expect(run(text, names).map((s) => s.speaker)).toEqual(['Ivan Petrovsky']);
  });
  it('leaves a description unknown when a modifier fits no role ("the Italian foreign minister")', () => {
    const text = 'Iranian Foreign Minister Ivan Petrovsky met French Foreign Minister Jean Roux. “We need more time,” the Italian foreign minister said.';
    expect(run(text, names).map((s) => s.speaker)).toEqual([null]);
  });
  it('reads the body a role is held in from the name written before the role ("NU Secretary-General NAME" is "the NU chief")', () => {
    const people = [
      { surface: 'NU', name: 'Nordic Union', type: 'organization' as const },
      { surface: 'Ivan Petrovsky', role: 'Secretary-General', mentionRole: 'Secretary-General' },
      { surface: 'Jean Roux', role: 'President', mentionRole: 'President' },
    ];
    const text = 'NU Secretary-General Ivan Petrovsky met President Jean Roux. “We need time,” the NU chief said.';
    expect(run(text, people).map((s) => s.speaker)).toEqual(['Ivan Petrovsky']);
  });
  it('lets a country agree with its adjective and a ministry with its minister ("the head of the Ostlandic foreign ministry")', () => {
    const people = [
      { surface: 'Ivan Petrovsky', role: 'Ostlandic Foreign Minister' },
      { surface: 'Jean Roux', role: 'Westrian President' },
    ];
    const text =
      'Ostlandic Foreign Minister Ivan Petrovsky met Westrian President Jean Roux. The head of the Ostlandic foreign ministry said the plan “is dead”. The President of Westria said talks would go on.';
    expect(run(text, people).map((s) => s.speaker)).toEqual(['Ivan Petrovsky', 'Jean Roux']);
  });
  it('takes the name after "with" as the subject of the -ing form that introduces a quotation', () => {
    const text = 'The meeting called for an end to violence, with Mr Petrovsky emphasising: “This will be the foundation for dialogue.”';
    expect(run(text, [{ surface: 'Petrovsky', name: 'Ivan Petrovsky' }]).map((s) => [s.quote, s.speaker])).toEqual([
      ['This will be the foundation for dialogue.', 'Ivan Petrovsky'],
    ]);
  });
  it('links a bare surname the name finder left unlinked to the one person of that name', () => {
    const text = 'Ivan Petrovsky arrived on Monday. “We will not go back,” said Petrovsky.';
    expect(run(text, [{ surface: 'Ivan Petrovsky' }]).map((s) => s.speaker)).toEqual(['Ivan Petrovsky']);
  });
});

describe('pronouns with no name near them', () => {
  it('take the one person named in the paragraphs before', () => {
    const text =
      'Ivan Petrovsky spoke on Sunday.\n\nTalks resumed in the afternoon after a long delay.\n\n“It has become more complicated,” she told reporters.';
    expect(run(text, [{ surface: 'Ivan Petrovsky' }]).map((s) => [s.quote, s.speaker])).toContainEqual(['It has become more complicated,', 'Ivan Petrovsky']);
  });
  it('take the speaker of the statement just before, over a person named earlier', () => {
    const text =
      'Spokesman Ivan Petrovsky said the talks may go on.\n\nChief negotiator Jean Roux said the militias were no different from the others.\n\nThe spokesman also said the delegation expects a communique.\n\n“We do not comment on a draft,” he said.';
    const got = run(text, [
      { surface: 'Ivan Petrovsky', role: 'Spokesman' },
      { surface: 'Jean Roux', role: 'Chief negotiator' },
    ]);
    expect(got.find((s) => s.quote === 'We do not comment on a draft,')?.speaker).toBe('Ivan Petrovsky');
  });
});
