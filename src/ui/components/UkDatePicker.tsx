import * as React from 'react';
import { DatePicker, type CalendarStrings, type DatePickerProps } from '@fluentui/react-datepicker-compat';
import type { IsoDate } from '../../domain';
import { strings } from '../loc/strings';
import { dateFromIso, formatPickerDate, isoFromDate, parseUkDate } from './ukDates';

/** Monday in the calendar's DayOfWeek numbering (Sunday is 0); the enum itself is not exported as a value here. */
const MONDAY = 1 as NonNullable<DatePickerProps['firstDayOfWeek']>;

const CALENDAR_STRINGS: CalendarStrings = {
  months: [...strings.dates.months],
  shortMonths: [...strings.dates.shortMonths],
  days: [...strings.dates.days],
  shortDays: [...strings.dates.shortDays],
  goToToday: strings.dates.goToToday,
  prevMonthAriaLabel: strings.dates.prevMonth,
  nextMonthAriaLabel: strings.dates.nextMonth,
  prevYearAriaLabel: strings.dates.prevYear,
  nextYearAriaLabel: strings.dates.nextYear,
  prevYearRangeAriaLabel: strings.dates.prevYearRange,
  nextYearRangeAriaLabel: strings.dates.nextYearRange,
  closeButtonAriaLabel: strings.dates.close
};

/** Props of {@link UkDatePicker}. */
export interface UkDatePickerProps {
  /** The chosen day, or none. */
  value?: IsoDate;
  /** Called with the new day, or undefined when the box is cleared. */
  onChange(value: IsoDate | undefined): void;
  /** Called with a message when typed text is not a date, and with undefined once it is. */
  onInvalid?(message: string | undefined): void;
  /** Earliest day offered in the calendar. */
  minDate?: IsoDate;
}

/**
 * Fluent UI v9's date picker, British: shows "31 Jan 2027", reads "31/01/2027" or "31 Jan 2027",
 * weeks start on Monday. Place it inside a Field, which gives it its label and messages.
 */
export function UkDatePicker(props: UkDatePickerProps): React.ReactElement {
  const { onChange, onInvalid } = props;
  return (
    <DatePicker
      allowTextInput
      value={props.value ? dateFromIso(props.value) : null}
      formatDate={formatPickerDate}
      parseDateFromString={parseUkDate}
      firstDayOfWeek={MONDAY}
      strings={CALENDAR_STRINGS}
      placeholder={strings.dates.placeholder}
      {...(props.minDate ? { minDate: dateFromIso(props.minDate) } : {})}
      onSelectDate={(date) => onChange(date ? isoFromDate(date) : undefined)}
      onValidationResult={(result) => onInvalid?.(result.error === 'invalid-input' ? strings.dates.invalid : undefined)}
    />
  );
}
