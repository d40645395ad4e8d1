// `npm run review`: where the next review of the record should start. Lists every reference and
// commitment by the age of its last check, oldest first, and every office still held, by the last
// day a source showed its holder in it. Reads the content module as it is; changes nothing.
import { runnerImport } from 'vite';

const { module: review } = await runnerImport('./src/content/reviewSelectors.ts', {
  configFile: false,
  logLevel: 'silent',
});
const { module: reach } = await runnerImport('./src/content/record.ts', {
  configFile: false,
  logLevel: 'silent',
});

const section = (title, items) => {
  console.log(`\n${title} (${items.length}), oldest first`);
  for (const item of items) console.log(`  ${item.checked}  ${item.label}`);
};

console.log(
  `The record runs to ${reach.record.coversTo}; last reviewed as a whole on ${reach.record.reviewed}.`,
);
section('Offices still held: last day a source shows them', review.openOfficesToReview());
section('Commitments: day the status was last assessed', review.commitmentsToReview());
section('References: day last checked', review.referencesToReview());
