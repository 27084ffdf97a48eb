/**
 * Participants of an event: the people, organisations and metonyms (find-mentions) in the trigger's clause,
 * with the role the text gives: host ("hosted by X", "X hosts", "X-hosted", "X is expected to host"),
 * organizer ("organized by X"), attendee ("attended by X", "X attended"), delegation ("X delegation",
 * "delegation of X"), party ("between X and Y", "with X", sides of talks and agreements), visitor, boycotter,
 * actor (agent of attacks, operations, announcements, arrests, releases), target, detainee; null when the text
 * gives none. Input: sentence tokens, the trigger, its clause, the sentence's mentions. Output: participants
 * (entity index, role). Pure; no rule ids.
 */
import type { Mention } from '../language/mention-types.ts';
import type { Token } from './text.ts';
import type { TriggerHit } from './triggers.ts';

export interface Participant {
  entity: number;
  role: string | null;
}

const SUBJECT_ROLE: Record<string, string> = {
  visit: 'visitor',
  boycott: 'boycotter',
  attack: 'actor',
  arrest: 'actor',
  release: 'actor',
  'military-operation': 'actor',
  'policy-announcement': 'actor',
  agreement: 'party',
  talks: 'party',
  meeting: 'party',
  summit: 'party',
};
const OBJECT_ROLE: Record<string, string> = {
  attack: 'target',
  arrest: 'detainee',
  release: 'detainee',
  agreement: 'party',
  talks: 'party',
  meeting: 'party',
  summit: 'party',
};

/** The role words right around a mention say it has ("hosted by X", "X delegation"), or null. */
function cueRole(text: string, m: { start: number; end: number }): string | null {
  const before = text.slice(Math.max(0, m.start - 24), m.start).toLowerCase();
  const after = text.slice(m.end, m.end + 30).toLowerCase();
  if (/hosted by (?:the )?$/.test(before) || /^(?:-hosted|['’]s? hosting| hosts?\b| hosted\b| is expected to host| will host)/.test(after)) return 'host';
  if (/organi[sz]ed by (?:the )?$/.test(before)) return 'organizer';
  if (/attended by (?:the )?$/.test(before) || /^ (?:attended|joined)\b/.test(after)) return 'attendee';
  if (/^(?:['’]s)? delegation/.test(after) || /delegation (?:of|from) (?:the )?$/.test(before)) return 'delegation';
  if (/\b(?:between|with) (?:the )?$/.test(before) || /^ and (?:the )?$/.test(before.slice(-9))) return 'party';
  return null;
}

const PLACE_PREP = /\b(?:in|at|near|over|across|outside|inside|into|from|to|throughout|of)\s(?:the\s)?$/i;

export function participantsOf(text: string, tokens: Token[], h: TriggerHit, clause: [number, number], mentions: Mention[]): Participant[] {
  const out = new Map<number, string | null>();
  const trigStart = tokens[h.tok]?.start ?? h.start;
  for (const m of mentions) {
    if (m.end <= clause[0] || m.start >= clause[1]) continue;
    // A place is a participant when it acts ("the U.S. promised", "talks with Russia"), not where the event is.
    if (m.type === 'place' && (PLACE_PREP.test(text.slice(Math.max(0, m.start - 12), m.start)) || !/^[\p{Lu}]/u.test(m.surface) || m.entity < 0)) continue;
    const distance = m.end <= trigStart ? trigStart - m.end : m.start - h.end;
    if (distance > 90) continue;
    const side = m.end <= trigStart ? SUBJECT_ROLE[h.type] : OBJECT_ROLE[h.type];
    const role = cueRole(text, m) ?? side ?? null;
    if (!out.has(m.entity) || out.get(m.entity) === null) out.set(m.entity, role);
  }
  return [...out].map(([entity, role]) => ({ entity, role })).sort((a, b) => a.entity - b.entity);
}
