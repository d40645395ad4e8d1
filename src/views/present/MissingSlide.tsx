import { Link } from 'react-router';
import { Fill } from '../../components/Fill';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';

/** What an address with no such slide shows: how long the deck is, and the ways back in. */
export function MissingSlide({ asked, total }: { asked: string; total: number }) {
  const text = useText();
  const words = text.words.present.missingSlide;
  return (
    <main className="page" id="main">
      <h1 tabIndex={-1}>{text.fill(words.heading, { number: asked })}</h1>
      <p className="lede">{text.count(words.lede, total)}</p>
      <p>
        <Fill
          template={words.ways}
          values={{
            first: <Link to={paths.present(1)}>{words.first}</Link>,
            classroom: <Link to={paths.classroom()}>{words.classroom}</Link>,
          }}
        />
      </p>
    </main>
  );
}
