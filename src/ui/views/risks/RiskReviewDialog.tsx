import * as React from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Textarea,
  tokens
} from '@fluentui/react-components';
import { isConflict, ValidationError, type ValidationProblem } from '../../../application/errors';
import { newOperationKey } from '../../../application/operationKey';
import { recordRiskReview, RISK_NOTE_MAX, validateRiskReview, type RiskReviewStore } from '../../../application/risks';
import { DEFAULT_RISK_GRID, scoreRisk, type IsoDate, type Person, type ReportingPeriod, type RiskReview } from '../../../domain';
import { errorMessage } from '../../components/States';
import type { RiskRow } from './riskRegister';
import { riskStrings } from './riskStrings';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(600px, calc(100vw - 16px))' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM }
});

/** Props of {@link RiskReviewDialog}. */
export interface RiskReviewDialogProps {
  /** The risk reviewed; the dialog is closed when absent. */
  row?: RiskRow;
  store: RiskReviewStore;
  /** The period being reviewed (the month holding today). */
  period: ReportingPeriod;
  closedPeriodIds: readonly string[];
  reviewer: Person;
  today: IsoDate;
  onClose(): void;
  /** Told of the review once SharePoint has it. */
  onRecorded(review: RiskReview): void;
}

/**
 * The programme office's review of a risk for this period: likelihood and impact in the grid's
 * words, a note, problems in words beside each field, and a review somebody else recorded
 * meanwhile shown before it is replaced.
 */
export function RiskReviewDialog(props: RiskReviewDialogProps): React.ReactElement {
  const { row } = props;
  return (
    <Dialog open={row !== undefined} onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface className={useStyles().surface}>{row ? <ReviewForm {...props} row={row} /> : null}</DialogSurface>
    </Dialog>
  );
}

function ReviewForm({ row, store, period, closedPeriodIds, reviewer, today, onClose, onRecorded }: RiskReviewDialogProps & { row: RiskRow }): React.ReactElement {
  const styles = useStyles();
  const grid = DEFAULT_RISK_GRID;
  const risk = row.risk;
  // The review this period the form opened on: a different one found at saving is somebody else's.
  const seen = row.history.find((e) => e.periodId === period.id)?.review;
  const [likelihood, setLikelihood] = React.useState<number | undefined>(risk.residual.likelihood);
  const [impact, setImpact] = React.useState<number | undefined>(risk.residual.impact);
  const [note, setNote] = React.useState('');
  const [problems, setProblems] = React.useState<readonly ValidationProblem[]>([]);
  const [conflict, setConflict] = React.useState<{ message: string; theirs: RiskReview } | undefined>();
  const [failure, setFailure] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const key = React.useRef(newOperationKey());
  const input = { riskId: risk.id, note, ...(likelihood ? { likelihood } : {}), ...(impact ? { impact } : {}) };
  const problemFor = (field: string): string | undefined => problems.find((p) => p.field === field)?.message;
  const preview = likelihood && impact ? scoreRisk({ likelihood, impact }, grid) : undefined;

  const save = async (supersede: boolean): Promise<void> => {
    const found = validateRiskReview(input, grid);
    setProblems(found);
    setFailure(undefined);
    if (found.length) return;
    setBusy(true);
    try {
      const review = await recordRiskReview(store, {
        input,
        period,
        closedPeriodIds,
        reviewedBy: reviewer,
        today,
        supersede,
        operationKey: key.current,
        ...(seen ? { seenReviewId: seen.id } : {})
      });
      // The dialog closes on recording, so nothing is set on this form after it.
      onRecorded(review);
    } catch (error) {
      setBusy(false);
      if (isConflict(error)) setConflict({ message: error.message, theirs: error.theirs as RiskReview });
      else if (error instanceof ValidationError) setProblems(error.problems);
      else setFailure(errorMessage(error));
    }
  };
  const level = (labels: readonly string[]): React.ReactElement[] => [
    <option key="" value="">
      {riskStrings.choose}
    </option>,
    ...labels.map((label, i) => (
      <option key={label} value={i + 1}>
        {riskStrings.level(i + 1, label)}
      </option>
    ))
  ];
  const periodProblem = problemFor('period');
  return (
    <DialogBody>
      <DialogTitle>{riskStrings.reviewTitle(risk.reference, period.label)}</DialogTitle>
      <DialogContent>
        <form
          className={styles.form}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save(false).catch(() => undefined);
          }}
          id={`risk-review-${risk.id}`}
        >
          <Body1 as="p" block>
            {riskStrings.reviewIntro(period.label)} {riskStrings.reviewStanding(row.trend.text)}
          </Body1>
          <Field label={riskStrings.likelihood} required validationMessage={problemFor('likelihood')}>
            <Select value={likelihood ? String(likelihood) : ''} onChange={(_, d) => setLikelihood(d.value ? Number(d.value) : undefined)}>
              {level(grid.likelihoodLabels)}
            </Select>
          </Field>
          <Field label={riskStrings.impact} required validationMessage={problemFor('impact')}>
            <Select value={impact ? String(impact) : ''} onChange={(_, d) => setImpact(d.value ? Number(d.value) : undefined)}>
              {level(grid.impactLabels)}
            </Select>
          </Field>
          {preview ? (
            <Body1 as="p" block aria-live="polite">
              {riskStrings.scorePreview(preview.rating, preview.value)}
            </Body1>
          ) : null}
          <Field label={riskStrings.note} required hint={riskStrings.noteHint(RISK_NOTE_MAX)} validationMessage={problemFor('note')}>
            <Textarea value={note} resize="vertical" onChange={(_, d) => setNote(d.value)} />
          </Field>
          {periodProblem ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{periodProblem}</MessageBarBody>
            </MessageBar>
          ) : null}
          {conflict ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{riskStrings.conflictTitle}</MessageBarTitle>
                {conflict.message}{' '}
                {riskStrings.conflictTheirs(conflict.theirs.note ?? '')} {riskStrings.conflictChoice}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {failure ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{riskStrings.saveFailed}</MessageBarTitle>
                {failure}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {busy ? <Spinner size="tiny" labelPosition="after" label={riskStrings.saving} /> : null}
        </form>
      </DialogContent>
      <DialogActions>
        {conflict ? (
          <Button appearance="primary" disabledFocusable={busy} onClick={() => save(true).catch(() => undefined)}>
            {riskStrings.supersede}
          </Button>
        ) : (
          <Button appearance="primary" type="submit" form={`risk-review-${risk.id}`} disabledFocusable={busy}>
            {riskStrings.save}
          </Button>
        )}
        <Button disabledFocusable={busy} onClick={onClose}>
          {riskStrings.cancel}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
