/**
 * What one step of a decision shows, computed from the machine: the question with its answers (each
 * with the address of the step it leads to), or the outcome; plus the answers given so far.
 * The pre-rendered pages and the stepper island render the same StepView, so they cannot disagree.
 */
import type { DecisionMachine, OutcomeMeta } from '../../machines/types';
import {
  hasAlreadyHappened,
  metaOf,
  questionMeta,
  stateNameOf,
  unmetRequirementsOf,
  type DecisionSnapshot,
  type ResolvedWording,
} from './decision';
import { stepHref, type AnsweredStep } from './step-address';
import type { LetterTemplate } from '../../content/schema';

/** One answer option, with the address of the step it leads to. */
interface AnswerChoice {
  answer: string;
  label: string;
  hint?: string;
  href: string;
}

/** The current step when it is a question. */
export interface QuestionStep {
  kind: 'question';
  question: string;
  prompt: string;
  hint?: string;
  answers: AnswerChoice[];
  cites: string[];
}

/** A requirement an outcome lists as not met, with the answer given. */
interface UnmetRequirementView {
  question: string;
  text: string;
  cites: string[];
  answerLabel: string;
}

/** The current step when it is an outcome. */
export interface OutcomeStep {
  kind: 'outcome';
  outcome: string;
  meta: OutcomeMeta;
  /** For checklist outcomes: the requirements not confirmed, with the answer given. */
  unmet: UnmetRequirementView[];
  /** The person said it has already happened: the outcome adds what to do now. */
  alreadyDone: boolean;
}

/** An answer already given, with where to change it. */
export interface GivenAnswer {
  question: string;
  prompt: string;
  answer: string;
  answerLabel: string;
  changeHref: string;
}

/** Everything one step shows. Addresses are absolute paths (they include the site's base). */
export interface StepView {
  href: string;
  current: QuestionStep | OutcomeStep;
  given: GivenAnswer[];
  /** The previous step, or the scenario's introduction for the first question. */
  backHref: string;
  startHref: string;
}

/** The label of an answer to a question, as the person read it. */
function answerLabel(machine: DecisionMachine, question: string, answer: string): string {
  return questionMeta(machine, question)?.answers.find((option) => option.answer === answer)?.label ?? answer;
}

/**
 * Describes the step a snapshot is at, reached by `steps`. `scenarioHref` is the scenario's folder
 * with the site's base, e.g. "/questions/friend-request/".
 */
export function describeStep(
  machine: DecisionMachine,
  snapshot: DecisionSnapshot,
  steps: readonly AnsweredStep[],
  scenarioHref: string,
): StepView {
  const meta = metaOf(machine, snapshot);
  const state = stateNameOf(snapshot);
  const href = (path: readonly AnsweredStep[]) => stepHref(scenarioHref, path);
  const unmet = (outcome: OutcomeMeta) =>
    outcome.listsUnmetRequirements
      ? unmetRequirementsOf(machine, snapshot).flatMap(({ question, answer }) => {
          const requirement = questionMeta(machine, question)?.requirement;
          return requirement ? [{ question, ...requirement, answerLabel: answerLabel(machine, question, answer) }] : [];
        })
      : [];
  const current: QuestionStep | OutcomeStep =
    meta.kind === 'question'
      ? {
          kind: 'question',
          question: state,
          prompt: meta.prompt,
          ...(meta.hint ? { hint: meta.hint } : {}),
          answers: meta.answers.map((option) => ({
            answer: option.answer,
            label: option.label,
            ...(option.hint ? { hint: option.hint } : {}),
            href: href([...steps, { question: state, answer: option.answer }]),
          })),
          cites: meta.cites,
        }
      : { kind: 'outcome', outcome: state, meta, unmet: unmet(meta), alreadyDone: hasAlreadyHappened(snapshot) };

  const given = steps.map((step, index) => ({
    question: step.question,
    prompt: questionMeta(machine, step.question)?.prompt ?? step.question,
    answer: step.answer,
    answerLabel: answerLabel(machine, step.question, step.answer),
    changeHref: href(steps.slice(0, index)),
  }));

  return {
    href: href(steps),
    current,
    given,
    backHref: steps.length > 0 ? href(steps.slice(0, -1)) : scenarioHref,
    startHref: href([]),
  };
}

/** A cited clause, ready to quote: its verbatim text (with the source's *emphasis*) and where it lives. */
export interface ClauseQuote {
  id: string;
  /** "3(e)". */
  label: string;
  title: string;
  /** The clause page, with the site's base. */
  href: string;
  text: string;
  /** "Electronic Social Media, s 3(e)". */
  citation: string;
  /** The site's readings of the clause that the decision's outcomes rely on, by reading id. */
  readings: Record<string, string>;
  /** "June 2025": when a revision last changed the clause; absent while the policy has one version. */
  changedIn?: string;
}

/** What a step needs besides the view: the clauses to quote, the policy it was decided against, other scenarios. */
export interface StepContext {
  scenarioTitle: string;
  /** The decision's words by state (content/decisions/), which the island joins to the machine (withWording). */
  wording: ResolvedWording;
  clauses: Record<string, ClauseQuote>;
  policy: {
    title: string;
    /** "February 2020"; absent when the policy does not publish it. */
    reviewed?: string;
    /** The version's own page (`/<policy>/<yyyy-mm>/`), kept for ever; absent for an undated policy. */
    versionHref?: string;
    /** What changed in the policy, version by version. */
    changesHref: string;
    statusNote?: string;
    /** Clauses the status note concerns; it is shown wherever they are quoted. */
    statusNoteClauses: string[];
    /** What every outcome of a decision on this policy says under its verdict (policy.yaml `outcomeNote`). */
    outcomeNote?: string;
  };
  /** Other scenarios an outcome may hand over to, by id. */
  scenarios: Record<string, { title: string; href: string }>;
  /** The words of the request letters its outcomes prepare, by id (the policy's letters.yaml). */
  letters: Record<string, LetterTemplate>;
  /** Where the verdicts are explained, with the site's base. */
  verdictsHref: string;
  /** The address printed for a step: absolute when the site knows its public URL (SITE_URL). */
  siteUrl?: string;
}
