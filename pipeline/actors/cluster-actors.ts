/**
 * Corpus stage: fold the entities of every article into actors, one per real-world person, organisation or place.
 * People merge when their names agree once transliteration is folded (Mohammed / Mohammad / Muhammad, Sergei /
 * Sergey: ASCII, doubled letters and vowels folded), or when the surname differs by one letter and the given
 * names agree, or when an article gives only a surname that exactly one fully named person in the corpus has.
 * Different given names keep people apart (Tariq Mahmood is not Ayesha Mahmood). Every merge that is not an
 * exact match is logged with its reason. Organisations merge by name and by acronym, places by gazetteer name.
 * Input: per-article entities. Output: actors, a lookup (article, entity) -> actor key, the merge log.
 */
import anyAscii from 'any-ascii';
import type { Entity, Mention } from '../language/mention-types.ts';

export interface ArticleEntities {
  sourceId: string;
  entities: Entity[];
  mentions: Omit<Mention, 'sentence'>[] | Mention[];
}

export interface ActorCluster {
  key: string;
  type: Entity['type'];
  name: string;
  aliases: string[];
  roles: string[];
  mentionCount: number;
  sourceIds: string[];
  refersTo: string | null;
}

export interface Merge {
  kept: string;
  merged: string;
  reason: 'transliteration' | 'one-letter-surname' | 'surname-only' | 'acronym';
  detail: string;
  /** Node merged; its actor key once clustering ends. */ at: number;
  key?: string;
}

const fold = (s: string) =>
  anyAscii(s)
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter(Boolean);

/** One spelling for the usual transliteration variants of a name word. */
export function nameKey(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/ee/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?:ey|ei|iy|y)$/, 'i')
    .replace(/(?<=.)[aeiou]/g, 'a');
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0,
    j = 0,
    edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

class UnionFind {
  parent: number[] = [];
  add(): number {
    return this.parent.push(this.parent.length) - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x]!]!;
    return x;
  }
  union(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

interface Node {
  article: number;
  entity: Entity;
  keys: string[];
  count: number;
}

export function clusterActors(articles: ArticleEntities[]): { actors: ActorCluster[]; actorOf: (article: number, entity: number) => string; merges: Merge[] } {
  const nodes: Node[] = [];
  const uf = new UnionFind();
  const index = new Map<string, number>();
  articles.forEach((a, k) =>
    a.entities.forEach((e) => {
      const count = a.mentions.filter((m) => m.entity === e.id).length;
      index.set(`${k}:${e.id}`, nodes.length);
      nodes.push({ article: k, entity: e, keys: fold(e.name).map(nameKey), count });
      uf.add();
    }),
  );
  const merges: Merge[] = [];
  const byKey = new Map<string, number>();
  const acronyms = new Map<string, string>();
  for (const n of nodes)
    if (n.entity.type === 'organization')
      for (const s of n.entity.surfaces) if (/^[A-Z][A-Z/&.]{1,9}$/.test(s) && s !== n.entity.name) acronyms.set(s, n.entity.name);
  nodes.forEach((n, i) => {
    const name = n.entity.type === 'organization' ? (acronyms.get(n.entity.name) ?? n.entity.name) : n.entity.name;
    const key = `${n.entity.type}:${n.entity.type === 'person' ? n.keys.join(' ') : fold(name).join(' ')}`;
    const j = byKey.get(key);
    if (j === undefined) {
      byKey.set(key, i);
      return;
    }
    if (uf.find(i) !== uf.find(j)) {
      if (nodes[j]!.entity.name !== n.entity.name)
        merges.push({
          kept: nodes[j]!.entity.name,
          merged: n.entity.name,
          reason: name !== n.entity.name ? 'acronym' : 'transliteration',
          detail: name !== n.entity.name ? `${n.entity.name} is the expansion of ${name}` : 'same name once spelling variants are folded',
          at: i,
        });
      uf.union(i, j);
    }
  });
  mergePeople(nodes, uf, merges);
  return collect(articles, nodes, uf, index, merges);
}

/** Candidate pairs share a surname (given names nested) or the given names (surnames one letter apart):
 * people are compared only within those blocks, so the work grows with block sizes, not with the corpus squared. */
function mergePeople(nodes: Node[], uf: UnionFind, merges: Merge[]): void {
  const people = nodes.map((n, i) => ({ n, i })).filter((x) => x.n.entity.type === 'person');
  const full = people.filter((x) => x.n.keys.length >= 2);
  const surname = (x: { n: Node }) => x.n.keys[x.n.keys.length - 1]!;
  const given = (x: { n: Node }) => x.n.keys.slice(0, -1).join(' ');
  const blocks = (key: (x: { n: Node; i: number }) => string) => {
    const m = new Map<string, { n: Node; i: number }[]>();
    for (const x of full) {
      const list = m.get(key(x));
      if (list) list.push(x);
      else m.set(key(x), [x]);
    }
    return [...m.values()].filter((b) => b.length > 1);
  };
  const pairs = function* (block: { n: Node; i: number }[]) {
    for (let a = 0; a < block.length; a++) for (let b = a + 1; b < block.length; b++) yield [block[a]!, block[b]!] as const;
  };
  // Surnames one letter apart almost always share their first letter: it splits big given-name blocks.
  for (const block of blocks((x) => `${given(x)}|${surname(x)[0]}`))
    for (const [x, y] of pairs(block)) {
      const [sx, sy] = [surname(x), surname(y)];
      if (uf.find(x.i) === uf.find(y.i) || sx === sy || Math.min(sx.length, sy.length) < 5) continue;
      if (editDistanceAtMostOne(fold(x.n.entity.name).pop()!, fold(y.n.entity.name).pop()!)) {
        merges.push({
          kept: x.n.entity.name,
          merged: y.n.entity.name,
          reason: 'one-letter-surname',
          detail: `given names agree (${given(x)}); surnames differ by one letter`,
          at: y.i,
        });
        uf.union(x.i, y.i);
      }
    }
  for (const block of blocks(surname))
    for (const [x, y] of pairs(block)) {
      const [gx, gy] = [given(x), given(y)];
      if (uf.find(x.i) === uf.find(y.i) || gx === gy) continue;
      if (gx.endsWith(` ${gy}`) || gy.endsWith(` ${gx}`) || gx.startsWith(`${gy} `) || gy.startsWith(`${gx} `)) {
        merges.push({
          kept: x.n.entity.name,
          merged: y.n.entity.name,
          reason: 'transliteration',
          detail: `same surname; one set of given names contains the other (${gx} / ${gy})`,
          at: y.i,
        });
        uf.union(x.i, y.i);
      }
    }
  const bySurname = new Map<string, Set<number>>();
  for (const f of full) bySurname.set(surname(f), (bySurname.get(surname(f)) ?? new Set()).add(f.i));
  for (const s of people.filter((x) => x.n.keys.length === 1)) {
    const roots = new Set([...(bySurname.get(s.n.keys[0]!) ?? [])].map((i) => uf.find(i)));
    if (roots.size === 1) {
      const root = [...roots][0]!;
      merges.push({
        kept: nodes[root]!.entity.name,
        merged: s.n.entity.name,
        reason: 'surname-only',
        detail: 'the only fully named person in the corpus with this surname',
        at: s.i,
      });
      uf.union(s.i, root);
    }
  }
}

function collect(articles: ArticleEntities[], nodes: Node[], uf: UnionFind, index: Map<string, number>, merges: Merge[]) {
  const groups = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    const r = uf.find(i);
    groups.set(r, [...(groups.get(r) ?? []), n]);
  });
  const keyOf = new Map<number, string>();
  const actors: ActorCluster[] = [];
  for (const [root, members] of groups) {
    const name = canonicalName(members);
    const type = members[0]!.entity.type;
    const key = `${type}:${fold(name).join(' ')}`;
    keyOf.set(root, key);
    actors.push({
      key,
      type,
      name,
      aliases: [...new Set(members.flatMap((m) => m.entity.surfaces))].sort(),
      roles: [...new Set(members.flatMap((m) => m.entity.roles))].sort(),
      mentionCount: members.reduce((s, m) => s + m.count, 0),
      sourceIds: [...new Set(members.map((m) => articles[m.article]!.sourceId))].sort(),
      refersTo: members.map((m) => m.entity.refersTo).find((r) => r && r !== name) ?? null,
    });
  }
  const actorOf = (article: number, entity: number) => keyOf.get(uf.find(index.get(`${article}:${entity}`)!))!;
  for (const m of merges) m.key = keyOf.get(uf.find(m.at))!;
  const seen = new Set<string>();
  const unique = merges.filter((m) => {
    const id = `${m.key}|${m.kept}|${m.merged}|${m.reason}`;
    return !seen.has(id) && !!seen.add(id);
  });
  return { actors, actorOf, merges: unique };
}

/** The fullest well-attested form: most words, then most mentions, then the first in code-unit order. */
function canonicalName(members: Node[]): string {
  const score = new Map<string, number>();
  for (const m of members) score.set(m.entity.name, (score.get(m.entity.name) ?? 0) + m.count);
  return [...score].sort((a, b) => fold(b[0]).length - fold(a[0]).length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
