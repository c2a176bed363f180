/**
 * The contenders the engine is timed against, on the same inputs in the same run.
 *
 * (a) A plain single-pass regex scan: one global regex with two alternatives, quoted spans
 *     (any of “ " « „ up to a closing mark on the same line) and runs of capitalised words.
 *     It records each span's start and end, the least an annotator could do.
 * (b) compromise: `nlp(text)` then people, places, organisations and quotations, each
 *     turned into arrays of strings (the work the engine's result stands for).
 */
import nlp from 'compromise';

const SCAN = /[“"«„]([^“”"«»„\n]*)[”"»“]|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)*/g;

/** Baseline (a): returns the flat list [start0, end0, start1, end1, …] of the spans found. */
export function regexScan(text: string): number[] {
  const spans: number[] = [];
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m !== null; m = SCAN.exec(text)) {
    spans.push(m.index, m.index + m[0].length);
  }
  return spans;
}

/** Baseline (b): returns how many people, places, organisations and quotations compromise found. */
export function compromiseScan(text: string): number {
  const doc = nlp(text);
  return (
    doc.people().out('array').length +
    doc.places().out('array').length +
    doc.organizations().out('array').length +
    doc.quotations().out('array').length
  );
}
