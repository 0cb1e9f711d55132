import * as React from 'react';
import * as AdaptiveCards from 'adaptivecards';
import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, overflowY: 'auto', height: '100%', boxSizing: 'border-box' },
  message: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow4, padding: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3, display: 'block', marginBottom: tokens.spacingVerticalXS }
});

/** Renders one Adaptive Card with the official renderer, as Teams would (markdown stays plain text). */
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

/** The "Teams channel" pane: every card the app and the sweep posted, newest first, refreshed each second. */
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
          setMessages(Array.isArray(data) ? data : data.value ?? []);
        }
      } catch {
        // The emulator restarting: try again next tick.
      }
    };
    void poll();
    const timer = window.setInterval(poll, 1000);
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
