import * as React from 'react';
import type { Risk } from '../../../domain';

/** A risk's mitigations as a list, each marked when done; the table and the phone cards share it. */
export function MitigationList({ mitigations, className }: { mitigations: Risk['mitigations']; className?: string }): React.ReactElement {
  return (
    <ul className={className}>
      {mitigations.map((m, i) => (
        <li key={i}>
          {m.description}
          {m.done ? ' (done)' : ''}
        </li>
      ))}
    </ul>
  );
}
