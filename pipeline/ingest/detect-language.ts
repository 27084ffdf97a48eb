/**
 * Tell an article's language from its function words (reference/languages.yaml): a language wins when its words
 * make up at least 15 % of the text's words and twice as many as the runner-up. Otherwise null: the build
 * report warns, a curator can state it. Input: text; output: an ISO 639-1 code or null.
 */
export function detectLanguage(text: string, profiles: Record<string, string[]>): string | null {
  const words =
    text
      .slice(0, 20000)
      .toLowerCase()
      .match(/[\p{L}]+/gu) ?? [];
  if (words.length < 10) return null;
  const counts = Object.entries(profiles).map(([lang, list]) => {
    const set = new Set(list);
    return [lang, words.filter((w) => set.has(w)).length] as const;
  });
  counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = counts;
  if (!best || best[1] / words.length < 0.15) return null;
  if (second && best[1] < 2 * second[1]) return null;
  return best[0];
}
