import * as React from 'react';
import * as ReactDom from 'react-dom';
import {
  Body1,
  Caption1,
  Dropdown,
  Field,
  FluentProvider,
  Option,
  OptionGroup,
  makeStyles,
  tokens,
  webLightTheme,
  Title3
} from '@fluentui/react-components';
import { ChannelPane } from './ChannelPane';
import { THEME_MESSAGE } from '../../../src/host/standalone/localHarness';
import { ROUTE_PARAMS } from '../../../src/host/links/actionLinks';

interface Persona {
  login: string;
  displayName: string;
  persona: string;
}

type HostKind = 'sharePoint' | 'teams' | 'teamsPersonal' | 'teamsMobile';

const HOSTS: Array<{ key: HostKind; label: string }> = [
  { key: 'sharePoint', label: 'SharePoint page' },
  { key: 'teams', label: 'Teams tab' },
  { key: 'teamsPersonal', label: 'Teams personal app' },
  { key: 'teamsMobile', label: 'Teams on a phone' }
];
const THEMES = [
  { key: 'default', label: 'Light' },
  { key: 'dark', label: 'Dark' },
  { key: 'contrast', label: 'High contrast' }
];
const ROLE_LABELS: Record<string, string> = {
  staff: 'Action owners (staff)',
  pmo: 'Programme office',
  director: 'Directors',
  member: 'Members (read-only)',
  owner: 'Site owner'
};

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateRows: 'auto 1fr', height: '100vh', backgroundColor: tokens.colorNeutralBackground3 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`
  },
  brand: { marginRight: 'auto', display: 'flex', flexDirection: 'column' },
  body: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 380px', minHeight: 0 },
  stage: { display: 'flex', justifyContent: 'center', padding: tokens.spacingHorizontalL, minHeight: 0, overflow: 'auto' },
  chrome: { display: 'flex', flexDirection: 'column', width: '100%', backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow8, borderRadius: tokens.borderRadiusLarge, overflow: 'hidden' },
  phone: { width: '390px', height: '780px', borderRadius: '28px', border: `10px solid ${tokens.colorNeutralForeground1}` },
  chromeBar: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackground },
  teamsBar: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorNeutralBackground4, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  frame: { flexGrow: 1, border: 'none', width: '100%', minHeight: '600px' },
  side: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground2, minHeight: 0 }
});

/**
 * The framed app's address. The personal app loads where Teams loads it, on the root site
 * (`/_layouts/15/teamshostedapp.aspx?teams&personal`), and finds the plan through the tenant
 * property; it opens on My actions unless the route names a view.
 */
function appUrl(persona: string, host: HostKind, theme: string, route: string): string {
  const params = new URLSearchParams(route);
  params.set('user', persona);
  if (host === 'teamsPersonal') {
    if (!params.get('view')) params.set('view', 'my');
    params.set('teamsTheme', theme);
    return `/_layouts/15/teamshostedapp.aspx?teams&personal&${params.toString()}`;
  }
  params.set('host', host);
  if (host !== 'sharePoint') params.set('teamsTheme', theme);
  return `/app?${params.toString()}`;
}

/** The local product's page: who you are, where the app is hosted, and the Teams channel. */
function Harness(): React.ReactElement {
  const styles = useStyles();
  const query = new URLSearchParams(window.location.search);
  const [personas, setPersonas] = React.useState<Persona[]>([]);
  const [persona, setPersona] = React.useState(query.get('user') ?? '');
  const [host, setHost] = React.useState<HostKind>((query.get('host') as HostKind) || 'teams');
  const [theme, setTheme] = React.useState(query.get('teamsTheme') ?? 'default');
  const frame = React.useRef<HTMLIFrameElement>(null);
  const route = React.useMemo(() => {
    const r = new URLSearchParams();
    for (const key of ROUTE_PARAMS) if (query.get(key)) r.set(key, query.get(key) as string);
    return r.toString();
  }, []);

  React.useEffect(() => {
    void fetch('/_harness/personas')
      .then((r) => r.json())
      .then((list: Persona[]) => {
        setPersonas(list);
        if (!persona) setPersona((list.find((p) => p.persona === 'staff') ?? list[0]).login);
      });
  }, []);

  // Teams tells a running tab about theme changes; the harness imitates that without a reload.
  React.useEffect(() => {
    frame.current?.contentWindow?.postMessage({ type: THEME_MESSAGE, theme }, window.location.origin);
  }, [theme]);

  // The theme is read only when the frame loads; later switches travel by message, as in Teams.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const src = React.useMemo(() => (persona ? appUrl(persona, host, theme, route) : undefined), [persona, host, route]);
  const current = personas.find((p) => p.login === persona);
  const roles = Object.keys(ROLE_LABELS).filter((role) => personas.some((p) => p.persona === role));

  return (
    <div className={styles.page}>
      <header className={styles.bar}>
        <div className={styles.brand}>
          <Title3 as="h1">Improvement Plan Tracker</Title3>
          <Caption1>Local product: emulated SharePoint site and Teams channel, demo council</Caption1>
          <Caption1>
            Sample plans to import as the programme office: <a href="/_harness/samples/northmoor-peer-challenge-actions.xlsx">messy (.xlsx)</a>,{' '}
            <a href="/_harness/samples/northmoor-peer-challenge-actions.csv">messy (.csv)</a>, <a href="/_harness/samples/northmoor-peer-challenge-actions-fixed.xlsx">fixed (.xlsx)</a>; the adopted plan with lettered
            sub-actions (<a href="/_harness/samples/northmoor-improvement-plan.docx">.docx</a>, <a href="/_harness/samples/northmoor-improvement-plan.csv">.csv</a>) and a leaf-coded
            plan with a workstream column (<a href="/_harness/samples/northmoor-workstream-actions.csv">.csv</a>)
          </Caption1>
        </div>
        <Field label="Signed in as">
          <Dropdown
            value={current ? `${current.displayName} (${ROLE_LABELS[current.persona] ?? current.persona})` : ''}
            selectedOptions={persona ? [persona] : []}
            onOptionSelect={(_, d) => setPersona(d.optionValue ?? persona)}
          >
            {roles.map((role) => (
              <OptionGroup key={role} label={ROLE_LABELS[role]}>
                {personas
                  .filter((p) => p.persona === role)
                  .map((p) => (
                    <Option key={p.login} value={p.login} text={`${p.displayName} (${ROLE_LABELS[role]})`}>
                      {p.displayName}
                    </Option>
                  ))}
              </OptionGroup>
            ))}
          </Dropdown>
        </Field>
        <Field label="Host">
          <Dropdown value={HOSTS.find((h) => h.key === host)?.label} selectedOptions={[host]} onOptionSelect={(_, d) => setHost((d.optionValue as HostKind) ?? host)}>
            {HOSTS.map((h) => (
              <Option key={h.key} value={h.key}>
                {h.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Teams theme">
          <Dropdown
            disabled={host === 'sharePoint'}
            value={THEMES.find((t) => t.key === theme)?.label}
            selectedOptions={[theme]}
            onOptionSelect={(_, d) => setTheme(d.optionValue ?? theme)}
          >
            {THEMES.map((t) => (
              <Option key={t.key} value={t.key}>
                {t.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </header>
      <div className={styles.body}>
        <main className={styles.stage}>
          <div className={`${styles.chrome} ${host === 'teamsMobile' ? styles.phone : ''}`}>
            {host === 'sharePoint' ? (
              <div className={styles.chromeBar}>
                <Body1>SharePoint · Improvement site · Improvement Plan page</Body1>
              </div>
            ) : (
              <div className={styles.teamsBar}>
                <Body1>{host === 'teamsPersonal' ? 'Teams · Apps · Improvement Plan (personal app)' : 'Teams · Improvement Board · General · Improvement Plan tab'}</Body1>
              </div>
            )}
            {src ? <iframe ref={frame} key={`${persona}|${host}`} title="Improvement Plan app" className={styles.frame} src={src} /> : null}
          </div>
        </main>
        <aside className={styles.side} aria-label="Teams channel">
          <ChannelPane />
        </aside>
      </div>
    </div>
  );
}

ReactDom.render(
  <FluentProvider theme={webLightTheme}>
    <Harness />
  </FluentProvider>,
  document.getElementById('root')
);
