const MINUTE = 60;
const HOUR = 3600;
export const DAY = 86_400;
/** Steps a person can name; each one up to a day divides a day, so hour and day marks stay on the grid. */
const UNITS = [1, 5, 15, 30, MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 7 * DAY];
/** About this many key presses cross the whole window. */
const STEPS_ACROSS = 200;

export interface SliderScale {
  /** The slider's ends, on the step grid (UTC), wide enough to hold the case's first and last moment. */
  lo: number;
  hi: number;
  /** One arrow key press, in seconds. */
  step: number;
  /** One PageUp/PageDown: a day over a multi-day window, else ten steps. */
  page: number;
}

/** The sliders' grid over a case's span [min, max] (unix seconds): about 1/200 of it, rounded up to a named unit. */
export function sliderScale(min: number, max: number): SliderScale {
  const span = Math.max(1, max - min);
  const step = UNITS.find((unit) => unit >= span / STEPS_ACROSS) ?? UNITS[UNITS.length - 1]!;
  const page = span >= 2 * DAY && step < DAY ? DAY : step * 10;
  return { lo: Math.floor(min / step) * step, hi: Math.ceil(max / step) * step, step, page };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** "3 Mar 2024 14:00" in UTC, to the precision of the step (seconds only when a step is under a minute). */
export function formatBound(seconds: number, step: number): string {
  const d = new Date(seconds * 1000);
  const date = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (step >= DAY) return date;
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  return step < MINUTE ? `${date} ${time}:${two(d.getUTCSeconds())}` : `${date} ${time}`;
}

/** "2 d 5 h", "3 h 20 min", "45 s": how long the chosen window is. */
export function formatSpan(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= DAY) return `${Math.floor(s / DAY)} d${s % DAY >= HOUR ? ` ${Math.floor((s % DAY) / HOUR)} h` : ''}`;
  if (s >= HOUR) return `${Math.floor(s / HOUR)} h${s % HOUR >= MINUTE ? ` ${Math.floor((s % HOUR) / MINUTE)} min` : ''}`;
  return s >= MINUTE ? `${Math.floor(s / MINUTE)} min` : `${s} s`;
}
