import * as React from 'react';
import type { MilestoneStatus } from '../../../domain';

/** Props of {@link MilestoneMark}. */
export interface MilestoneMarkProps {
  status: MilestoneStatus;
  /** Width and height in pixels. */
  size?: number;
  className?: string;
}

/**
 * A milestone's shape, drawn in the text colour so it follows every theme: a filled diamond when
 * met, a hollow diamond with a cross when missed, an outline when due. The shape is decorative:
 * wherever it is drawn, the status is also given in words.
 */
export function MilestoneMark({ status, size = 14, className }: MilestoneMarkProps): React.ReactElement {
  return (
    <svg className={className} width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-milestone={status}>
      <path d="M8 1 L15 8 L8 15 L1 8 Z" fill={status === 'Achieved' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth={status === 'Due' ? 1.5 : 2} />
      {status === 'Missed' ? <path d="M5 5 L11 11 M11 5 L5 11" stroke="currentColor" strokeWidth={2} /> : null}
    </svg>
  );
}
