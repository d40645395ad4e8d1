import { useId } from 'react';
import { Link } from 'react-router';
import type { Dictionary } from '../content/dictionary';
import { useText } from '../hooks/useText';
import { Fill } from './Fill';

interface MissingItemProps {
  /** What kind of thing was asked for. */
  kind: keyof Dictionary['common']['missingItem']['heading'];
  /** The id the address asked for. */
  requestedId: string;
  /** Near matches, best first. */
  suggestions: { label: string; to: string }[];
  /** The section to go back to. */
  back: { label: string; to: string };
}

/** Said inside a section when its address names something that does not exist. */
export function MissingItem({ kind, requestedId, suggestions, back }: MissingItemProps) {
  const words = useText().words.common.missingItem;
  const suggestionsId = useId();
  return (
    <div className="page">
      <h1 tabIndex={-1}>{words.heading[kind]}</h1>
      <p className="lede">
        <Fill template={words.lede} values={{ id: <code>{requestedId}</code> }} />
      </p>
      {suggestions.length > 0 && (
        <>
          <h2 id={suggestionsId}>{words.suggestions}</h2>
          <ul aria-labelledby={suggestionsId}>
            {suggestions.map((suggestion) => (
              <li key={suggestion.to}>
                <Link to={suggestion.to}>{suggestion.label}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </div>
  );
}
