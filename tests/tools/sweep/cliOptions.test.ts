import { HelpRequested } from '../../../tools/cli/args';
import { sweepCliOptions, SWEEP_USAGE } from '../../../tools/sweep/cliOptions';

describe('npm run sweep options', () => {
  it('reads the site, the day, the history window and a dry run', () => {
    expect(sweepCliOptions(['--site', 'https://x.sharepoint.com/sites/ip'])).toEqual({ siteUrl: 'https://x.sharepoint.com/sites/ip', dryRun: false });
    expect(sweepCliOptions(['--site=https://x/sites/ip', '--today', '2026-05-10', '--history-days', '14', '--dry-run'], new Date('2026-12-07T09:00:00Z'))).toEqual({
      siteUrl: 'https://x/sites/ip',
      today: '2026-05-10',
      historyDays: 14,
      dryRun: true
    });
  });

  it('refuses what it cannot use, before touching the site', () => {
    expect(() => sweepCliOptions([])).toThrow(SWEEP_USAGE);
    expect(() => sweepCliOptions(['--site', 'x', '--today', '2026-02-30'])).toThrow('--today must be a real day');
    for (const days of ['-1', '2.5', 'week', '91']) expect(() => sweepCliOptions(['--site', 'x', '--history-days', days])).toThrow('--history-days must be a whole number of days from 0 to 90');
    expect(() => sweepCliOptions(['--site', 'x', '--histroy-days', '3'])).toThrow('Unknown option --histroy-days');
  });

  it('refuses a day more than a year from the real date unless --allow-far-date is given', () => {
    const now = new Date('2026-12-07T09:00:00Z');
    expect(() => sweepCliOptions(['--site', 'x', '--today', '9999-12-31'], now)).toThrow('--today 9999-12-31 is more than a year from today (2026-12-07)');
    expect(() => sweepCliOptions(['--site', 'x', '--today', '2027-12-08'], now)).toThrow('add --allow-far-date');
    expect(() => sweepCliOptions(['--site', 'x', '--today', '2025-12-06'], now)).toThrow('more than a year');
    expect(sweepCliOptions(['--site', 'x', '--today', '2027-12-07'], now)).toMatchObject({ today: '2027-12-07' });
    expect(sweepCliOptions(['--site', 'x', '--today', '2025-12-07'], now)).toMatchObject({ today: '2025-12-07' });
    expect(sweepCliOptions(['--site', 'x', '--today', '9999-12-31', '--allow-far-date', '--dry-run'], now)).toMatchObject({ today: '9999-12-31', dryRun: true });
    expect(() => sweepCliOptions(['--site', 'x', '--allow-far-date'], now)).toThrow('--allow-far-date goes with --today');
    expect(SWEEP_USAGE).toContain('--allow-far-date');
  });

  it('answers --help with what the sweep does and its options', () => {
    expect(() => sweepCliOptions(['--help'])).toThrow(HelpRequested);
    expect(() => sweepCliOptions(['--help'])).toThrow(expect.objectContaining({ text: SWEEP_USAGE }));
    expect(SWEEP_USAGE).toContain('--history-days N');
  });
});
