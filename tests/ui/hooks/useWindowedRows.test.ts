import { rowWindow } from '../../../src/ui/hooks/useWindowedRows';

describe('rowWindow', () => {
  it('renders the visible rows plus the overscan at the top', () => {
    expect(rowWindow(1000, 0, 440, 44, 8)).toEqual({ start: 0, end: 18 });
  });

  it('follows the scroll position', () => {
    expect(rowWindow(1000, 44 * 500, 440, 44, 8)).toEqual({ start: 492, end: 518 });
  });

  it('stops at the end of the list, even when scrolled past it', () => {
    expect(rowWindow(100, 44 * 5000, 440, 44, 8)).toEqual({ start: 82, end: 100 });
  });

  it('copes with a container not yet measured', () => {
    expect(rowWindow(5, 0, 0, 44, 2)).toEqual({ start: 0, end: 3 });
  });
});
