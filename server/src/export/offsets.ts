/**
 * Converting offsets between UTF-16 code units (JavaScript strings, LSP, our analysis) and
 * Unicode code points (brat standoff, W3C TextPositionSelector). Characters outside the
 * Basic Multilingual Plane (emoji, some CJK) are two code units but one code point.
 */
export class OffsetConverter {
  /** utf16ToCp[i] = code points before UTF-16 index i. */
  private readonly utf16ToCp: Int32Array;
  /** cpToUtf16[k] = UTF-16 index of code point k. */
  private readonly cpToUtf16: Int32Array;

  constructor(readonly text: string) {
    this.utf16ToCp = new Int32Array(text.length + 1);
    const starts: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      this.utf16ToCp[i] = cp;
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      starts.push(i);
      cp++;
      if (pair) {
        // The low half of a pair belongs to the same code point; an offset there rounds up.
        this.utf16ToCp[i + 1] = cp;
        i++;
      }
    }
    this.utf16ToCp[text.length] = cp;
    starts.push(text.length);
    this.cpToUtf16 = Int32Array.from(starts);
  }

  /** Number of code points in the text. */
  get codePointLength(): number {
    return this.cpToUtf16.length - 1;
  }

  toCodePoint(utf16: number): number {
    if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > this.text.length) {
      throw new RangeError(`UTF-16 offset ${utf16} is outside the text (0..${this.text.length})`);
    }
    return this.utf16ToCp[utf16];
  }

  toUtf16(codePoint: number): number {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.codePointLength) {
      throw new RangeError(`code point offset ${codePoint} is outside the text (0..${this.codePointLength})`);
    }
    return this.cpToUtf16[codePoint];
  }

  /** The text between two code point offsets. */
  sliceCodePoints(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}
