import { Link } from 'react-router';

interface MissingItemProps {
  /** What kind of thing was asked for: "event", "leader". */
  kind: string;
  /** The id the address asked for. */
  requestedId: string;
  /** Near matches, best first. */
  suggestions: { label: string; to: string }[];
  /** The section to go back to. */
  back: { label: string; to: string };
}

/** Said inside a section when its address names something that does not exist. */
export function MissingItem({ kind, requestedId, suggestions, back }: MissingItemProps) {
  return (
    <div className="page">
      <h1 tabIndex={-1}>We couldn’t find that {kind}</h1>
      <p className="lede">
        Nothing in this explainer has the address “{requestedId}”. The link may be mistyped or out
        of date.
      </p>
      {suggestions.length > 0 && (
        <>
          <h2>Did you mean</h2>
          <ul>
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
