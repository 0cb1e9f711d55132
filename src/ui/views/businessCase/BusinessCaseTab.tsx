import * as React from 'react';
import { Body1, Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { AnswerLostError, ConflictError } from '../../../application/errors';
import { decideBusinessCase, saveBusinessCase } from '../../../application/businessCases';
import { newOperationKey, type OperationKey } from '../../../application/operationKey';
import type { BusinessCaseStore, CaseAction } from '../../../application/ports/businessCaseStore';
import type { CurrentUser } from '../../../application/ports/planRepository';
import { caseInputFrom, emptyBusinessCase, isSameAccount, mayWriteCase, type BusinessCaseInput, type BusinessCaseRecord, type CaseDecisionKind, type RevisionState } from '../../../domain';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../components/States';
import { useAsync } from '../../hooks/useAsync';
import { PanelSection } from '../actionPanel/PanelSection';
import { BusinessCaseForm, type CaseSaveOutcome } from './BusinessCaseForm';
import { CaseDecisionControls } from './CaseDecisionControls';
import { CaseReadView } from './CaseReadView';
import { CaseStatusLine } from './CaseStatusLine';
import { caseStrings } from './caseStrings';

const useStyles = makeStyles({
  gap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS }
});

/** Props of {@link BusinessCaseTab}. */
export interface BusinessCaseTabProps {
  /** Where cases are kept; absent where the host offers none. */
  store?: BusinessCaseStore;
  action: CaseAction;
  user: CurrentUser;
  /** A closed period is shown: nothing is editable. */
  readOnly?: boolean;
}

/**
 * The action panel's business-case tab, loaded when first opened: where the case stands and the
 * case itself for everyone who may read it (councillors see only an approved case); the form for
 * the action's lead or a delegate; Approve and Return for the programme office.
 */
export function BusinessCaseTab({ store, action, user, readOnly = false }: BusinessCaseTabProps): React.ReactElement {
  const styles = useStyles();
  const [editing, setEditing] = React.useState(false);
  const [notice, setNotice] = React.useState<string | undefined>();
  const [shown, setShown] = React.useState<BusinessCaseRecord | undefined>();
  // One key per save the person means; kept after an unknown outcome so saving again is recognised.
  const keyRef = React.useRef<OperationKey | undefined>();
  const forgetKey = (): void => {
    keyRef.current = undefined;
  };
  const { state, retry } = useAsync<BusinessCaseRecord | undefined>(() => (store ? store.readBusinessCase(action) : Promise.resolve(undefined)), [store, action.id]);
  React.useEffect(() => {
    if (state.status === 'ready') setShown(state.value);
  }, [state]);

  if (!store) return <PanelSection title={caseStrings.heading}><EmptyState>{caseStrings.notOffered}</EmptyState></PanelSection>;
  if (state.status === 'error') return <PanelSection title={caseStrings.heading}><ErrorState title={caseStrings.failed} message={state.message} onRetry={retry} /></PanelSection>;
  // What was read, until a save or decision here replaces it.
  const record = shown ?? (state.status === 'ready' ? state.value : undefined);
  if (!record) return <PanelSection title={caseStrings.heading}><LoadingState label={caseStrings.loading} /></PanelSection>;
  const writer = !readOnly && user.canEdit && mayWriteCase(user.person, action);
  const decider = !readOnly && user.canManage && record.status === 'Submitted';

  const save = async (input: BusinessCaseInput, caseState: RevisionState, onTopOf?: string): Promise<CaseSaveOutcome> => {
    if (!keyRef.current) keyRef.current = newOperationKey();
    const key = keyRef.current;
    try {
      const result = await saveBusinessCase(store, user, action, input, caseState, onTopOf ?? record.latest?.id, key);
      if (result.outcome === 'invalid') {
        forgetKey();
        return { kind: 'invalid', problems: result.problems };
      }
      forgetKey();
      if (result.outcome === 'refused') return { kind: 'failed', message: result.reason };
      setShown(result.record);
      setEditing(false);
      setNotice(caseState === 'Submitted' ? caseStrings.submitted : caseStrings.saved);
      return { kind: 'saved' };
    } catch (error) {
      if (error instanceof ConflictError) {
        forgetKey();
        const theirs = (error as ConflictError<unknown, BusinessCaseRecord>).theirs;
        return { kind: 'conflict', message: error.message, ...(theirs.latest ? { theirs: theirs.latest.content, theirsId: theirs.latest.id } : {}) };
      }
      if (!(error instanceof AnswerLostError)) forgetKey();
      return { kind: 'failed', message: errorMessage(error) };
    }
  };

  const decide = async (decision: CaseDecisionKind, reason: string): Promise<string | undefined> => {
    try {
      const result = await decideBusinessCase(store, user, action, record.latest?.id ?? '', decision, reason, newOperationKey());
      if (result.outcome === 'refused') return result.reason;
      setShown(result.record);
      setNotice(caseStrings.decided(decision));
      return undefined;
    } catch (error) {
      return errorMessage(error);
    }
  };

  // Councillors read only decisions, so what they see is the case as approved.
  const content = record.latest?.content ?? record.approved?.approvedContent;
  return (
    <PanelSection title={caseStrings.heading}>
      <div className={styles.gap}>
        {notice ? (
          <MessageBar intent="success" layout="multiline" role="status">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
        {record.status !== 'None' ? <CaseStatusLine record={record} /> : null}
        {editing ? (
          <BusinessCaseForm
            initial={caseInputFrom(content ?? emptyBusinessCase())}
            save={save}
            onCancel={() => setEditing(false)}
            onUseTheirs={() => {
              setEditing(false);
              retry();
            }}
          />
        ) : (
          <>
            {writer ? (
              <div className={styles.buttons}>
                <Button appearance={record.status === 'None' || record.status === 'Returned' ? 'primary' : 'secondary'} onClick={() => { setNotice(undefined); setEditing(true); }}>
                  {record.status === 'None' ? caseStrings.write : caseStrings.edit}
                </Button>
              </div>
            ) : null}
            {content ? <CaseReadView content={content} /> : <Body1 as="p" block>{user.canEdit ? caseStrings.none : caseStrings.noneForReader}</Body1>}
            {decider ? <CaseDecisionControls decide={decide} ownCase={record.latest !== undefined && isSameAccount(record.latest.author, user.person)} /> : null}
          </>
        )}
      </div>
    </PanelSection>
  );
}
