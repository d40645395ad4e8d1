import { Fragment, useMemo } from 'react';
import { Link } from 'react-router';
import { Fill } from '../../components/Fill';
import { LinkList } from '../../components/LinkList';
import { allObjectives } from '../../content/classroomSelectors';
import { coverageQuestions, goingFurther, lessonPlan, primaryText } from '../../content/lesson';
import { refLabel } from '../../content/refSelectors';
import { quizQuestions } from '../../content/quizSelectors';
import { lessonSlideNumbers, slides } from '../../content/slides';
import type { ObjectiveCheck, StudentSection } from '../../content/types';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './Lesson.module.css';

/** Where each part of the student view starts, for the plan's links. */
const studentAnchor: Record<StudentSection, string> = {
  story: 'student-story-section',
  'primary-text': 'primary-text-section',
  coverage: 'coverage-section',
  sorting: 'sorting-section',
  quiz: 'student-quiz-section',
  'exit-ticket': 'exit-ticket-section',
};

/**
 * The 50-minute plan: each step's time, what the teacher and the students do, and links to the
 * slides and the part of the student view it uses; then the 30-minute version and the objectives.
 */
export function LessonPlan() {
  const text = useText();
  const words = text.words.classroom.plan;
  const deck = useMemo(() => slides(text), [text]);
  const minutes = (count: number) => text.count(words.minutes, count);
  return (
    <section aria-labelledby="plan">
      <h2 id="plan">{words.heading}</h2>
      <p>{words.intro}</p>
      <ol className={styles.plan}>
        {lessonPlan.map((step) => {
          const slideNumbers = lessonSlideNumbers(deck, step.slides);
          return (
            <li key={step.id} id={`step-${step.id}`} className={styles.step}>
              <h3>
                <Fill
                  template={words.step}
                  values={{ minutes: minutes(step.minutes), title: step.title }}
                />
              </h3>
              <dl className={styles.who}>
                <dt>{words.teacher}</dt>
                <dd>{step.teacher}</dd>
                <dt>{words.students}</dt>
                <dd>{step.students}</dd>
              </dl>
              <p className={styles.uses}>
                {text.count(words.slides, slideNumbers.length)}{' '}
                {slideNumbers.map((number, index) => (
                  <Fragment key={number}>
                    {index > 0 && ' · '}
                    <Link to={paths.present(number)}>
                      <Fill
                        template={words.slide}
                        values={{ number: text.number(number), name: deck[number - 1]?.name }}
                      />
                    </Link>
                  </Fragment>
                ))}
                {'studentSection' in step && (
                  <>
                    {' '}
                    {words.onPhones}{' '}
                    <Link to={`${paths.student()}#${studentAnchor[step.studentSection]}`}>
                      {text.words.classroom.onPhones.open}
                    </Link>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>

      <h3>{words.shortHeading}</h3>
      <p>{words.shortIntro}</p>
      <ul>
        {lessonPlan.flatMap((step) =>
          'shortMinutes' in step
            ? [
                <li key={step.id}>
                  <Fill
                    template={words.shortStep}
                    values={{ title: step.title, minutes: minutes(step.shortMinutes) }}
                  />
                </li>,
              ]
            : [],
        )}
      </ul>

      <h3>{words.furtherHeading}</h3>
      <ul>
        {goingFurther.map((idea) => (
          <li key={idea.text}>
            {idea.text} <Link to={paths.item(idea.about)}>{refLabel(idea.about, text)}</Link>
          </li>
        ))}
      </ul>

      <h3>{words.objectivesHeading}</h3>
      <ol className={styles.objectives}>
        {allObjectives().map((objective) => (
          <li key={objective.id}>
            {objective.text}
            <p className={styles.uses}>
              <Fill
                template={words.taughtBy}
                values={{
                  steps: (
                    <LinkList
                      links={objective.taughtBy.map((id) => (
                        <a key={id} href={`#step-${id}`}>
                          {lessonPlan.find((step) => step.id === id)?.title ?? id}
                        </a>
                      ))}
                    />
                  ),
                }}
              />{' '}
              <Fill
                template={words.checkedBy}
                values={{ check: <CheckName check={objective.checkedBy} /> }}
              />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The question that checks an objective, named as a teacher would look for it. */
function CheckName({ check }: { check: ObjectiveCheck }) {
  const text = useText();
  const checks = text.words.classroom.plan.checks;
  switch (check.kind) {
    case 'quiz':
      return (
        <Fill
          template={checks.quiz}
          values={{ question: quizQuestions(text).find((q) => q.id === check.id)?.prompt }}
        />
      );
    case 'reading':
      return (
        <Fill
          template={checks.reading}
          values={{ question: primaryText.questions.find((q) => q.id === check.id)?.question }}
        />
      );
    case 'coverage':
      return (
        <Fill
          template={checks.coverage}
          values={{ question: coverageQuestions.find((q) => q.id === check.id)?.question }}
        />
      );
    case 'exit-ticket':
      return <>{checks.exitTicket}</>;
  }
}
