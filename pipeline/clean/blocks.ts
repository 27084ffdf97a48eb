/**
 * The unit every cleaning pass works on: a block of text (a paragraph, heading or line) with the line of the
 * decoded input where it starts, so a removal or a metadata value can always be traced back to its place.
 */
export interface Block {
  text: string;
  /** 1-based line in the decoded raw file; null where the input has no meaningful lines (extracted HTML). */
  line: number | null;
  /** Set by the HTML extractor, or by passes that recognise a markdown heading. */
  kind?: 'heading' | 'paragraph' | 'caption' | 'list-item' | 'quote';
}

/** Every block a pass drops is logged with the rule that dropped it; the log is part of the output. */
export interface Removal {
  rule: string;
  line: number | null;
  /** The text as it was before the rule acted. */
  text: string;
  /** drop (default): the block is gone; rewrite: markup was stripped from it; join: it was joined to the next. */
  action?: 'drop' | 'rewrite' | 'join';
}

export interface PassResult {
  blocks: Block[];
  removed: Removal[];
}
