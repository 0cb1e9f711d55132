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

  /** The theme the text names, if known. */
  public find(text: string): KnownTheme | undefined {
    const trimmed = text.trim();
    const direct = this.byCode.get(normaliseReferenceCode(trimmed)) ?? this.byName.get(nameKey(trimmed));
    if (direct) return direct;
    const split = /^([A-Za-z0-9]+)\s*[-–:.)]?\s+(.+)$/.exec(trimmed);
    if (split) return this.byCode.get(normaliseReferenceCode(split[1])) ?? this.byName.get(nameKey(split[2]));
    return undefined;
  }

  /**
   * Creates a theme for a name the plan does not know, when the import may create themes. The
   * code is the reference's first part when that is letters and free (`HR` for `HR.A1`), else
   * `T1`, `T2`...
   */
  public create(name: string, codeHint: string | undefined): KnownTheme | undefined {
    if (!this.createMissing) return undefined;
    const hint = codeHint !== undefined && /^[A-Z]+$/.test(codeHint) && !this.byCode.has(codeHint) ? codeHint : undefined;
    let code = hint;
    while (code === undefined || this.byCode.has(code)) code = `T${++this.generated}`;
    const draft: ThemeDraft = { code, name: name.trim(), order: this.nextOrder++ };
    return this.remember({ code, name: draft.name, isNew: true, draft });
  }

  /** Every known theme, for messages: `LC Leadership and Culture, GD Governance...`. */
  public describe(): string {
    return [...this.byCode.values()].map((t) => `${t.code} ${t.name}`).join(', ');
  }
}
