/**
 * A decision's outcome: the verdict in words, the answer, why, what it needs (conditions, what is
 * missing, what still applies), whom to ask, the site's readings, and every clause it rests on,
 * quoted word for word.
 */
import type { ComponentChildren, Ref } from 'preact';
import type { ActionStep, Condition, ReadingRef } from '../../../machines/types';
import { VERDICT_LABELS, type Verdict } from '../../../machines/verdicts';
import { VERDICT_LOOKS } from '../../lib/verdict-presentation';
import type { ClauseQuote, OutcomeStep, StepContext, StepView } from '../../lib/step-view';
import { addressOf } from '../../lib/urls';
import { ClauseLinks } from './ClauseLinks';
import type { FormHandlers } from './Question';
import { RequestLetter } from './RequestLetter';

/** Renders an outcome; `form` is present in the island (print and copy buttons work). */
export function Outcome({
  step,
  view,
  context,
  form,
  headingRef,
}: {
  step: OutcomeStep;
  view: StepView;
  context: StepContext;
  form: FormHandlers | undefined;
  headingRef: Ref<HTMLHeadingElement> | undefined;
}) {
  const { meta } = step;
  const handOff = meta.handOff ? context.scenarios[meta.handOff.scenario] : undefined;
  // In the browser the address is known; in a pre-rendered page only when the build knows SITE_URL.
  const address = addressOf(view.href, form ? document.baseURI : context.siteUrl);
  return (
    <article class={`outcome outcome--${meta.verdict}`} aria-labelledby="outcome-title">
      <p class="print-only">{context.scenarioTitle}</p>
      <p id="verdict" class={`verdict verdict--${meta.verdict}`}>
        <VerdictIcon verdict={meta.verdict} />
        <span class="verdict__label">{VERDICT_LABELS[meta.verdict]}</span>
      </p>
      {/* The verdict is read with the title when focus moves here. */}
      <h1 id="outcome-title" class="outcome__title" tabIndex={-1} ref={headingRef ?? null} aria-describedby="verdict">
        {meta.title}
      </h1>
      <p class="lead">{meta.explanation}</p>
      {meta.eitherWay && <p class="either-way">{meta.eitherWay}</p>}
      {step.alreadyDone && meta.afterTheFact && (
        <ActionList title="It has already happened: what to do now" steps={meta.afterTheFact} context={context} />
      )}
      <p class="advice-note">
        This site explains the policy; it is not legal advice.
        {context.policy.outcomeNote ? ` ${context.policy.outcomeNote}` : ''} If in doubt, ask your principal or
        supervisor. <a href={context.verdictsHref}>What the verdicts mean</a>
      </p>

      {step.unmet.length > 0 && (
        <Section title="What is missing">
          <ul class="requirement-list">
            {step.unmet.map((requirement) => (
              <li key={requirement.question}>
                {requirement.text} <span class="muted">You answered “{requirement.answerLabel}”.</span>{' '}
                <ClauseLinks ids={requirement.cites} context={context} prefix="Clause " />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {meta.conditions && <ConditionList title="Conditions" conditions={meta.conditions} context={context} />}
      {meta.stillApplies && (
        <ConditionList title="What still applies" conditions={meta.stillApplies} context={context} />
      )}
      {meta.wouldAllow && (
        <Section title="What would make it allowed">
          <p>{meta.wouldAllow}</p>
        </Section>
      )}
      {meta.askWhom && (
        <Section title="Whom to ask">
          <p>{meta.askWhom}</p>
        </Section>
      )}
      {meta.copyText && <CopyText label={meta.copyText.label} text={meta.copyText.text} form={form} />}
      {meta.request && <RequestLetter request={meta.request} context={context} onCopy={form?.onCopy} />}
      {meta.nextSteps && <ActionList title="Next steps" steps={meta.nextSteps} context={context} />}
      {meta.handOff && handOff && (
        <p class="hand-off">
          <a href={handOff.href}>
            {meta.handOff.label}: {handOff.title}
          </a>
        </p>
      )}

      {meta.readings && <SiteReadings readings={meta.readings} context={context} />}

      <Section title="The clauses this rests on">
        {meta.cites.map((id) => {
          const clause = context.clauses[id];
          return clause ? <QuotedClause key={id} clause={clause} context={context} /> : null;
        })}
      </Section>

      <p class="decided-against">
        Decided against <cite>{context.policy.title}</cite>
        {context.policy.reviewed ? (
          <>
            {' '}
            as last reviewed in{' '}
            {context.policy.versionHref ? (
              <a href={context.policy.versionHref}>{context.policy.reviewed}</a>
            ) : (
              context.policy.reviewed
            )}
            .
          </>
        ) : (
          ', whose last review date is not published.'
        )}
      </p>
      <p class="outcome__address">
        Permanent link to this outcome: <code>{address}</code>
      </p>
      <p class="outcome__actions">
        <button type="button" class="button button--secondary" hidden={!form} onClick={() => window.print()}>
          Print this outcome
        </button>
      </p>
    </article>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="outcome__section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function ConditionList({
  title,
  conditions,
  context,
}: {
  title: string;
  conditions: Condition[];
  context: StepContext;
}) {
  return (
    <Section title={title}>
      <ul class="condition-list">
        {conditions.map((condition) => (
          <li key={condition.text}>
            {condition.text} <ClauseLinks ids={condition.cites} context={context} prefix="Clause " />
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Steps to take, each marked as the policy's words (with its clauses) or this site's advice. */
function ActionList({ title, steps, context }: { title: string; steps: ActionStep[]; context: StepContext }) {
  return (
    <Section title={title}>
      <ol class="action-list">
        {steps.map((action) => (
          <li key={action.text}>
            {action.says === 'policy' ? (
              <>
                <strong class="action-list__source">The policy:</strong> {action.text}{' '}
                <ClauseLinks ids={action.cites} context={context} prefix="Clause " />
              </>
            ) : (
              <>
                <strong class="action-list__source action-list__source--advice">This site's advice:</strong>{' '}
                {action.text}
              </>
            )}
          </li>
        ))}
      </ol>
    </Section>
  );
}

/** Where the answer relies on the site's reading of a clause beyond its words: said apart from the quoted text. */
function SiteReadings({ readings, context }: { readings: ReadingRef[]; context: StepContext }) {
  const found = readings.flatMap((ref) => {
    const clause = context.clauses[ref.clause];
    const text = clause?.readings[ref.reading];
    return clause && text ? [{ clause, text, key: `${ref.clause}/${ref.reading}` }] : [];
  });
  if (found.length === 0) return null;
  return (
    <section class="site-reading" aria-labelledby="site-reading-heading">
      <h2 id="site-reading-heading">How this site reads the clause</h2>
      {found.map(({ clause, text, key }) => (
        <p key={key}>
          <a class="site-reading__clause" href={clause.href}>
            {clause.label}
          </a>
          : {text}
        </p>
      ))}
      <p class="muted">This is the site's reading, not the policy's words; the clauses quoted below are what count.</p>
    </section>
  );
}

function QuotedClause({ clause, context }: { clause: ClauseQuote; context: StepContext }) {
  return (
    <figure class="quote">
      <blockquote class="clause-text">
        <p>{withEmphasis(clause.text)}</p>
      </blockquote>
      {context.policy.statusNote && context.policy.statusNoteClauses.includes(clause.id) && (
        <p class="status-note status-note--inline">
          <strong>Status note: </strong>
          {context.policy.statusNote}
        </p>
      )}
      <figcaption>
        <a href={clause.href}>
          {clause.citation}: {clause.title}
        </a>
        {clause.changedIn && (
          <>
            {' '}
            (changed in {clause.changedIn}: <a href={context.policy.changesHref}>what changed</a>)
          </>
        )}
      </figcaption>
    </figure>
  );
}

function CopyText({ label, text, form }: { label: string; text: string; form: FormHandlers | undefined }) {
  return (
    <section class="outcome__section copy-text">
      <h2>{label}</h2>
      <p class="copy-text__value">{text}</p>
      {form && (
        <p class="copy__buttons">
          <button
            type="button"
            class="button button--secondary"
            onClick={(event) => {
              const status = (event.currentTarget as HTMLElement).nextElementSibling;
              void form.onCopy(text).then((copied) => {
                if (status) status.textContent = copied ? 'Copied.' : 'Copy failed: select the text and copy it.';
              });
            }}
          >
            Copy the statement
          </button>
          <span class="copy__status" role="status" />
        </p>
      )}
    </section>
  );
}

/** Renders the source's `*emphasis*` as <em>, keeping every other character as written. */
function withEmphasis(text: string) {
  return text
    .split(/(\*[^*]+\*)/g)
    .map((part, index) => (/^\*[^*]+\*$/.test(part) ? <em key={index}>{part.slice(1, -1)}</em> : part));
}

function VerdictIcon({ verdict }: { verdict: Verdict }) {
  return (
    <svg class="verdict__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="11" fill="none" stroke="currentColor" stroke-width="2" />
      <path
        d={VERDICT_LOOKS[verdict].icon}
        fill="none"
        stroke="currentColor"
        stroke-width="2.4"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
