import type { Page } from 'playwright-core';

/** A focusable element whose focus ring is too faint on what lies behind it. */
export interface FaintRing {
  element: string;
  ring: string;
  background: string;
  ratio: number;
}

/**
 * Focuses every visible focusable element of the page as a keyboard user would (`:focus-visible`)
 * and measures its focus ring against the colour right behind the ring (found with
 * `elementsFromPoint`, so a skip link over the dark header is measured on the header). A two-tone
 * ring (an outline over a box-shadow band, for elements over mixed backgrounds such as map markers)
 * is measured band against band: one of the two then stands out from any background. Returns the
 * rings under `minRatio` (WCAG 2.1, 1.4.11: 3:1) and how many elements were measured.
 */
export async function faintFocusRings(page: Page, minRatio = 3): Promise<{ measured: number; faint: FaintRing[] }> {
  // Chromium shows `:focus-visible` on `focus()` once the last interaction was the keyboard.
  await page.keyboard.press('Shift');
  return page.evaluate((min) => {
    const rgb = (css: string): [number, number, number, number] => {
      const m = /rgba?\(([^)]+)\)/.exec(css);
      if (m === null) return [0, 0, 0, 0];
      const [r = 0, g = 0, b = 0, a = 1] = (m[1] ?? '')
        .split(/[,\s/]+/)
        .filter(Boolean)
        .map(Number);
      return [r, g, b, a];
    };
    const weights = [0.2126, 0.7152, 0.0722];
    const luminance = ([r, g, b]: number[]) =>
      [r, g, b]
        .map((v) => (v ?? 0) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * (weights[i] ?? 0), 0);
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    /** The first opaque background at a point, below `skip` (the element, when its ring is outside it). */
    const backgroundAt = (x: number, y: number, skip: Element | null): number[] => {
      for (const el of document.elementsFromPoint(x, y)) {
        if (skip !== null && (el === skip || skip.contains(el))) continue;
        const colour = rgb(getComputedStyle(el).backgroundColor);
        if (colour[3] > 0.5) return colour;
      }
      return [255, 255, 255, 1];
    };
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const faint: { element: string; ring: string; background: string; ratio: number }[] = [];
    let measured = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('[hidden], [inert]') !== null || (el as HTMLInputElement).disabled) continue;
      el.focus();
      if (document.activeElement !== el || !el.matches(':focus-visible')) continue;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      measured++;
      const width = parseFloat(style.outlineWidth);
      const offset = parseFloat(style.outlineOffset);
      if (style.outlineStyle === 'none' || width < 2) {
        faint.push({ element: el.outerHTML.slice(0, 120), ring: 'aucun', background: '', ratio: 0 });
        continue;
      }
      // Middle of the ring on the left edge (the right one when the left is off screen).
      const out = offset + width / 2;
      const x = rect.left - out >= 0 ? rect.left - out : rect.right + out;
      const y = rect.top + rect.height / 2;
      const background = backgroundAt(x, y, offset >= 0 ? el : null);
      const ring = rgb(style.outlineColor);
      // A two-tone ring (WCAG technique C40): a box-shadow band of another colour under the outline.
      const band = /(rgba?\([^)]+\)) 0px 0px 0px [1-9]/.exec(style.boxShadow);
      const r = band === null ? ratio(ring, background) : ratio(ring, rgb(band[1] ?? ''));
      if (r < min)
        faint.push({
          element: el.outerHTML.slice(0, 120),
          ring: style.outlineColor,
          background: `rgb(${background.slice(0, 3).join(', ')})`,
          ratio: Math.round(r * 100) / 100,
        });
    }
    return { measured, faint };
  }, minRatio);
}
