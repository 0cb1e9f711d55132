import * as React from 'react';
import { Badge, type BadgeProps } from '@fluentui/react-components';
import { ratingLabel, type ProgressRating } from '../../domain';

/** Props of {@link RatingBadge}. */
export interface RatingBadgeProps {
  /** The rating shown. Missing means not yet rated. */
  rating?: ProgressRating;
  size?: BadgeProps['size'];
}

const COLOURS: Record<ProgressRating, BadgeProps['color']> = {
  Red: 'danger',
  Amber: 'warning',
  Green: 'success',
  Complete: 'brand',
  NotStarted: 'subtle',
  OnHold: 'informative',
  Closed: 'subtle'
};

/** A rating as a coloured badge that always carries its word, so colour is never the only signal. */
export function RatingBadge({ rating, size = 'medium' }: RatingBadgeProps): React.ReactElement {
  return (
    <Badge appearance="filled" color={rating ? COLOURS[rating] : 'subtle'} size={size}>
      {rating ? ratingLabel(rating) : 'Not rated'}
    </Badge>
  );
}
