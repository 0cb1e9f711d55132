/**
 * Validates a card with the official `adaptivecards` parser (the UMD build: the package's ESM
 * `lib` is not transformed by Jest). Collects parse events and property validation failures.
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

/** Every problem the parser and validator report, as readable strings (empty when the card is clean). */
export function cardProblems(card: unknown): string[] {
  const adaptive = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  adaptive.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[e.event]} ${e.message}`);
  }
  const results = adaptive.validateProperties();
  for (const e of results.validationEvents) problems.push(`validate: ${AC.ValidationEvent[e.event]} ${e.message}`);
  return problems;
}

/** Every TextBlock text and FactSet value in a card, for checks on what people read. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
      if (typeof o.title === 'string' && typeof o.value === 'string') out.push(o.value);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** Every Action.OpenUrl url in a card (buttons and select actions). */
export function cardUrls(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.OpenUrl' && typeof o.url === 'string') out.push(o.url);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}
