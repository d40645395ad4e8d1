import { Link, useLocation } from 'react-router';
import { Fill } from '../../components/Fill';
import { navSections } from '../../components/SiteNav';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';

/** Any address the explainer does not have. */
export function NotFoundView() {
  const { pathname } = useLocation();
  const { layout, pages } = useText().words;
  return (
    <div className="page">
      <h1 tabIndex={-1}>{layout.notFound.heading}</h1>
      <p className="lede">
        <Fill template={layout.notFound.lede} values={{ address: <code>{pathname}</code> }} />
      </p>
      <ul>
        {navSections.map((section) => (
          <li key={section.id}>
            <Link to={paths.section(section.id)}>{pages[section.id].link}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
