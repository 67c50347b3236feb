/**
 * Whether a peer leads on both count (level) and growth — the "双领先" of a bulletin: both ranks
 * within the top `top` (default 1: first on both).
 *
 * @category Ranks
 * @example
 * doubleLead({ levelRank: 1, growthRank: 1 }) // => true
 * doubleLead({ levelRank: 1, growthRank: 2 }) // => false
 * doubleLead({ levelRank: 2, growthRank: 3 }, 3) // => true
 */
export function doubleLead(row: { readonly levelRank: number; readonly growthRank: number }, top = 1): boolean {
  return row.levelRank <= top && row.growthRank <= top;
}
