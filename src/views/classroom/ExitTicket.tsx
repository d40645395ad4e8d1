import { useId, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { Fill } from '../../components/Fill';
import { theExitTicket } from '../../content/classroomSelectors';
import { refLabel } from '../../content/refSelectors';
import { theStory } from '../../content/storySelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import { useExitTicket, type TicketAnswer } from './useExitTicket';
import styles from './ExitTicket.module.css';

/**
 * The lesson's last task, on the student's own device: a judgement in their words and one piece
 * of evidence. It is kept as they type and handed in without a server: copied, shared or
 * downloaded as text, ready for whatever the school uses.
 */
export function ExitTicket() {
  const text = useText();
  const words = text.words.classroom.exitTicket;
  const ticketContent = theExitTicket();
  const { ticket, problem, save } = useExitTicket();
  const [announcement, setAnnouncement] = useState('');
  const [clearedTicket, setClearedTicket] = useState<TicketAnswer | null>(null);
  const answerId = useId();
  const evidenceName = useId();
  const chosen = ticket.evidence === null ? undefined : ticketContent.evidence[ticket.evidence];

  const update = (next: TicketAnswer) => {
    setClearedTicket(null);
    setAnnouncement('');
    save(next);
  };

  const asText = () =>
    text.fill(words.file, {
      lesson: theStory().headline,
      prompt: ticketContent.prompt,
      answer: ticket.answer,
      evidence: chosen ? refLabel(chosen, text) : words.noEvidence,
      address: new URL(paths.item(chosen ?? { kind: 'page', id: 'home' }), window.location.href)
        .href,
    });

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(asText());
      setAnnouncement(words.copied);
    } catch {
      setAnnouncement(words.copyFailed);
    }
  }

  async function handleShare() {
    try {
      await navigator.share({ title: words.heading, text: asText() });
    } catch {
      // The reader closed the share sheet: nothing to say.
    }
  }

  function handleDownload() {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([asText()], { type: 'text/plain;charset=utf-8' }));
    link.download = words.fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  function handleClear() {
    setClearedTicket(ticket);
    save({ answer: '', evidence: null });
    setAnnouncement(words.cleared);
  }

  const isEmpty = ticket.answer.trim() === '';
  // Asked after hydration: the prerendered page cannot know whether this browser can share.
  const canShare = useSyncExternalStore(noChange, canShareNow, () => false);

  return (
    <form className={styles.ticket} onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={answerId} className={styles.prompt}>
        {ticketContent.prompt}
      </label>
      <textarea
        id={answerId}
        className={styles.answer}
        rows={6}
        value={ticket.answer}
        onChange={(event) => update({ ...ticket, answer: event.target.value })}
      />
      <fieldset className={styles.evidence}>
        <legend>{words.evidence}</legend>
        {ticketContent.evidence.map((item, index) => (
          <div key={item.id} className={styles.choice}>
            <input
              type="radio"
              id={`${evidenceName}-${index}`}
              name={evidenceName}
              checked={ticket.evidence === index}
              onChange={() => update({ ...ticket, evidence: index })}
            />
            <label htmlFor={`${evidenceName}-${index}`}>{refLabel(item, text)}</label>{' '}
            <Link to={paths.item(item)} className={styles.readAgain}>
              <Fill template={words.readAgain} values={{ item: refLabel(item, text) }} />
            </Link>
          </div>
        ))}
      </fieldset>
      <p className={styles.status}>
        {problem === 'blocked'
          ? words.unsaved
          : problem === 'corrupted'
            ? words.corrupted
            : words.saved}
      </p>
      <noscript>
        <p className={styles.status}>{words.noScript}</p>
      </noscript>
      <h3 className={styles.handInHeading}>{words.handIn}</h3>
      <p>{words.handInHelp}</p>
      <div className={styles.actions}>
        <button type="button" className="button" disabled={isEmpty} onClick={handleCopy}>
          {words.copy}
        </button>
        {canShare && (
          <button type="button" className="button" disabled={isEmpty} onClick={handleShare}>
            {words.share}
          </button>
        )}
        <button type="button" className="button" disabled={isEmpty} onClick={handleDownload}>
          {words.download}
        </button>
        <button
          type="button"
          className="button"
          disabled={isEmpty && ticket.evidence === null}
          onClick={handleClear}
        >
          {words.clear}
        </button>
        {clearedTicket && (
          <button
            type="button"
            className="button"
            onClick={() => {
              save(clearedTicket);
              setClearedTicket(null);
              setAnnouncement('');
            }}
          >
            {words.undo}
          </button>
        )}
      </div>
      <p role="status" className={styles.announcement}>
        {announcement}
      </p>
    </form>
  );
}

const noChange = () => () => {};
const canShareNow = () => 'share' in navigator;
