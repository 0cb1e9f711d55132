import * as React from 'react';
import { Body1, Button, Caption1, DrawerBody, DrawerHeader, DrawerHeaderTitle, makeStyles, MessageBar, MessageBarBody, OverlayDrawer, tokens } from '@fluentui/react-components';
import { Copy20Regular, Dismiss24Regular } from '@fluentui/react-icons';
import type { PlanServices, VersionTag } from '../../../application/ports/planRepository';
import type { SlipAnnouncer } from '../../../application/ports/slipAnnouncer';
import type { ActionUpdateResult } from '../../../application/updates';
import type { Action } from '../../../domain';
import { RatingBadge } from '../../components/RatingBadge';
import { strings } from '../../loc/strings';
import { canUpdateAction, type PlanView } from '../../hooks/usePlanData';
import { UpdateForm } from '../updateForm/UpdateForm';
import { ActionFacts } from './ActionFacts';
import { ActionRelations } from './ActionRelations';
import { PanelSection } from './PanelSection';
import { PanelTabs } from './PanelTabs';
import { ProgressHistory } from './ProgressHistory';
import { asAtEnd } from '../reports/asAtView';
import { BusinessCaseTab } from '../businessCase/BusinessCaseTab';
import { caseStrings } from '../businessCase/caseStrings';

const useStyles = makeStyles({
  drawer: { maxWidth: '100vw' },
  rating: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBlockEnd: tokens.spacingVerticalM },
  link: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalM },
  url: { overflowWrap: 'anywhere' },
  close: { minWidth: '32px', minHeight: '32px' },
  whoMay: { display: 'block', marginBlockEnd: tokens.spacingVerticalM, color: tokens.colorNeutralForeground2 }
});

/** Props of {@link ActionPanel}. */
export interface ActionPanelProps {
  view: PlanView;
  actionId: string;
  services: PlanServices;
  now: () => Date;
  /** Phones and narrow columns open the panel full width. */
  narrow: boolean;
  actionLink(actionId: string): string;
  onClose(): void;
  onOpenAction(id: string): void;
  /** Announces a slip a save causes; the host fills it. */
  slipAnnouncer?: SlipAnnouncer;
  /** Opens the recommendations register at a recommendation this action answers; without it they are listed as text. */
  onOpenRecommendation?(id: string): void;
  onSaved(result: ActionUpdateResult): void;
  onReplaced(action: Action, version: VersionTag): void;
  /** Something to tell the person about their last save's Teams card (it will follow with the sweep). */
  notice?: string;
}

/**
 * One action in an overlay drawer: its heading and rating above three tabs. "Update" (only for
 * people who may update it, and then shown first) holds the update form; "Details" its facts and
 * dates, link, sub-actions, milestones, issues, evidence, risks, recommendations and change log;
 * "Business case" its business case (loaded when first opened); "History" its progress history.
 */
export function ActionPanel(props: ActionPanelProps): React.ReactElement {
  const { view, actionId, services, now } = props;
  const styles = useStyles();
  const action = view.actionsById.get(actionId);
  const rating = view.ratings.get(actionId);
  const [copied, setCopied] = React.useState<string>('');
  const link = props.actionLink(actionId);
  const version = view.loaded.actionVersions[actionId];
  const updatable = action !== undefined && canUpdateAction(view, action.id);
  const themeName = action ? view.loaded.plan.themes.find((t) => t.code === action.themeCode)?.name : undefined;
  const copy = (): void => {
    const done = (): void => setCopied(strings.panel.linkCopied);
    const failed = (): void => setCopied(`${strings.panel.linkNotCopied} ${link}`);
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) navigator.clipboard.writeText(link).then(done, failed);
    else failed();
  };
  return (
    <OverlayDrawer className={styles.drawer} open position="end" size={props.narrow ? 'full' : 'large'} onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={<Button className={styles.close} appearance="subtle" icon={<Dismiss24Regular />} aria-label={strings.panel.close} onClick={props.onClose} />}
        >
          {action ? `${action.code} ${action.title}` : strings.panel.notFoundTitle}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        {!action ? (
          <Body1 as="p">{strings.panel.notFound}</Body1>
        ) : (
          <>
            <div className={styles.rating}>
              <RatingBadge rating={rating?.rating} size="large" />
              <Body1>{rating?.reason}</Body1>
            </div>
            {view.user.canEdit && !view.asAt && !updatable ? <Body1 className={styles.whoMay}>{strings.panel.whoMayUpdate(action.lead?.displayName)}</Body1> : null}
            {props.notice ? (
              <MessageBar intent="info" layout="multiline" role="status">
                <MessageBarBody>{props.notice}</MessageBarBody>
              </MessageBar>
            ) : null}
            <PanelTabs
              key={action.id}
              label={strings.panel.tabs}
              initial={updatable ? 'update' : 'details'}
              tabs={[
                ...(updatable
                  ? [
                      {
                        value: 'update',
                        label: strings.panel.tabUpdate,
                        content: (
                          <PanelSection title={strings.panel.update}>
                            <UpdateForm
                              key={action.id}
                              services={services}
                              action={action}
                              version={version}
                              user={view.user.person}
                              now={now}
                              {...(props.slipAnnouncer ? { slipAnnouncer: props.slipAnnouncer } : {})}
                              {...(themeName ? { themeName } : {})}
                              onSaved={props.onSaved}
                              onReplaced={props.onReplaced}
                            />
                          </PanelSection>
                        )
                      }
                    ]
                  : []),
                {
                  value: 'details',
                  label: strings.panel.tabDetails,
                  content: (
                    <>
                      <ActionFacts action={action} requests={view.loaded.plan.changeRequests} calculated={rating?.calculated} />
                      <div className={styles.link}>
                        <Button icon={<Copy20Regular />} onClick={copy}>
                          {strings.panel.copyLink}
                        </Button>
                        <Caption1 role="status" className={styles.url}>
                          {copied}
                        </Caption1>
                      </div>
                      <ActionRelations view={view} action={action} onOpenAction={props.onOpenAction} {...(props.onOpenRecommendation ? { onOpenRecommendation: props.onOpenRecommendation } : {})} />
                    </>
                  )
                },
                {
                  value: 'businessCase',
                  label: caseStrings.tab,
                  lazy: true,
                  content: <BusinessCaseTab store={services.businessCases} action={action} user={view.user} readOnly={view.asAt !== undefined} />
                },
                {
                  value: 'history',
                  label: strings.panel.tabHistory,
                  content: <ProgressHistory services={services} actionId={action.id} refreshKey={version ?? ''} {...(view.asAt ? { until: asAtEnd(view.asAt) } : {})} />
                }
              ]}
            />
          </>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
