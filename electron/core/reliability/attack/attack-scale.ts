/**
 * How hard the attack suite pushes: `npm run test:attack` sets ASSAY_ATTACK_SCALE=full; the normal unit run (and CI)
 * replays every attack at the small default.
 */
export const attackScale = (small: number, full: number): number => (process.env.ASSAY_ATTACK_SCALE === 'full' ? full : small);
