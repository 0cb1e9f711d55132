import * as React from 'react';
import { Body1, Button, makeStyles, mergeClasses, MessageBar, MessageBarBody, Spinner, tokens, useId } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import type { BusinessCaseStore } from '../../../application/ports/businessCaseStore';
import { benefitsByTheme, rollupTotal, type BusinessCaseRecord, type CaseFigures, type Plan } from '../../../domain';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../components/States';
import { useAsync } from '../../hooks/useAsync';
import { DOCX_TYPE, safeFileName, saveFile } from '../reports/saveFile';
import { caseStrings } from './caseStrings';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', minWidth: '100%', fontVariantNumeric: 'tabular-nums' },
  caption: { paddingBlockEnd: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, textAlign: 'end' },
  start: { textAlign: 'start' },
  total: { fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalS },
  status: { minHeight: '24px' }
});

/** Props of {@link BusinessCaseFigures}. */
export interface BusinessCaseFiguresProps {
  store: BusinessCaseStore;
  plan: Plan;
  /** Today, for the document's "prepared on". */
  today: string;
}

const pounds = caseStrings.pounds;

/**
 * Business case figures by theme for Reports: investment and expected benefits of the approved
 * cases, with cases not yet approved counted apart; and the business cases document to download.
 * Read when Reports opens, never with the plan.
 */
export function BusinessCaseFigures({ store, plan, today }: BusinessCaseFiguresProps): React.ReactElement {
  const styles = useStyles();
  // Named by a line above the table, not a caption: a caption would scroll away with a wide table on a phone.
  const captionId = useId('ipt-case-table');
  const actions = React.useMemo(() => plan.actions.map((a) => ({ id: a.id, code: a.code, ...(a.lead ? { lead: a.lead } : {}), ...(a.delegates ? { delegates: a.delegates } : {}) })), [plan]);
  const { state, retry } = useAsync<BusinessCaseRecord[]>(() => store.readAllBusinessCases(actions), [store, actions]);
  const [download, setDownload] = React.useState<{ kind: 'idle' | 'busy' | 'done' } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  if (state.status === 'loading') return <LoadingState label={caseStrings.rollupLoading} />;
  if (state.status === 'error') return <ErrorState title={caseStrings.failed} message={state.message} onRetry={retry} />;
  const records = state.value;
  if (!records.length) return <EmptyState>{caseStrings.rollupNone}</EmptyState>;
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  const rows = benefitsByTheme(records, (id) => byId.get(id)?.themeCode, plan.themes.map((t) => t.code));
  const total = rollupTotal(rows);
  const themeName = (code: string): string => {
    const theme = plan.themes.find((t) => t.code === code);
    return theme ? `${code} ${theme.name}` : code;
  };
  const pending = (f: CaseFigures): string => caseStrings.rollupPendingText(f.cases, pounds(f.investment), pounds(f.benefits));
  const fileName = safeFileName(`${plan.name} business cases ${today}.docx`);

  const makeDocument = async (): Promise<void> => {
    setDownload({ kind: 'busy' });
    try {
      const { buildBusinessCasesDocx, businessCasesOfPlan } = await import(/* webpackChunkName: 'business-cases-docx' */ '../../../export/businessCases/businessCasesDocx');
      const cases = businessCasesOfPlan(plan, records);
      saveFile(await buildBusinessCasesDocx({ title: `Business cases: ${plan.name}`, council: plan.council, preparedOn: today, cases }), fileName, DOCX_TYPE);
      setDownload({ kind: 'done' });
    } catch (error) {
      setDownload({ kind: 'failed', message: errorMessage(error) });
    }
  };

  const row = (key: string, label: string, approved: CaseFigures, notYet: CaseFigures, isTotal = false): React.ReactElement => (
    <tr key={key} className={isTotal ? styles.total : undefined}>
      <th scope="row" className={mergeClasses(styles.cell, styles.start)}>
        {label}
      </th>
      <td className={styles.cell}>{approved.cases}</td>
      <td className={styles.cell}>{pounds(approved.investment)}</td>
      <td className={styles.cell}>{pounds(approved.benefits)}</td>
      <td className={mergeClasses(styles.cell, styles.start)}>{pending(notYet)}</td>
    </tr>
  );
  return (
    <>
      <Body1 as="p" block>
        {caseStrings.rollupIntro}
      </Body1>
      <Body1 block id={captionId} className={styles.caption}>
        {caseStrings.rollupCaption}
      </Body1>
      <div className={styles.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table} aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.cell, styles.start)}>{caseStrings.rollupTheme}</th>
              <th scope="col" className={styles.cell}>{caseStrings.rollupApproved}</th>
              <th scope="col" className={styles.cell}>{caseStrings.rollupInvestment}</th>
              <th scope="col" className={styles.cell}>{caseStrings.rollupBenefits}</th>
              <th scope="col" className={mergeClasses(styles.cell, styles.start)}>{caseStrings.rollupPending}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => row(r.themeCode, themeName(r.themeCode), r.approved, r.pending))}
            {row('total', caseStrings.rollupTotal, total.approved, total.pending, true)}
          </tbody>
        </table>
      </div>
      <div className={styles.buttons}>
        <Button icon={<ArrowDownload20Regular />} disabledFocusable={download.kind === 'busy'} onClick={() => makeDocument().catch(() => undefined)}>
          {caseStrings.downloadDocx}
        </Button>
      </div>
      <div role="status" aria-live="polite" className={styles.status}>
        {download.kind === 'busy' ? <Spinner size="tiny" labelPosition="after" label={`Preparing ${fileName}`} /> : null}
        {download.kind === 'done' ? <Body1>{`Downloaded ${fileName}`}</Body1> : null}
      </div>
      {download.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{`${caseStrings.downloadFailed}: ${download.message}`}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
