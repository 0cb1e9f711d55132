import * as React from 'react';
import { Body1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { IMPACT_LABELS, IMPACT_PRINCIPLES, type BusinessCaseContent, type CaseTextField } from '../../../domain';
import { caseStrings } from './caseStrings';
import { FinanceTable } from './FinanceTable';

const useStyles = makeStyles({
  part: { marginBlockStart: tokens.spacingVerticalL },
  heading: { display: 'block', marginBlockEnd: tokens.spacingVerticalXS },
  facts: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, marginBlockStart: tokens.spacingVerticalS },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2, marginBlock: 0 },
  subhead: { marginBlockStart: tokens.spacingVerticalS, marginBlockEnd: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' }
});

/** A written section, or "not written yet". List text is untrusted: shown as text, never as markup. */
function Prose({ text }: { text: string }): React.ReactElement {
  const styles = useStyles();
  return text ? <Body1 as="p" block className={styles.value}>{text}</Body1> : <Body1 as="p" block className={mergeClasses(styles.value, styles.muted)}>{caseStrings.notWritten}</Body1>;
}

function Part({ title, children }: { title: string; children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.part}>
      <Subtitle2 as="h4" className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

function Facts({ rows }: { rows: ReadonlyArray<[string, string]> }): React.ReactElement {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      {rows.map(([term, value]) => (
        <React.Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={mergeClasses(styles.value, !value && styles.muted)}>{value || caseStrings.notWritten}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}

const textRow = (content: BusinessCaseContent, field: CaseTextField): [string, string] => [caseStrings.readLabels[field], content[field]];

/** Every section of a case, read-only, headed as the template heads them (h4 under the tab's h3). */
export function CaseReadView({ content }: { content: BusinessCaseContent }): React.ReactElement {
  const styles = useStyles();
  return (
    <div>
      <Part title={caseStrings.sections.summary}>
        <Prose text={content.summary} />
      </Part>
      <Part title={caseStrings.sections.impact}>
        <Facts rows={IMPACT_PRINCIPLES.map((p) => [IMPACT_LABELS[p].name, content.impact[p]] as [string, string])} />
      </Part>
      <Part title={caseStrings.sections.options}>
        {content.options.length ? (
          <ol className={styles.list}>
            {content.options.map((o, i) => (
              <li key={i}>
                <Body1 block className={styles.term}>
                  {o.preferred ? `${o.title} ${caseStrings.preferredTag}` : o.title}
                </Body1>
                {o.assessment ? <Body1 as="p" block className={styles.value}>{o.assessment}</Body1> : null}
              </li>
            ))}
          </ol>
        ) : (
          <Body1 as="p" block className={styles.muted}>{caseStrings.noOptions}</Body1>
        )}
      </Part>
      <Part title={caseStrings.sections.risks}>
        <Prose text={content.risks} />
      </Part>
      <Part title={caseStrings.sections.dependencies}>
        <Facts rows={[textRow(content, 'dependencies'), textRow(content, 'impacts'), textRow(content, 'outcomes')]} />
        <Body1 block className={mergeClasses(styles.term, styles.subhead)} as="p">
          {caseStrings.indicators}
        </Body1>
        {content.indicators.length ? (
          <ul className={styles.list}>
            {content.indicators.map((k, i) => (
              <li key={i}>
                <Body1>{k.target ? `${k.measure}: ${k.target}` : k.measure}</Body1>
              </li>
            ))}
          </ul>
        ) : (
          <Body1 as="p" block className={styles.muted}>{caseStrings.noIndicators}</Body1>
        )}
      </Part>
      <Part title={caseStrings.sections.resources}>
        <Prose text={content.resources} />
      </Part>
      <Part title={caseStrings.sections.activity}>
        <Prose text={content.activity} />
      </Part>
      <Part title={caseStrings.sections.finance}>
        <FinanceTable figures={content.finance} />
      </Part>
    </div>
  );
}
