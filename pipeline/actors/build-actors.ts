/**
 * Corpus stage: from every article's entities and mentions, the actors table (one row per real-world actor),
 * the mentions table (one row per name in a text, with code-point offsets) and the merge log.
 * Actor ids are derived from the type and the canonical name, so they are stable across rebuilds while the
 * canonical name is. Registry entries (reference/actors.yaml) add their Wikidata id; those that never matched
 * are reported. Input: per-article analyses in source order. Output: records, sorted deterministically.
 */
import { createHash } from 'node:crypto';
import type { ArticleMentions } from '../language/mention-types.ts';
import type { RegistryActor } from '../language/name-cues.ts';
import { codePointOffset } from '../language/sentences.ts';
import { clusterActors } from './cluster-actors.ts';
import type { StatementCandidate } from '../statements/extract-statements.ts';
import type { EventCandidate } from '../events/extract-events.ts';
import type { ActorMergeRecord, ActorRecord, MentionRecord } from '../types/generated.ts';

export interface ActorArticleInput {
  sourceId: string;
  text: string;
  published: string | null;
  mentions: ArticleMentions;
  statements: StatementCandidate[];
  events: EventCandidate[];
}

export const actorId = (key: string) => `act-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;

export function buildActors(articles: ActorArticleInput[], registry: RegistryActor[]) {
  const clustered = clusterActors(articles.map((a) => ({ sourceId: a.sourceId, entities: a.mentions.entities, mentions: a.mentions.mentions })));
  const byAlias = new Map<string, RegistryActor>();
  for (const r of registry) for (const alias of r.aliases) byAlias.set(alias, r);
  const matched = new Set<string>();
  const actors: ActorRecord[] = clustered.actors.map((c) => {
    const reg = c.aliases.map((a) => byAlias.get(a)).find((r) => r && r.type === c.type);
    for (const a of c.aliases) if (byAlias.has(a)) matched.add(byAlias.get(a)!.name);
    return {
      actor_id: actorId(c.key),
      name: reg?.name ?? c.name,
      type: c.type,
      refers_to: c.refersTo,
      aliases: c.aliases,
      roles: c.roles,
      mention_count: c.mentionCount,
      source_ids: c.sourceIds as ActorRecord['source_ids'],
      wikidata: reg?.wikidata ?? null,
    };
  });
  actors.sort((a, b) => b.mention_count - a.mention_count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.actor_id < b.actor_id ? -1 : 1));
  const mentions: MentionRecord[] = articles.flatMap((a, k) =>
    a.mentions.mentions.map((m) => ({
      source_id: a.sourceId,
      actor_id: actorId(clustered.actorOf(k, m.entity)),
      start: codePointOffset(a.text, m.start),
      end: codePointOffset(a.text, m.end),
      surface: m.surface,
      type: m.type,
      role: m.role,
      cue: m.cue,
    })),
  );
  const merges: ActorMergeRecord[] = clustered.merges.map((m) => ({
    actor_id: actorId(m.key!),
    kept: m.kept,
    merged: m.merged,
    reason: m.reason,
    detail: m.detail,
  }));
  const unmatched = registry.filter((r) => !matched.has(r.name)).map((r) => r.name);
  const names = new Map(actors.map((a) => [a.actor_id, a.name]));
  const actorIdOf = (article: number, entity: number) => actorId(clustered.actorOf(article, entity));
  const nameOf = (article: number, entity: number) => names.get(actorIdOf(article, entity))!;
  return { actors, mentions, merges, unmatched, actorIdOf, nameOf };
}
