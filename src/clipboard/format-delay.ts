/** "90 s", "2 min", "10 min": how long until a copied secret is cleared, for HUDs and toasts. */
export function formatDelay(seconds: number): string {
  if (seconds < 120 || seconds % 60 !== 0) return `${seconds} s`;
  return `${seconds / 60} min`;
}
