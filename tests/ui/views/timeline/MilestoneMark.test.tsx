/** @jest-environment jsdom */
import '../../setup';
import * as React from 'react';
import { render } from '@testing-library/react';
import { MilestoneMark } from '../../../../src/ui/views/timeline/MilestoneMark';

const drawn = (status: 'Achieved' | 'Missed' | 'Due'): { fill: string | null; paths: number; hidden: string | null } => {
  const { container } = render(<MilestoneMark status={status} />);
  const svg = container.querySelector('svg') as SVGElement;
  return { fill: svg.querySelector('path')?.getAttribute('fill') ?? null, paths: svg.querySelectorAll('path').length, hidden: svg.getAttribute('aria-hidden') };
};

describe('MilestoneMark', () => {
  it('draws met, missed and due as different shapes, not colours, and leaves the words to the text beside it', () => {
    expect(drawn('Achieved')).toEqual({ fill: 'currentColor', paths: 1, hidden: 'true' });
    expect(drawn('Missed')).toEqual({ fill: 'none', paths: 2, hidden: 'true' });
    expect(drawn('Due')).toEqual({ fill: 'none', paths: 1, hidden: 'true' });
  });
});
