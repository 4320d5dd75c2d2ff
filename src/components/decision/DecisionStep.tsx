/**
 * One step of a decision: a question or an outcome, with the answers given so far, Back and
 * Start again. The same StepView renders as plain links (the pre-rendered pages, no JavaScript) or,
 * given `form`, as the island's form.
 */
import type { Ref } from 'preact';
import type { GivenAnswer, StepContext, StepView } from '../../lib/step-view';
import { Outcome } from './Outcome';
import { QuestionForm, QuestionLinks, type FormHandlers } from './Question';

interface Props {
  view: StepView;
  context: StepContext;
  /** Absent: plain links (no JavaScript). Present: the interactive form. */
  form?: FormHandlers;
  notice?: string | undefined;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Renders the step a StepView describes. */
export function DecisionStep({ view, context, form, notice, headingRef }: Props) {
  const navigate = (href: string, kind: 'back' | 'change' | 'restart') => (event: MouseEvent) => {
    if (!form || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    form.onNavigate(href, kind);
  };
  return (
    <div class="step" data-step={view.current.kind === 'question' ? view.current.question : view.current.outcome}>
      {notice && (
        <div class="notice" role="status">
          <p>{notice}</p>
        </div>
      )}
      <a class="back-link" href={view.backHref} onClick={navigate(view.backHref, 'back')}>
        Back
      </a>
      {view.current.kind === 'question' ? (
        form ? (
          <QuestionForm step={view.current} context={context} form={form} headingRef={headingRef} />
        ) : (
          <QuestionLinks step={view.current} context={context} />
        )
      ) : (
        <Outcome step={view.current} view={view} context={context} form={form} headingRef={headingRef} />
      )}
      {view.given.length > 0 && <GivenAnswers given={view.given} onChange={(href) => navigate(href, 'change')} />}
      <p class="step__restart">
        <a href={view.startHref} onClick={navigate(view.startHref, 'restart')}>
          Start again
        </a>
      </p>
    </div>
  );
}

function GivenAnswers({
  given,
  onChange,
}: {
  given: GivenAnswer[];
  onChange: (href: string) => (event: MouseEvent) => void;
}) {
  return (
    <section class="given" aria-labelledby="given-heading">
      <h2 id="given-heading">Your answers</h2>
      <dl class="summary-list">
        {given.map((answer) => (
          <div class="summary-list__row" key={answer.question}>
            <dt>{answer.prompt}</dt>
            <dd>{answer.answerLabel}</dd>
            <dd class="summary-list__action">
              <a href={answer.changeHref} onClick={onChange(answer.changeHref)}>
                Change<span class="visually-hidden"> your answer to: {answer.prompt}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
