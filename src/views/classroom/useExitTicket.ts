import { useMemo } from 'react';
import { useStoredString } from '../../hooks/useStoredString';

/** Where a student's exit ticket is kept; the version changes if its shape ever does. */
export const exitTicketStorageKey = 'tokyo-summit:exit-ticket:v1';

/** A student's answer: their words and the evidence they picked (an index into the ticket's list). */
export interface TicketAnswer {
  answer: string;
  evidence: number | null;
}

const empty: TicketAnswer = { answer: '', evidence: null };

function parseTicket(raw: string | null): { ticket: TicketAnswer; isCorrupted: boolean } {
  if (raw === null) return { ticket: empty, isCorrupted: false };
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) throw new Error();
    const { answer, evidence } = value as Record<string, unknown>;
    if (typeof answer !== 'string') throw new Error();
    return {
      ticket: { answer, evidence: Number.isInteger(evidence) ? (evidence as number) : null },
      isCorrupted: false,
    };
  } catch {
    return { ticket: empty, isCorrupted: true };
  }
}

/** The exit ticket a student is writing, kept on the device as they type and across reloads. */
export function useExitTicket() {
  const stored = useStoredString(exitTicketStorageKey);
  const { ticket, isCorrupted } = useMemo(() => parseTicket(stored.raw), [stored.raw]);
  const save = (next: TicketAnswer) =>
    stored.write(next.answer === '' && next.evidence === null ? null : JSON.stringify(next));
  return {
    ticket,
    problem: stored.isBlocked ? ('blocked' as const) : isCorrupted ? ('corrupted' as const) : null,
    save,
  };
}
