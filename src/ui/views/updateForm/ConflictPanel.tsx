import * as React from 'react';
import { Body1, Button, makeStyles, Subtitle2, tokens, useId } from '@fluentui/react-components';
import { previewRating, type ActionUpdateInput } from '../../../application/updates';
import { explainRating, rateActionAt, ratingLabel, type Action, type Person, type ProgressRating } from '../../../domain';
import { FactList } from '../../components/FactList';
import { statusText } from '../../components/format';
import { strings } from '../../loc/strings';

const useStyles = makeStyles({
  panel: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  compare: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))', gap: tokens.spacingHorizontalL, marginBlockStart: tokens.spacingVerticalM },
  side: { padding: tokens.spacingHorizontalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBlockStart: tokens.spacingVerticalM }
});

interface Version {
  status: string;
  progress?: number;
  rating: ProgressRating;
  reason: string;
  commentary?: string;
  nextSteps?: string;
}

function Side({ title, version }: { title: string; version: Version }): React.ReactElement {
  const styles = useStyles();
  const id = useId('ipt-conflict-side');
  const rows: Array<[string, string]> = [
    [strings.conflict.status, statusText(version.status)],
    [strings.conflict.progress, version.progress === undefined ? strings.conflict.none : `${version.progress}%`],
    [strings.conflict.rating, `${ratingLabel(version.rating)}: ${version.reason}`],
    [strings.conflict.commentary, version.commentary?.trim() || strings.conflict.none],
    [strings.conflict.nextSteps, version.nextSteps?.trim() || strings.conflict.none]
  ];
  return (
    <section className={styles.side} aria-labelledby={id}>
      <Subtitle2 as="h4" id={id}>
        {title}
      </Subtitle2>
      <FactList rows={rows} layout="stacked" />
    </section>
  );
}

/** Props of {@link ConflictPanel}. */
export interface ConflictPanelProps {
  mine: ActionUpdateInput;
  /** The action as I read it, for rating my version. */
  mineBase: Action;
  theirs?: Action;
  user: Person;
  now: Date;
  saving: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onKeepEditing(): void;
}

/**
 * A save conflict, shown in place of the save button: both versions side by side and a choice
 * that never silently loses either. Focus moves to its heading so the person hears what happened
 * (a second modal over the action panel would fight the panel for focus).
 */
export function ConflictPanel(props: ConflictPanelProps): React.ReactElement {
  const styles = useStyles();
  const { mine, theirs, now } = props;
  const heading = React.useRef<HTMLHeadingElement>(null);
  const titleId = useId('ipt-conflict');
  React.useEffect(() => heading.current?.focus(), []);
  const minePreview = previewRating(theirs ?? props.mineBase, mine, now, props.user);
  const theirAssessment = theirs ? rateActionAt(theirs, now) : undefined;
  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1} className={styles.title}>
        {strings.conflict.title}
      </h3>
      <Body1 as="p">{strings.conflict.body}</Body1>
      <div className={styles.compare}>
        <Side
          title={strings.conflict.yours}
          version={{ status: mine.status, progress: mine.progressPercent, rating: minePreview.rating, reason: minePreview.reason, commentary: mine.commentary, nextSteps: mine.nextSteps }}
        />
        {theirs && theirAssessment ? (
          <Side
            title={strings.conflict.theirs}
            version={{
              status: theirs.status,
              progress: theirs.progressPercent,
              rating: theirAssessment.rating,
              reason: explainRating(theirAssessment),
              commentary: theirs.commentary,
              nextSteps: theirs.nextSteps
            }}
          />
        ) : null}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={props.saving} onClick={props.onKeepMine}>
          {strings.conflict.keepMine}
        </Button>
        <Button disabledFocusable={props.saving} onClick={props.onTakeTheirs}>
          {strings.conflict.takeTheirs}
        </Button>
        <Button disabledFocusable={props.saving} onClick={props.onKeepEditing}>
          {strings.conflict.keepEditing}
        </Button>
      </div>
    </section>
  );
}
