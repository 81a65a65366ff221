import type { Locator } from '@playwright/test';

/**
 * The WCAG contrast ratio of an element's text against its own background (as computed: the element's background, or
 * the page's when transparent; opacity mixes the text into it). 4.5 is the floor for body text.
 */
export function textContrast(element: Locator): Promise<number> {
  return element.evaluate((el) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) =>
      [r, g, b].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const style = getComputedStyle(el);
    const own = rgb(style.backgroundColor);
    const background = own.length === 4 && own[3] === 0 ? rgb(getComputedStyle(document.body).backgroundColor) : own;
    // A faded element (opacity) shows its text mixed with what lies behind it.
    const opacity = Number(style.opacity);
    const text = rgb(style.color).slice(0, 3).map((c, i) => c * opacity + (background[i] ?? 0) * (1 - opacity));
    const [a, b] = [luminance(text), luminance(background)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}
