import { StatusChart } from '../../../components/StatusChart';

/** The promises slide's picture: how many commitments stand at each status, and since when. */
export function PromisesSlide() {
  return <StatusChart />;
}
