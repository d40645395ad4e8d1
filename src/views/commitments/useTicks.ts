import { useMemo } from 'react';
import { useStoredString } from '../../hooks/useStoredString';

/** Where ticks are kept; the version changes if their shape ever does. */
export const ticksStorageKey = 'tokyo-summit:ticks:v1';

/** Why ticks will not be kept, if they will not. */
export type TickProblem = 'blocked' | 'corrupted';

function parseTicks(raw: string | null, knownIds: readonly string[]) {
  if (raw === null) return { ids: [] as string[], isCorrupted: false };
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) throw new Error();
    return { ids: value.filter((id: string) => knownIds.includes(id)), isCorrupted: false };
  } catch {
    return { ids: [] as string[], isCorrupted: true };
  }
}

/** The commitments a reader has ticked off, kept across reloads and tabs where the browser allows. */
export function useTicks(knownIds: readonly string[]) {
  const stored = useStoredString(ticksStorageKey);
  const { ids, isCorrupted } = useMemo(
    () => parseTicks(stored.raw, knownIds),
    [stored.raw, knownIds],
  );
  const ticked = useMemo(() => new Set(ids), [ids]);
  const problem: TickProblem | undefined = stored.isBlocked
    ? 'blocked'
    : isCorrupted
      ? 'corrupted'
      : undefined;

  function toggle(id: string) {
    const next = ticked.has(id) ? ids.filter((other) => other !== id) : [...ids, id];
    stored.write(JSON.stringify(next));
  }

  function reset() {
    stored.write(null);
  }

  return { ticked, problem, toggle, reset };
}
