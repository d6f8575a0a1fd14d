import { parseItemKey } from "../lib/item-key";
import type { WordIndex } from "./word-index";

/**
 * Boosts by item key (frecency) turned into boosts by position in an index, worked out once per map: frecency changes
 * when an item is used, not per keystroke, and it names a few hundred items at most.
 */
export class BoostPositions {
  private readonly byMap = new WeakMap<ReadonlyMap<string, number>, ReadonlyMap<number, number>>();
  /** Position of each slot of the vaults' columns laid end to end; made on first need. */
  private positionOf: Uint32Array | undefined;
  private vaultStart: Uint32Array | undefined;

  constructor(private readonly index: WordIndex) {}

  of(boosts: ReadonlyMap<string, number> | undefined): ReadonlyMap<number, number> | undefined {
    if (!boosts || boosts.size === 0) return undefined;
    const known = this.byMap.get(boosts);
    if (known) return known;
    const { index } = this;
    if (!this.positionOf || !this.vaultStart) {
      this.positionOf = new Uint32Array(index.size);
      this.vaultStart = new Uint32Array(index.vaults.length + 1);
      for (let v = 0; v < index.vaults.length; v++)
        this.vaultStart[v + 1] = this.vaultStart[v]! + index.vaults[v]!.size;
      for (let p = 0; p < index.size; p++)
        this.positionOf[this.vaultStart[index.itemVault[p]!]! + index.itemOffset[p]!] = p;
    }
    const vaultOf = new Map(index.vaults.map((list, v) => [`${list.vault.account}\u0000${list.vault.id}`, v]));
    const byPosition = new Map<number, number>();
    for (const [key, boost] of boosts) {
      const location = parseItemKey(key);
      const v = location ? vaultOf.get(`${location.account}\u0000${location.vaultId}`) : undefined;
      if (v === undefined || !location) continue;
      const offset = index.vaults[v]!.ids.indexOf(location.itemId);
      if (offset >= 0) byPosition.set(this.positionOf[this.vaultStart[v]! + offset]!, boost);
    }
    this.byMap.set(boosts, byPosition);
    return byPosition;
  }
}
