import { normaliseReferenceCode, type Theme } from '../../domain';
import type { ThemeDraft } from './operations';

/** A theme known to the import: already in the plan, or to be created by it. */
export interface KnownTheme {
  readonly code: string;
  readonly name: string;
  /** True when the import creates it. */
  readonly isNew: boolean;
  readonly draft?: ThemeDraft;
}

function nameKey(text: string): string {
  return text.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Finds the theme a row names, by code (`LC`), name (`Leadership and Culture`, any case and
 * spacing) or both (`LC - Leadership and Culture`).
 */
export class ThemeResolver {
  private readonly byCode = new Map<string, KnownTheme>();
  private readonly byName = new Map<string, KnownTheme>();
  private nextOrder: number;
  private generated = 0;

  public constructor(existing: readonly Theme[], declared: readonly ThemeDraft[], private readonly createMissing: boolean) {
    for (const t of existing) this.remember({ code: normaliseReferenceCode(t.code), name: t.name, isNew: false });
    for (const d of declared) {
      if (!this.byCode.has(normaliseReferenceCode(d.code))) this.remember({ code: normaliseReferenceCode(d.code), name: d.name, isNew: true, draft: d });
    }
    this.nextOrder = Math.max(0, ...existing.map((t) => t.order), ...declared.map((d) => d.order)) + 1;
  }

  private remember(theme: KnownTheme): KnownTheme {
    this.byCode.set(theme.code, theme);
    this.byName.set(nameKey(theme.name), theme);
    return theme;
  }

  /** The theme with this code, if known. */
  public byThemeCode(code: string): KnownTheme | undefined {
    return this.byCode.get(normaliseReferenceCode(code));
  }

  /** The theme the text names, if known (a new theme first met in lower case takes this spelling). */
  public find(text: string): KnownTheme | undefined {
    const found = this.lookUp(text);
    const name = text.trim().replace(/^[A-Z]{1,6}\s*[-–:.)]\s*/, '');
    if (found?.isNew && found.draft && found.name === found.name.toLowerCase() && name !== name.toLowerCase() && nameKey(name) === nameKey(found.name)) {
      return this.remember({ ...found, name, draft: { ...found.draft, name } });
    }
    return found;
  }

  private lookUp(text: string): KnownTheme | undefined {
    const trimmed = text.trim();
    const direct = this.byCode.get(normaliseReferenceCode(trimmed)) ?? this.byName.get(nameKey(trimmed));
    if (direct) return direct;
    const split = /^([A-Za-z0-9]+)\s*[-–:.)]?\s+(.+)$/.exec(trimmed);
    if (split) return this.byCode.get(normaliseReferenceCode(split[1])) ?? this.byName.get(nameKey(split[2]));
    return undefined;
  }

  /**
   * Creates a theme for text the plan does not know, when the import may create themes. The text
   * may be a code (`HR`), a name (`Housing`) or both (`HR - Housing`); without a code, the
   * reference's first part is used when that is letters (`HR` for `HR.A1`), else `T1`, `T2`...
   * A theme first met by its code alone takes the name a later row gives it. Undefined when the
   * text names a different theme from the one the reference's code already stands for.
   */
  public create(text: string, codeHint: string | undefined): KnownTheme | undefined {
    if (!this.createMissing) return undefined;
    const trimmed = text.trim();
    const both = /^([A-Z]{1,6})\s*[-–:.)]\s*(.+)$/.exec(trimmed);
    const codeOnly = /^[A-Z]{1,6}$/.test(trimmed);
    const code = both ? both[1] : codeOnly ? trimmed : codeHint;
    const name = both ? both[2].trim() : trimmed;
    const existing = code !== undefined ? this.byCode.get(code) : undefined;
    if (existing) {
      const sameName = nameKey(existing.name) === nameKey(name);
      // A name first met in lower case, or a code standing in for a name, gives way to a proper name.
      const placeholder = existing.name === existing.code || (sameName && existing.name === existing.name.toLowerCase() && name !== name.toLowerCase());
      if (codeOnly || (sameName && !placeholder)) return existing;
      if (!existing.isNew || !existing.draft || !placeholder) return undefined;
      const renamed: KnownTheme = { ...existing, name, draft: { ...existing.draft, name } };
      this.byName.delete(nameKey(existing.name));
      return this.remember(renamed);
    }
    let free = code;
    while (free === undefined || this.byCode.has(free)) free = `T${++this.generated}`;
    const draft: ThemeDraft = { code: free, name, order: this.nextOrder++ };
    return this.remember({ code: free, name, isNew: true, draft });
  }

  /** Every known theme, for messages: `LC Leadership and Culture, GD Governance...`. */
  public describe(): string {
    return [...this.byCode.values()].map((t) => `${t.code} ${t.name}`).join(', ');
  }
}
