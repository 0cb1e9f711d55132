/** @jest-environment jsdom */
import '../setup';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PROGRESS_RATINGS } from '../../../src/domain';
import { RatingBadge } from '../../../src/ui';

describe('RatingBadge', () => {
  it('always carries the rating in words, never colour alone', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ul>
          {PROGRESS_RATINGS.map((r) => (
            <li key={r}>
              <RatingBadge rating={r} />
            </li>
          ))}
          <li>
            <RatingBadge />
          </li>
        </ul>
      </FluentProvider>
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Red', 'Amber', 'Green', 'On hold', 'Not started', 'Complete', 'Closed', 'Not rated']);
  });

  it('gives each rating its own class (colours come from theme tokens)', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <RatingBadge rating="Red" />
        <RatingBadge rating="Amber" />
      </FluentProvider>
    );
    expect(screen.getByText('Red').className).not.toBe(screen.getByText('Amber').className);
  });
});
