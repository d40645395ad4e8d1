import { allCommitments, allStatuses, currentStatus } from '../../src/content/commitmentSelectors';
import { layoutStatusChart } from '../../src/content/layout/statusChart';
import { statusChart } from '../../src/content/pictures/statusChart';
import { record } from '../../src/content/record';
import type { Commitment, StatusId } from '../../src/content/types';

const commitments = allCommitments();
const statuses = allStatuses();
const countOf = (layout: typeof statusChart, status: StatusId) =>
  layout.bar.segments.find((segment) => segment.status === status)?.count;
/** The x positions a step path draws to, in order. */
const xsOf = (d: string) => [...d.matchAll(/(?:M|H)(-?[\d.]+)/g)].map((match) => Number(match[1]));

describe('the checklist in one picture', () => {
  it('counts, for each status, the commitments that stand at it now', () => {
    for (const status of statuses)
      expect(countOf(statusChart, status.id), status.id).toBe(
        commitments.filter((c) => currentStatus(c) === status.id).length,
      );
    expect(statusChart.total).toBe(commitments.length);
  });

  it('lays the counts side by side across one bar, each as wide as its share', () => {
    const { segments } = statusChart.bar;
    const whole = segments.reduce((sum, segment) => sum + segment.width, 0);
    segments.forEach((segment, index) => {
      expect(segment.width / whole).toBeCloseTo(segment.count / statusChart.total, 2);
      const next = segments[index + 1];
      if (next) expect(next.x).toBeCloseTo(segment.x + segment.width, 0);
    });
  });

  it('moves when one commitment’s latest status moves', () => {
    const mover = commitments.find((c) => c.history.length > 1 && currentStatus(c) !== 'stalled');
    if (!mover) throw new Error('no commitment has moved since the summit');
    const from = currentStatus(mover);
    const last = mover.history.at(-1);
    if (!last) throw new Error('a commitment without a history');
    const moved: Commitment = {
      ...mover,
      history: [...mover.history.slice(0, -1), { ...last, status: 'stalled' }],
    };
    const layout = layoutStatusChart(
      commitments.map((c) => (c.id === mover.id ? moved : c)),
      statuses,
      record.reviewed,
    );
    expect(countOf(layout, from)).toBe((countOf(statusChart, from) ?? 0) - 1);
    expect(countOf(layout, 'stalled')).toBe((countOf(statusChart, 'stalled') ?? 0) + 1);
    expect(layout.history.layers.map((layer) => layer.status)).toContain('stalled');
    expect(layout.moves).toContainEqual({
      date: last.date,
      commitment: mover.id,
      status: 'stalled',
    });
  });

  it('steps over time from the first pledge to the day the record was last reviewed', () => {
    const firstPledge = commitments
      .map((c) => c.history[0]?.date ?? record.reviewed)
      .sort()
      .at(0);
    const { history } = statusChart;
    expect(history.start).toBe(firstPledge);
    expect(history.end).toBe(record.reviewed);
    expect(history.layers.length).toBeGreaterThan(0);
    for (const layer of history.layers) {
      const xs = xsOf(layer.d);
      expect(Math.min(...xs), layer.status).toBe(history.left);
      expect(Math.max(...xs), layer.status).toBe(history.right);
    }
  });

  it('marks each day a status changed, and lists every change', () => {
    const changes = commitments.flatMap((c) =>
      c.history
        .filter((step, index) => index > 0 && step.status !== c.history[index - 1]?.status)
        .map((step) => ({ date: step.date, commitment: c.id, status: step.status })),
    );
    expect([...statusChart.moves].sort((a, b) => a.commitment.localeCompare(b.commitment))).toEqual(
      [...changes].sort((a, b) => a.commitment.localeCompare(b.commitment)),
    );
    expect(statusChart.history.points.map((point) => point.date)).toEqual(
      [...new Set(changes.map((change) => change.date))].sort(),
    );
  });

  it('adds a mark for a commitment pledged after the summit', () => {
    const [model] = commitments;
    if (!model?.history[0]) throw new Error('no commitments');
    const later: Commitment = {
      ...model,
      id: 'later-pledge' as Commitment['id'],
      history: [{ ...model.history[0], date: '2026-02-01', status: 'pledged' }],
    };
    const layout = layoutStatusChart([...commitments, later], statuses, record.reviewed);
    expect(layout.total).toBe(statusChart.total + 1);
    expect(layout.history.points.map((point) => point.date)).toContain('2026-02-01');
    expect(layout.history.start).toBe(statusChart.history.start);
  });
});
