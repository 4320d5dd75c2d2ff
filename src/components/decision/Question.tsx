/**
 * A decision's question, rendered two ways from the same QuestionStep: as plain links (the
 * pre-rendered pages, which work without JavaScript) and as a GOV.UK-style form (the island).
 */
import type { Ref } from 'preact';
import type { QuestionStep, StepContext } from '../../lib/step-view';
import { ClauseLinks } from './ClauseLinks';

/** What the island gives the form: the chosen answer, the error state and what to do on each action. */
export interface FormHandlers {
  selected: string | undefined;
  error: boolean;
  onSelect: (answer: string) => void;
  onSubmit: () => void;
  /** Follows an in-tree link without a page load: Back, Change (keeps later answers) or Start again (forgets them). */
  onNavigate: (href: string, kind: 'back' | 'change' | 'restart') => void;
  onCopy: (text: string) => Promise<boolean>;
}

/** The question with each answer as a link to the step it leads to (no JavaScript needed). */
export function QuestionLinks({ step, context }: { step: QuestionStep; context: StepContext }) {
  const about = <ClauseLinks ids={step.cites} context={context} prefix="This question is about " />;
  return (
    <div class="question">
      <h1 class="question__prompt">{step.prompt}</h1>
      {step.hint && <p class="hint">{step.hint}</p>}
      <ul class="answer-links" aria-label="Answers">
        {step.answers.map((choice) => (
          <li key={choice.answer}>
            <a class="answer-link" href={choice.href}>
              {choice.label}
              {choice.hint && <span class="answer-link__hint">{choice.hint}</span>}
            </a>
          </li>
        ))}
      </ul>
      <p class="muted">{about}</p>
    </div>
  );
}

/** The question as a form: radios, an error summary when nothing is chosen, and Continue. */
export function QuestionForm({
  step,
  context,
  form,
  headingRef,
}: {
  step: QuestionStep;
  context: StepContext;
  form: FormHandlers;
  headingRef: Ref<HTMLHeadingElement> | undefined;
}) {
  const hintId = `${step.question}-hint`;
  const errorId = `${step.question}-error`;
  const about = <ClauseLinks ids={step.cites} context={context} prefix="This question is about " />;
  return (
    <form
      class="question"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.onSubmit();
      }}
    >
      {form.error && (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title" class="error-summary__title">
            There is a problem
          </h2>
          <a href={`#${step.question}-${step.answers[0]?.answer ?? ''}`}>Select an answer</a>
        </div>
      )}
      <fieldset
        class={form.error ? 'fieldset fieldset--error' : 'fieldset'}
        aria-describedby={[step.hint ? hintId : '', form.error ? errorId : ''].filter(Boolean).join(' ') || undefined}
      >
        <legend class="fieldset__legend">
          <h1 class="question__prompt" tabIndex={-1} ref={headingRef ?? null}>
            {step.prompt}
          </h1>
        </legend>
        {step.hint && (
          <p class="hint" id={hintId}>
            {step.hint}
          </p>
        )}
        {form.error && (
          <p class="error-message" id={errorId}>
            <span class="visually-hidden">Error: </span>Select an answer
          </p>
        )}
        <div class="radios">
          {step.answers.map((choice) => {
            const id = `${step.question}-${choice.answer}`;
            return (
              <div class="radio" key={choice.answer}>
                <input
                  class="radio__input"
                  type="radio"
                  id={id}
                  name="answer"
                  value={choice.answer}
                  checked={form.selected === choice.answer}
                  onChange={() => form.onSelect(choice.answer)}
                  aria-describedby={choice.hint ? `${id}-hint` : undefined}
                />
                <label class="radio__label" for={id}>
                  {choice.label}
                </label>
                {choice.hint && (
                  <p class="radio__hint" id={`${id}-hint`}>
                    {choice.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
      <button class="button" type="submit">
        Continue
      </button>
      <p class="muted">{about}</p>
    </form>
  );
}
