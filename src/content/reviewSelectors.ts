import { commitments } from './commitments';
import { openOffices } from './offices';
import { people } from './people';
import { referenceDetails } from './referenceDetails';
import { referenceTable, type ReferenceId } from './references';
import type { IsoDay } from './types';

// What the next review of the record should look at first: only `npm run review` reads this.

/** One line of the review: what to check, and when it was last checked. */
export interface ReviewItem {
  /** The day it was last checked, or confirmed, against its sources. */
  checked: IsoDay;
  /** What it is. */
  label: string;
}

const oldestFirst = (a: ReviewItem, b: ReviewItem) =>
  a.checked.localeCompare(b.checked) || a.label.localeCompare(b.label, 'en');

/** Every background reference, the longest unchecked first. */
export const referencesToReview = (): ReviewItem[] =>
  (Object.keys(referenceTable) as ReferenceId[])
    .map((id) => ({
      checked: referenceTable[id].checked,
      label: `${id}: ${referenceTable[id].publisher}, “${referenceDetails[id].title}”`,
    }))
    .sort(oldestFirst);

/** Every commitment, the one whose status was assessed longest ago first. */
export const commitmentsToReview = (): ReviewItem[] =>
  commitments.map((c) => ({ checked: c.assessed, label: `${c.id}: ${c.title}` })).sort(oldestFirst);

/** Offices with no end date: someone may have left office since a source last showed them in it. */
export const openOfficesToReview = (): ReviewItem[] =>
  openOffices(people)
    .map(({ person, office }) => ({
      checked: office.confirmedOn ?? ('0000-00-00' as IsoDay),
      label: `${person.name}: ${office.title}`,
    }))
    .sort(oldestFirst);
