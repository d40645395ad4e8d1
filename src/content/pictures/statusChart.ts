import { allCommitments, allStatuses } from '../commitmentSelectors';
import { layoutStatusChart } from '../layout/statusChart';
import { record } from '../record';

/** The checklist in one picture: counts at each status now, and over time to the last review. */
export const statusChart = layoutStatusChart(allCommitments(), allStatuses(), record.reviewed);
