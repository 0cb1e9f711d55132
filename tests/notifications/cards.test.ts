import {
  alertReference,
  cardBytes,
  CARD_BUDGET_BYTES,
  CARD_VERSION,
  escapeCardText,
  excerpt,
  renderDigestCard,
  renderReminderCard,
  renderSlipCard,
  safeCardUrl,
  TEAMS_MESSAGE_LIMIT_BYTES
} from '../../src/notifications/cards';
import { graphChannelMessage, workflowMessage } from '../../src/notifications/senders';
import { cardProblems, cardTexts, cardUrls } from './support/validateCard';
import { ACTION_URL, digestData, reminderData, slipData } from './support/cardData';

const HOSTILE = 'See [evil](https://evil.example) **now** _x_ `code` <b>bold</b> ![img](https://x) ~~s~~ ${$root.actionUrl} \\ "quotes" }]}';

describe('the parser check itself', () => {
  it('reports unknown elements and invalid values, so a clean result means something', () => {
    const bad = { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'Bogus' }, { type: 'TextBlock', text: 'x', color: 'Purple' }] };
    expect(cardProblems(bad).length).toBeGreaterThanOrEqual(2);
  });
});

describe('slip card', () => {
  it('is a clean Adaptive Card at the version Teams renders, with every field the issue asks for', () => {
    const card = renderSlipCard(slipData());
    expect(cardProblems(card)).toEqual([]);
    expect(card.version).toBe(CARD_VERSION);
    expect(card.$schema).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
    const texts = cardTexts(card);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Slipped from Green to Red',
        'LD.A2.1 Publish the workforce strategy',
        'Green',
        'Red',
        'LD Leadership',
        'Jo Lead',
        '31 Jan 2026',
        '31 Mar 2026',
        'Sam Officer',
        'Consultation with the unions has taken longer than planned.'
      ])
    );
    expect(texts).toContain('Alert for LD.A2.1 (Green to Red), detected 10 May 2026. Ref 42/Green-to-Red/2026-03-31');
    expect(cardUrls(card)).toEqual([ACTION_URL]);
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open action', url: ACTION_URL }]);
  });

  it('ends with a reference a reader can quote, the same each time the slip is posted', () => {
    const once = cardTexts(renderSlipCard(slipData()));
    const again = cardTexts(renderSlipCard(slipData()));
    expect(once[once.length - 1]).toBe(again[again.length - 1]);
    expect(alertReference('7:Amber->Red:2026-12-01')).toBe('7/Amber-to-Red/2026-12-01');
    const first = cardTexts(renderSlipCard(slipData({ fromRating: undefined, toRating: 'Amber' })));
    expect(first[first.length - 1]).toMatch(/^Alert for LD\.A2\.1 \(now Amber\), detected 10 May 2026\. Ref /);
  });

  it('colours each rating and always writes the word beside the colour', () => {
    const json = JSON.stringify(renderSlipCard(slipData({ fromRating: 'Amber', toRating: 'Red' })));
    expect(json).toContain('"text":"Amber","weight":"Bolder","color":"Warning"');
    expect(json).toContain('"text":"Red","weight":"Bolder","color":"Attention"');
    const first = renderSlipCard(slipData({ fromRating: undefined, toRating: 'Amber' }));
    expect(cardTexts(first)).toEqual(expect.arrayContaining(['Now rated Amber', 'Not rated', 'Amber']));
  });

  it('leaves out the commentary heading when there is no commentary', () => {
    const card = renderSlipCard(slipData({ commentary: '   ' }));
    expect(cardProblems(card)).toEqual([]);
    expect(cardTexts(card)).not.toContain('Latest commentary');
  });

  it('shows user text literally: no markdown link, emphasis, HTML or template expression survives, and the JSON stays whole', () => {
    const card = renderSlipCard(slipData({ actionTitle: HOSTILE, commentary: HOSTILE, leadOfficer: HOSTILE, changedBy: HOSTILE, reason: HOSTILE }));
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(JSON.parse(json)).toEqual(card);
    for (const text of cardTexts(card)) {
      expect(text).not.toMatch(/(^|[^\\])\[/);
      expect(text).not.toMatch(/(^|[^\\])\*\*/);
      expect(text).not.toMatch(/(^|[^\\])</);
      expect(text).not.toMatch(/(^|[^\\])`/);
    }
    expect(json).toContain('${$root.actionUrl}');
    expect(cardUrls(card)).toEqual([ACTION_URL]);
  });

  it('refuses a link that is not absolute http(s)', () => {
    expect(() => renderSlipCard(slipData({ actionUrl: 'javascript:alert(1)' }))).toThrow(RangeError);
    expect(safeCardUrl('http://127.0.0.1:4400/?action=1')).toBe('http://127.0.0.1:4400/?action=1');
    expect(safeCardUrl('http://intranet.example/')).toBeUndefined();
    expect(safeCardUrl('/relative')).toBeUndefined();
  });

  it('stays under the size budget by cutting the commentary with an ellipsis', () => {
    const long = 'Delays in recruitment and consultation. '.repeat(3000);
    const card = renderSlipCard(slipData({ commentary: long, actionTitle: 'T'.repeat(5000) }));
    expect(cardProblems(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(cardTexts(card).some((t) => t.startsWith('Delays in recruitment') && t.endsWith('…'))).toBe(true);
    for (const envelope of [graphChannelMessage(card, 'a1'), workflowMessage(card)]) {
      expect(Buffer.byteLength(JSON.stringify(envelope))).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    }
  });
});

describe('digest card', () => {
  it('is clean and lists newly slipped first, then Red before Amber, then by code', () => {
    const card = renderDigestCard(digestData(4));
    expect(cardProblems(card)).toEqual([]);
    const actions = cardTexts(card).filter((t) => t.startsWith('LD.A'));
    expect(actions).toEqual(['LD.A4 Action number 4', 'LD.A2 Action number 2', 'LD.A1 Action number 1', 'LD.A3 Action number 3']);
    expect(cardTexts(card)).toEqual(expect.arrayContaining(['Weekly digest: LD Leadership, 11 May 2026', '2 Red actions, 2 Amber actions; 1 newly slipped this week.']));
    expect(cardTexts(card).find((t) => t.startsWith('Newly slipped'))).toBe('Newly slipped. Due 30 Apr 2026. Lead: Jo Lead');
  });

  it('fits hundreds of actions by listing fewer and counting the rest', () => {
    const card = renderDigestCard(digestData(400, {}));
    expect(cardProblems(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(cardTexts(card).some((t) => /^And \d+ more actions: open the plan/.test(t))).toBe(true);
  });
});

describe('reminder card', () => {
  it('is clean and names the owner, the period and each owed action', () => {
    const card = renderReminderCard(reminderData(2));
    expect(cardProblems(card)).toEqual([]);
    expect(cardTexts(card)).toEqual(
      expect.arrayContaining([
        'Update due: Jo Lead',
        '2 actions need a progress update for May 2026 (LD Leadership), due by 28 May 2026.',
        'LD.B1 Owed update 1',
        'Last updated 2 Apr 2026. Due 30 Sep 2026.'
      ])
    );
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open action', url: `${ACTION_URL}&r=0` }]);
  });

  it('escapes the owner name and refuses an empty reminder', () => {
    const card = renderReminderCard(reminderData(1, { ownerName: '[Jo](https://evil) *Lead*' }));
    expect(cardProblems(card)).toEqual([]);
    expect(cardTexts(card)).toContain('Update due: \\[Jo\\](https://evil) \\*Lead\\*');
    expect(() => renderReminderCard(reminderData(0))).toThrow(RangeError);
  });
});

describe('card text helpers', () => {
  it('escapes markdown and line-start markers', () => {
    expect(escapeCardText('a [b](c) *d* _e_ `f` <g> ~h~ \\')).toBe('a \\[b\\](c) \\*d\\* \\_e\\_ \\`f\\` \\<g\\> \\~h\\~ \\\\');
    expect(escapeCardText('# Heading')).toBe('\\# Heading');
    expect(escapeCardText('- item')).toBe('\\- item');
    expect(escapeCardText('1. first')).toBe('1\\. first');
    expect(escapeCardText('bell\u0007')).toBe('bell');
  });

  it('cuts excerpts at a word with an ellipsis and never splits an emoji', () => {
    expect(excerpt('one two three four five', 12)).toBe('one two…');
    expect(excerpt('short', 12)).toBe('short');
    expect(excerpt('line one\n\nline two', 50)).toBe('line one line two');
    expect(Array.from(excerpt('😀'.repeat(20), 5))).toEqual(['😀', '😀', '😀', '😀', '…']);
  });
});
