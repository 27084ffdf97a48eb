/**
 * Speech frames in one writer unit and who speaks in them. Input: the unit's tokens (each quotation one token),
 * the article's mentions, the speech-verb lexicon. Output: frames with a verb, a speaker (an entity, a pronoun to
 * resolve later, a description, or inherited from the clause), the order (material after the frame: "X said ...",
 * or before it: "..., X said") and the token ranges of the reported material (reported-material bounds them).
 * Frames come from verb-frames (speech verbs), noun-frames ("X's announcement that") and relayed-frames ("according to X", "Y quoted X as saying",
 * "X reported, citing Y"); here participles and coordinated verbs inherit their speaker, and a channel
 * ("..., Bloomberg reported" around another frame) gives way to the frames it passes on.
 * Rule ids: none; extract-statements labels.
 */
import { word } from './unit-tokens.ts';
import { fillComps, reports, withoutNested } from './reported-material.ts';
import type { Frame, UnitView } from './statement-types.ts';
import { clauseSubject } from './speaker-before-verb.ts';
import { verbFrame } from './verb-frames.ts';
import { nounFrame } from './noun-frames.ts';
import { accordingFrame, cited, quotedFrame } from './relayed-frames.ts';

/** Every speech frame of a unit, in order. */
export function findFrames(u: UnitView): Frame[] {
  const out: Frame[] = [];
  for (let v = 0; v < u.toks.length; v++) {
    const t = u.toks[v]!;
    if (!word(t)) continue;
    const f =
      t.lower === 'according' && u.toks[v + 1]?.lower === 'to'
        ? accordingFrame(u, v)
        : t.lower === 'quoted' || t.lower === 'recalled'
          ? (quotedFrame(u, v) ?? verbFrame(u, v))
          : (verbFrame(u, v) ?? nounFrame(u, v));
    if (f) out.push(f);
  }
  for (const f of out) cited(u, f);
  const frames = withoutNested(u, out);
  inheritSpeakers(u, frames);
  fillComps(u, frames);
  return dropChannels(u, frames);
}

/** Participles and coordinated verbs take the speaker of the frame before them, or the clause's subject. */
function inheritSpeakers(u: UnitView, frames: Frame[]): void {
  frames.forEach((f, i) => {
    if (f.speaker.via !== 'inherited' || f.speaker.entity !== null || f.speaker.surface) return;
    const prev =
      frames
        .slice(0, i)
        .reverse()
        .find((p) => p.speaker.via !== 'inherited' || p.speaker.surface) ??
      (f.v === 0 ? frames.find((p) => p.v > f.v && p.speaker.via !== 'inherited') : undefined);
    if (prev) return void (f.speaker = { ...prev.speaker, via: prev.speaker.via === 'pronoun' ? 'pronoun' : 'inherited' });
    const own = u.mentions.filter(
      (m) =>
        m.type !== 'place' &&
        m.end <= u.toks[f.v]!.start &&
        m.start >= (u.toks[0]?.start ?? 0) &&
        !u.toks.some((t) => t.kind === 'quote' && t.start <= m.start && t.end >= m.end),
    );
    const first = clauseSubject(u, f.v);
    if (first) return void (f.speaker = { ...first, via: first.via === 'pronoun' ? 'pronoun' : 'inherited' });
    const m = own[own.length - 1];
    if (m) f.speaker = { entity: m.entity, surface: u.text.slice(m.start, m.end), role: m.role, via: 'inherited', at: m.start, start: m.start };
  });
}

/** An outlet that passes on what another frame reports is a channel: its frame goes, its name is kept. */
function dropChannels(u: UnitView, frames: Frame[]): Frame[] {
  const gone = new Set<Frame>();
  for (const f of frames) {
    if (f.order !== 'after' && f.type !== 'according') continue;
    // What the frame reports: all before it ("..., X reported"), or all after it ("According to X, ...").
    const prev = frames.filter((g) => g.order === 'after' && g.to <= f.from && g !== f).pop();
    const [s, e] = f.order === 'after' ? [prev?.to ?? 0, f.from] : [f.to, u.toks.length];
    const inner = frames.filter((g) => g !== f && g.v >= s && g.v < e && reports(u, g));
    if (!inner.length) continue;
    const channel = f.type === 'according' || u.lex.channels.has(f.verb?.toLowerCase() ?? '');
    if (channel) for (const g of inner) g.reportedBy ??= f.speaker.surface;
    for (const g of channel ? [f] : inner) gone.add(g);
  }
  return frames.filter((f) => !gone.has(f));
}
