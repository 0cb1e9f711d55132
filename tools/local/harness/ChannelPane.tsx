import * as React from 'react';
import * as AdaptiveCards from 'adaptivecards';
import MarkdownIt from 'markdown-it';
import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, overflowY: 'auto', height: '100%', boxSizing: 'border-box' },
  message: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow4, padding: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3, display: 'block', marginBottom: tokens.spacingVerticalXS }
});

/**
 * Teams renders a subset of markdown in TextBlocks (bold, italic, lists, links). Raw HTML stays
 * text (`html: false`), as in Teams, so the cards' escaping of user text is what keeps it plain.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, breaks: true });
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown.render(text);
  result.didProcess = true;
};

/** Renders one Adaptive Card with the official renderer and markdown, as Teams would. */
function CardView({ card }: { card: unknown }): React.ReactElement {
  const host = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const element = host.current;
    if (!element) return;
    const adaptive = new AdaptiveCards.AdaptiveCard();
    adaptive.onExecuteAction = (action) => {
      if (action instanceof AdaptiveCards.OpenUrlAction && action.url) window.open(action.url, '_blank', 'noopener');
    };
    try {
      adaptive.parse(card);
      const rendered = adaptive.render();
      element.replaceChildren(...(rendered ? [rendered] : []));
    } catch (error) {
      element.textContent = `This card could not be shown: ${error instanceof Error ? error.message : String(error)}`;
    }
  }, [card]);
  return <div ref={host} />;
}

/**
 * Pulls the adaptive cards out of a message the emulator recorded. Both Teams paths carry the card
 * as an attachment: Graph as a JSON string, the Workflows trigger as an object.
 */
export function cardsOf(record: Record<string, unknown>): unknown[] {
  const envelope = (record.envelope ?? {}) as Record<string, unknown>;
  const attachments = (envelope.attachments ?? []) as Array<{ contentType?: string; content?: unknown }>;
  return attachments
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => (typeof a.content === 'string' ? JSON.parse(a.content) : a.content));
}

/** How often the pane asks the emulator for new messages: well inside the one second a director would wait. */
const POLL_MS = 250;

/** The "Teams channel" pane: every card the app and the sweep posted, newest first. */
export function ChannelPane(): React.ReactElement {
  const styles = useStyles();
  const [messages, setMessages] = React.useState<Array<Record<string, unknown>>>([]);
  React.useEffect(() => {
    let stopped = false;
    const poll = async (): Promise<void> => {
      try {
        const response = await fetch('/_emulator/channel-messages');
        if (response.ok && !stopped) {
          const data = (await response.json()) as { value?: Array<Record<string, unknown>> } | Array<Record<string, unknown>>;
          const next = Array.isArray(data) ? data : data.value ?? [];
          // Re-render (and re-parse every card) only when a message arrived or the channel was cleared.
          setMessages((previous) => (previous.length === next.length && previous[previous.length - 1]?.seq === next[next.length - 1]?.seq ? previous : next));
        }
      } catch {
        // The emulator restarting: try again next tick.
      }
    };
    void poll();
    const timer = window.setInterval(poll, POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, []);
  const newestFirst = [...messages].reverse();
  return (
    <section className={styles.pane} aria-labelledby="channel-heading">
      <Subtitle2 as="h2" id="channel-heading">Teams channel</Subtitle2>
      {newestFirst.length === 0 ? <Body1>No cards yet. Set an action to Amber or Red, or run the sweep, and its card appears here.</Body1> : null}
      <ol aria-label="Channel messages" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
        {newestFirst.map((message, index) => (
          <li key={String(message.seq ?? index)} className={styles.message}>
            <Caption1 className={styles.meta}>
              {message.kind === 'graph' ? 'Posted by the app (Graph)' : 'Posted by the sweep (Workflows)'} · {String(message.channelId ?? message.name ?? '')} ·{' '}
              {new Date(String(message.receivedAt ?? Date.now())).toLocaleString('en-GB')}
            </Caption1>
            {cardsOf(message).map((card, i) => (
              <CardView key={i} card={card} />
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
