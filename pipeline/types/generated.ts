/* Generated from schemas/ by pipeline/cli/gen-types.ts (make types). Do not edit. */

/**
 * One merge of two differently written names into one actor, with its reason: the audit trail of the clustering.
 */
export interface ActorMergeRecord {
  actor_id: string;
  /**
   * A name already in the actor.
   */
  kept: string;
  /**
   * The name merged into it.
   */
  merged: string;
  /**
   * transliteration: equal once spelling variants are folded; one-letter-surname: same given names, surnames one letter apart; surname-only: the one fully named person with that surname; acronym: an acronym the texts expand.
   */
  reason: "transliteration" | "one-letter-surname" | "surname-only" | "acronym";
  detail: string;
}

/**
 * One person, organisation, place or metonym (a capital or building standing for a government), with every spelling seen across the corpus folded into one canonical name. Arrays are JSON text in the CSV.
 */
export interface ActorRecord {
  /**
   * Stable id: `act-` and a hash of the type and the canonical name.
   */
  actor_id: string;
  /**
   * Canonical name: the fullest well-attested form (most words, then most mentions).
   */
  name: string;
  /**
   * What the name names; a metonym is a capital or building used for a government ("the Kremlin").
   */
  type: "person" | "organization" | "place" | "metonym";
  /**
   * For a metonym, the government or body it stands for; for a place, its country; else null.
   */
  refers_to: string | null;
  /**
   * Every surface form seen, sorted.
   */
  aliases: string[];
  /**
   * Titles and roles the texts give ("special envoy for Afghanistan"), sorted.
   */
  roles: string[];
  /**
   * Mentions across the corpus (rows of mentions.csv).
   */
  mention_count: number;
  /**
   * Sources that mention it, sorted.
   *
   * @minItems 1
   */
  source_ids: [string, ...string[]];
  /**
   * Wikidata id, from reference/actors.yaml when an alias matched.
   */
  wikidata: string | null;
}

/**
 * What the build did with every raw file, and every message it raised: nothing in raw/ goes unaccounted for.
 */
export interface BuildReport {
  counts: {
    raw_files: number;
    sources: number;
    refused: number;
    duplicates: number;
    errors: number;
    warnings: number;
    cleaning_log: number;
    actors: number;
    mentions: number;
    actor_merges: number;
    statements: number;
    events: number;
    event_merges: number;
  };
  /**
   * How many messages of each rule the run raised (rows of `messages` by stage, rule and severity), sorted by stage, rule, severity.
   */
  message_counts: {
    /**
     * The stage that raised the messages (ingest, metadata, statements ...).
     */
    source: string;
    /**
     * The rule within the stage (missing-url, no-speaker ...).
     */
    ruleId: string;
    /**
     * The messages' severity.
     */
    severity: "error" | "warning" | "info";
    /**
     * Messages of this stage, rule and severity.
     */
    count: number;
  }[];
  files: {
    file: string;
    /**
     * source: became a source record; refused: see its error; duplicate: same bytes as an earlier file, see its warning.
     */
    status: "source" | "refused" | "duplicate";
    source_id: string | null;
  }[];
  messages: {
    file: string;
    line: number | null;
    column: number | null;
    reason: string;
    source: string;
    ruleId: string;
    severity: "error" | "warning" | "info";
    expected?: string;
    actual?: string;
  }[];
}

/**
 * One change the cleaner made to an article: a block dropped, markup stripped from a block, or a broken paragraph joined to the next.
 */
export interface CleaningLogRecord {
  /**
   * The source it happened in.
   */
  source_id: string;
  /**
   * Repo-relative path of the raw file.
   */
  file: string;
  /**
   * Line of the decoded raw file where the block starts; null for blocks extracted from HTML without a line.
   */
  line: number | null;
  /**
   * The rule that acted, as `stage:rule`; README lists them.
   */
  rule: string;
  /**
   * drop: the block is gone; rewrite: markup was stripped from it; join: it was joined with the next block.
   */
  action: "drop" | "rewrite" | "join";
  /**
   * The block as it was before the rule acted.
   */
  text: string;
}

/**
 * One decision of the event merge: a report of an event joined to an event (in its own article or across sources), or a supporting mention dropped because no event of its kind agreed with it. The audit trail of the events table; offsets count Unicode code points in the source's `text`.
 */
export interface EventMergeRecord {
  /**
   * The event the report joined (see events); null when it was dropped, or, rarely, when two events hold the report's sentence with the same trigger and the log cannot tell which it joined.
   */
  event_id: string | null;
  /**
   * same-article: a confident report joined an event its article told of before (dates and places agree and something positive is shared); support: a supporting mention ("the talks", a headline) joined the event of its kind it most likely refers to; cross-source: an article's event joined one of another source, its score of agreeing evidence reaching the bar; cross-source-refused: an article's event stayed apart from the closest event of another source (other_event_id), its score below the bar or no shared day, participant, place, rare words or anchor; unattached: a supporting mention no event agreed with, dropped.
   */
  rule: "same-article" | "support" | "cross-source" | "cross-source-refused" | "unattached";
  /**
   * merged: the report is part of the event; dropped: it is in no event (rule unattached); refused: it stays an event of its own, apart from other_event_id (rule cross-source-refused).
   */
  outcome: "merged" | "dropped" | "refused";
  /**
   * The source of the report that was joined or dropped; for cross-source, the source that joined the event last.
   */
  source_id: string;
  /**
   * Code-point offset in the source's text where the report's evidence sentence starts (as in events.evidence).
   */
  start: number;
  /**
   * For a refused merge: the event of another source it came closest to joining; otherwise null.
   */
  other_event_id: string | null;
  /**
   * For same-article, support and unattached: the report's type and trigger as written (meeting "met"); for cross-source: the score of agreeing evidence that carried the merge (score 5); for cross-source-refused: why it stayed apart (score 3 below the bar 4).
   */
  detail: string;
}

/**
 * What happened or is planned, when, where, with whom, and who reported it. The same event reported in several sentences or sources is one record with every source, every piece of evidence and the union of participants. Offsets count Unicode code points in the source's `text`. Arrays are JSON text in the CSV.
 */
export interface EventRecord {
  /**
   * Stable id: a hash of the type, the date and the first evidence.
   */
  event_id: string;
  /**
   * Event type from reference/event-types.yaml (meeting, talks, conference, ceremony, summit, visit, agreement, policy-announcement, military-operation, attack, election, release, arrest, boycott).
   */
  type: string;
  /**
   * The CAMEO code the type maps to.
   */
  cameo: string | null;
  /**
   * A short human label.
   */
  label: string;
  date_start: string | null;
  date_end: string | null;
  /**
   * How much of the date the text states; week: a week's first and last day stand for "last week".
   */
  date_precision: "year" | "month" | "week" | "day" | null;
  /**
   * The date as written ("Feb. 5-6", "last month").
   */
  date_text: string | null;
  status: "occurred" | "ongoing" | "scheduled" | "planned" | "cancelled";
  /**
   * Canonical place (city, province or country).
   */
  place: string | null;
  /**
   * The place's country.
   */
  country: string | null;
  /**
   * Canonical actors with their role where the text gives one (host, delegation, attendee ...).
   */
  participants: {
    name: string;
    actor_id: string | null;
    role: string | null;
  }[];
  confidence: number;
  /**
   * @minItems 1
   */
  source_ids: [string, ...string[]];
  /**
   * @minItems 1
   */
  evidence: [
    {
      source_id: string;
      sentence: string;
      start: number;
      end: number;
    },
    ...{
      source_id: string;
      sentence: string;
      start: number;
      end: number;
    }[]
  ];
}

/**
 * One place in a source's text where an actor is named. `start` and `end` count Unicode code points in the source's `text` (Python: text[start:end] == surface).
 */
export interface MentionRecord {
  source_id: string;
  actor_id: string;
  start: number;
  end: number;
  /**
   * The name as written, without titles or honorifics.
   */
  surface: string;
  type: "person" | "organization" | "place" | "metonym";
  /**
   * The title or role the text attaches here.
   */
  role: string | null;
  /**
   * What made it a mention: title, surname, speech-verb-or-role, registry, gazetteer-city, org-head ...
   */
  cue: string;
}

/**
 * Reference entries that matched nothing in this corpus, list by list: speech verbs, name cues, event triggers and patterns (searched in the cleaned texts: an entry's forms as whole words, in any case, accents folded), boilerplate patterns and teaser labels (searched in the blocks the cleaner dropped under their rule). Every test errs towards matched, so an entry listed here occurs nowhere. The actor registry's unmatched entries are in the build report (actors:registry-unmatched).
 */
export interface ReferenceUsage {
  /**
   * Cleaned texts searched (the sources).
   */
  sources: number;
  /**
   * One entry per non-empty list of a reference file, sorted by file, then list.
   */
  lists: {
    /**
     * The reference file.
     */
    file: string;
    /**
     * The list in the file, as a dotted path: clause, types.meeting.nouns, groups.share, metonyms (a map's keys).
     */
    list: string;
    /**
     * The line of the file where the list is named.
     */
    line: number;
    /**
     * text: the cleaned texts of the sources; cleaning-log: the blocks the cleaner dropped under the list's rule (boilerplate:<group>, teaser:link).
     */
    searched: "text" | "cleaning-log";
    /**
     * Entries in the list.
     */
    entries: number;
    /**
     * Entries that matched somewhere.
     */
    matched: number;
    /**
     * Entries that matched nothing, as written in the file, sorted.
     */
    unmatched: string[];
  }[];
}

/**
 * A curator's sidecar for one raw article, `raw/<file>.meta.yaml`: values that supply or correct what the pipeline reads from the article. A field set to null states that the value is unknown; a field left out is read from the article.
 */
export interface CuratorMeta {
  /**
   * Headline, as written.
   */
  title?: string | null;
  /**
   * The outlet, as readers know it.
   */
  publisher?: string | null;
  /**
   * Where the article was published.
   */
  url?: string | null;
  /**
   * ISO 8601 date or date-time, as precise as known: 2019, 2019-05, 2019-05-28, 2019-05-28T22:05.
   */
  published?: string | null;
  /**
   * Byline as written.
   */
  author?: string | null;
  /**
   * BCP 47 language tag of the text.
   */
  language?: string | null;
  /**
   * Why these values: where the curator found them.
   */
  reason?: string;
}

/**
 * Where the value came from: the article's text, its HTML metadata, or a curator's sidecar; null when the value is unknown.
 */
export type Origin = "text" | "html" | "curator" | null;

/**
 * One article as it was ingested: its cleaned text and its metadata. Offsets into `text` elsewhere in the datasets count Unicode code points (Python's str indexing).
 */
export interface SourceRecord {
  /**
   * Stable id: `src-` and the first 16 hex digits of the SHA-256 of the raw file's bytes.
   */
  source_id: string;
  /**
   * Repo-relative path of the raw file.
   */
  file: string;
  /**
   * Headline, as written.
   */
  title: string | null;
  /**
   * The outlet: its usual name where reference/publishers.yaml knows the domain, otherwise the domain itself.
   */
  publisher: string | null;
  /**
   * Where the article was published.
   */
  url: string | null;
  /**
   * Publication date or date-time, ISO 8601, no more precise than the source states; a time without a stated zone has no offset.
   */
  published: string | null;
  /**
   * How much of `published` the source states.
   */
  published_precision: "year" | "month" | "day" | "minute" | "second" | null;
  /**
   * Byline as written (people or an agency).
   */
  author: string | null;
  /**
   * BCP 47 language tag of the text.
   */
  language: string | null;
  title_origin: Origin;
  publisher_origin: Origin;
  url_origin: Origin;
  published_origin: Origin;
  author_origin: Origin;
  language_origin: Origin;
  /**
   * How the raw file was read.
   */
  format: "text" | "html";
  /**
   * Character encoding the raw file was decoded from.
   */
  encoding: string;
  /**
   * SHA-256 of the raw file's bytes.
   */
  sha256: string;
  /**
   * Code-point offset in `text` where the body starts (after the title and a blank line).
   */
  body_offset: number;
  /**
   * Length of `text` in code points.
   */
  char_count: number;
  /**
   * Blocks the cleaner dropped; each is in cleaning-log with its rule.
   */
  removed_count: number;
  /**
   * The cleaned article: title, then paragraphs separated by a blank line; NFC; typographic quotes as written. JSON Lines only.
   */
  text: string;
}

/**
 * Who said what, when, reported where: a direct quote, a partial quote inside reported speech, or indirect speech with an identified speaker. One statement reported by several sources (or twice in one) is one record with every source and every piece of evidence. Offsets count Unicode code points in the source's `text`. Arrays are JSON text in the CSV.
 */
export interface StatementRecord {
  /**
   * Stable id: a hash of the speaker and the folded words of the first version.
   */
  statement_id: string;
  /**
   * Canonical name of the speaker (see actors); null when no speaker could be found with confidence.
   */
  speaker: string | null;
  /**
   * The speaker's actor_id, or null.
   */
  speaker_id: string | null;
  /**
   * How the text describes the speaker here ("a senior official", "Russian Foreign Minister").
   */
  speaker_role: string | null;
  /**
   * direct: a quoted utterance; partial: quoted words inside the writer's sentence; indirect: reported speech without quote marks.
   */
  kind: "direct" | "partial" | "indirect";
  /**
   * The quoted words (without the marks); for indirect speech, the reported clause. A quotation interrupted by its attribution is one statement: its pieces joined by a space (evidence[].pieces gives each piece's offsets).
   */
  quote: string;
  /**
   * The speech verb as written (said, told, argued ...).
   */
  verb: string | null;
  /**
   * When it was said: a date the sentence states, resolved against the publication date ("last week" is that ISO week, 2019-W05); otherwise the publication date; null if neither is known.
   */
  said_on: string | null;
  said_on_precision: "year" | "month" | "week" | "day" | null;
  /**
   * stated: the sentence gives the date; publication: the article's date stands in.
   */
  said_on_basis: "stated" | "publication" | null;
  /**
   * Where it was said, when stated: on Twitter, in an interview, told reporters ...
   */
  medium: string | null;
  /**
   * An outlet the text cites for the words ("Bloomberg quoted X as saying"); the speaker is X.
   */
  reported_by: string | null;
  /**
   * How the speaker was found.
   */
  attribution:
    | "after"
    | "before"
    | "apposition"
    | "pronoun"
    | "continuation"
    | "according-to"
    | "told"
    | "quoted-as-saying"
    | "headline"
    | "none";
  /**
   * How sure the attribution is (the highest over the evidence).
   */
  confidence: number;
  /**
   * Every source that reports it, in source order.
   *
   * @minItems 1
   */
  source_ids: [string, ...string[]];
  /**
   * Every place it is reported: the source, the sentence(s), and code-point offsets of the quote in that source's text (from the first piece's start to the last piece's end when the quotation is in pieces).
   *
   * @minItems 1
   */
  evidence: [
    {
      source_id: string;
      sentence: string;
      start: number;
      end: number;
      /**
       * A quotation interrupted by its attribution (“A,” she said, “B.”) or run over paragraphs: the code-point offsets of each piece, whose words, joined by a space, are the quote; null for a quotation in one piece.
       *
       * @minItems 2
       */
      pieces:
        | [
            {
              start: number;
              end: number;
            },
            {
              start: number;
              end: number;
            },
            ...{
              start: number;
              end: number;
            }[]
          ]
        | null;
    },
    ...{
      source_id: string;
      sentence: string;
      start: number;
      end: number;
      /**
       * A quotation interrupted by its attribution (“A,” she said, “B.”) or run over paragraphs: the code-point offsets of each piece, whose words, joined by a space, are the quote; null for a quotation in one piece.
       *
       * @minItems 2
       */
      pieces:
        | [
            {
              start: number;
              end: number;
            },
            {
              start: number;
              end: number;
            },
            ...{
              start: number;
              end: number;
            }[]
          ]
        | null;
    }[]
  ];
}
