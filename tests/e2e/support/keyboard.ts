import type { Locator, Page } from 'playwright-core';

/** Whether `locator` is the element that has focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

/** What has focus, in words, for failure messages: tag, role, label and text. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'the page body (focus was lost)';
    const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ?? '';
    const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
    return `${role}${label ? ` "${label}"` : ''}${el.textContent?.trim() ? ` with text "${el.textContent.trim().slice(0, 60)}"` : ''}`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails
 * with the path focus took when it does not get there within `max` presses.
 */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  const trail: string[] = [];
  for (let i = 0; i < (options.max ?? 30); i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    trail.push(await describeFocus(page));
  }
  if (await isFocused(target)) return;
  throw new Error(`Tab never reached the control. Focus went:\n  ${trail.join('\n  ')}`);
}

/**
 * In an open Fluent listbox (a Dropdown's popup), moves with the arrow keys until `option` is
 * the active option, then presses Enter to choose it.
 */
export async function chooseWithArrows(page: Page, combobox: Locator, option: string, max = 12): Promise<void> {
  const activeOption = (): Promise<string> =>
    combobox.evaluate((el) => {
      const id = el.getAttribute('aria-activedescendant');
      return (id ? document.getElementById(id)?.textContent : '')?.trim() ?? '';
    });
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const current = await activeOption();
    seen.push(current);
    if (current === option) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The arrow keys never reached "${option}"; the options passed were: ${seen.join(', ')}`);
}
