import { Link, useLocation } from 'react-router';
import { paths } from '../../paths';

/** Any address the explainer does not have. */
export function NotFoundView() {
  const { pathname } = useLocation();
  return (
    <div className="page">
      <h1 tabIndex={-1}>This page isn’t here</h1>
      <p className="lede">
        There is nothing at <code>{pathname}</code>. The link may be mistyped or out of date. These
        will get you back into the story:
      </p>
      <ul>
        <li>
          <Link to={paths.home()}>The story in a minute</Link>
        </li>
        <li>
          <Link to={paths.timeline()}>The timeline</Link>
        </li>
        <li>
          <Link to={paths.leaders()}>The leaders</Link>
        </li>
        <li>
          <Link to={paths.commitments()}>The commitments checklist</Link>
        </li>
        <li>
          <Link to={paths.sources()}>Sources and method</Link>
        </li>
      </ul>
    </div>
  );
}
