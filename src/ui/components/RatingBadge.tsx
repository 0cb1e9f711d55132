import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ratingLabel, type ProgressRating } from '../../domain';
import { strings } from '../loc/strings';

const useStyles = makeStyles({
  base: {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '24px',
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: 'nowrap',
    verticalAlign: 'middle',
    '@media (forced-colors: active)': { outline: `${tokens.strokeWidthThin} solid CanvasText` }
  },
  large: { minHeight: '28px', fontSize: tokens.fontSizeBase300, paddingInline: tokens.spacingHorizontalM },
  Red: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  Amber: { backgroundColor: tokens.colorPaletteMarigoldBackground3, color: tokens.colorNeutralForeground1Static },
  Green: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  Complete: { backgroundColor: tokens.colorPaletteBlueBackground2, color: tokens.colorNeutralForeground1 },
  NotStarted: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}` },
  OnHold: { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}` },
  Closed: { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  none: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` }
});

/** Props of {@link RatingBadge}. */
export interface RatingBadgeProps {
  /** The rating shown. Missing means not yet rated. */
  rating?: ProgressRating;
  size?: 'medium' | 'large';
  className?: string;
}

/**
 * A rating as a coloured label that always carries its word ("Amber"), so colour is never the
 * only signal. Colours come from theme tokens, so dark and high-contrast themes stay legible.
 */
export function RatingBadge({ rating, size = 'medium', className }: RatingBadgeProps): React.ReactElement {
  const styles = useStyles();
  return (
    <span className={mergeClasses('ipt-rating', styles.base, rating ? styles[rating] : styles.none, size === 'large' && styles.large, className)} data-rating={rating ?? 'none'}>
      {rating ? ratingLabel(rating) : strings.rating.notRated}
    </span>
  );
}
