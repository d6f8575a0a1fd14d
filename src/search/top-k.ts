/**
 * The best `k` of a stream of (position, score) pairs without sorting the stream: higher score first, then lower
 * position (positions are title order, so ties read alphabetically). A binary heap with the worst kept entry on top,
 * so most entries of a long stream are rejected with one comparison.
 */
export class TopK {
  private readonly positions: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly k: number) {}

  get size(): number {
    return this.positions.length;
  }

  /** Whether (aPos, aScore) ranks below (bPos, bScore). */
  private static worse(aScore: number, aPos: number, bScore: number, bPos: number): boolean {
    return aScore < bScore || (aScore === bScore && aPos > bPos);
  }

  push(position: number, score: number): void {
    const { positions, scores } = this;
    if (this.k <= 0) return;
    if (positions.length < this.k) {
      positions.push(position);
      scores.push(score);
      this.siftUp(positions.length - 1);
    } else if (TopK.worse(scores[0]!, positions[0]!, score, position)) {
      positions[0] = position;
      scores[0] = score;
      this.siftDown(0);
    }
  }

  /** Positions, best first. */
  sorted(): number[] {
    const order = this.positions.map((_, i) => i);
    order.sort((a, b) => {
      const sa = this.scores[a]!;
      const sb = this.scores[b]!;
      return sa !== sb ? sb - sa : this.positions[a]! - this.positions[b]!;
    });
    return order.map((i) => this.positions[i]!);
  }

  private siftUp(index: number): void {
    const { positions, scores } = this;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!TopK.worse(scores[i]!, positions[i]!, scores[parent]!, positions[parent]!)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(index: number): void {
    const { positions, scores } = this;
    const n = positions.length;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < n && TopK.worse(scores[left]!, positions[left]!, scores[worst]!, positions[worst]!)) worst = left;
      if (right < n && TopK.worse(scores[right]!, positions[right]!, scores[worst]!, positions[worst]!)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const { positions, scores } = this;
    const p = positions[a]!;
    positions[a] = positions[b]!;
    positions[b] = p;
    const s = scores[a]!;
    scores[a] = scores[b]!;
    scores[b] = s;
  }
}
