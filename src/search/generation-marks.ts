/**
 * Marks over the index's items that a new generation clears at once: a hot loop marks the items it has seen with the
 * current generation instead of clearing an array per call. The array is cleared for real only when the counter wraps.
 */
export class GenerationMarks {
  readonly marks: Uint32Array;
  private generation = 0;

  constructor(size: number) {
    this.marks = new Uint32Array(size);
  }

  /** Starts a new generation: every mark made before no longer equals the value returned. */
  next(): number {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.marks.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }
}
