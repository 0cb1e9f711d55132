import { splitLetteredItems } from '../../../src/application/import';

describe('lettered items inside an action', () => {
  it('splits the words before (a) from the items, in order', () => {
    expect(splitLetteredItems('Review the culture: (a) Survey staff. (b) Agree the actions.\n(c) Report to the board.')).toEqual({
      intro: 'Review the culture:',
      items: [
        { letter: 'a', text: 'Survey staff.' },
        { letter: 'b', text: 'Agree the actions.' },
        { letter: 'c', text: 'Report to the board.' }
      ]
    });
  });

  it('leaves a bracketed letter out of sequence as part of the words', () => {
    expect(splitLetteredItems('(a) Map the services (see (c) below) (b) Agree the order')?.items).toEqual([
      { letter: 'a', text: 'Map the services (see (c) below)' },
      { letter: 'b', text: 'Agree the order' }
    ]);
  });

  it('reads an item whose words follow its letter without a space', () => {
    expect(splitLetteredItems('Through:(a)The survey (b)The actions')?.items.map((i) => i.text)).toEqual(['The survey', 'The actions']);
  });

  it('needs at least two items', () => {
    expect(splitLetteredItems('Publish the plan (a) first draft')).toBeUndefined();
    expect(splitLetteredItems('No items here')).toBeUndefined();
  });
});
