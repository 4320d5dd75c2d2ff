/**
 * What every decision machine shares: the answer events, the state metadata that carries all the
 * wording (questions and outcomes), and the verdicts. Machines hold no UI and no side effects; the
 * site and the tests read this metadata through the same pure `transition()`.
 */
import type { StateMachine } from 'xstate';
import type { Facts } from './facts.ts';

import type { Verdict } from './verdicts.ts';

/** A payload-less answer event, e.g. `{ type: 'answer.yes' }`, so `xstate/graph` can explore every path. */
export interface AnswerEvent<Answer extends string> {
  type: `answer.${Answer}`;
}

/** One answer a person can give to a question. */
export interface AnswerOption {
  /** The event suffix: `answer` "notSure" is sent as `answer.notSure`. */
  answer: string;
  /** What the person reads next to the radio button. */
  label: string;
  /** Optional help under the label. */
  hint?: string;
  /** What this answer says about the situation (machines/facts.ts), for the consistency test. */
  facts?: Facts;
}

/** A question state: what is asked, how to answer, which clauses it is about. */
export interface QuestionMeta {
  kind: 'question';
  /** The question, asked of the staff member ("Is the other person a current student?"). */
  prompt: string;
  /** Optional help under the question. */
  hint?: string;
  /** The answers, in the order shown; each must have a transition `answer.<answer>`. */
  answers: AnswerOption[];
  /** Clause ids the question is about. */
  cites: string[];
  /** For checklist scenarios: the requirement a "yes" confirms, listed when it is not met. */
  requirement?: { text: string; cites: string[] };
  /** On the first question only: the facts the whole decision takes as given (e.g. that the other person is a student). */
  premise?: Facts;
  /**
   * For a question added after links to later steps were published: the answer a link made before
   * it is replayed with. Only for a question whose answer changes no verdict (whether it has
   * already happened); a question that can change a verdict must be asked.
   */
  assumedWhenMissing?: string;
}

/** A condition an allowed outcome comes with, and the clause it comes from. */
export interface Condition {
  text: string;
  cites: string[];
}

/**
 * One thing to do, marked as whose words it is: the policy's (`cites` names the clauses it follows
 * from, each quoted on the outcome) or this site's advice, which the policy does not say.
 */
export type ActionStep = { says: 'policy'; text: string; cites: string[] } | { says: 'advice'; text: string };

/** A place where the site reads a clause beyond its words: `content/policies/<policy>/clauses/<clause>.mdx` `readings[].id`. */
export interface ReadingRef {
  clause: string;
  reading: string;
}

/** An outcome state: the verdict and everything a person needs to act on it. */
export interface OutcomeMeta {
  kind: 'outcome';
  verdict: Verdict;
  /** The answer in a few words ("Not allowed: the group needs a second staff administrator"). */
  title: string;
  /** One paragraph: why, in terms of the clauses. */
  explanation: string;
  /** Where an "I'm not sure" answer led here: why the answer is the same whichever way the fact turns out. */
  eitherWay?: string;
  /** For "allowed with conditions": each condition with its clause. */
  conditions?: Condition[];
  /** For outcomes that do not allow or forbid (not decided, find out first): clauses that apply whatever the answer. */
  stillApplies?: Condition[];
  /** Every clause the outcome rests on; each is quoted in full on the outcome page (a condition that only reminds of a clause links it). */
  cites: string[];
  /** The site's readings of a clause beyond its words that this outcome relies on; shown apart from the quoted text. */
  readings?: ReadingRef[];
  /** For "not allowed" and "may lead to discipline": what, if anything, would make it allowed. */
  wouldAllow?: string;
  /** For "not decided" and "find out first" outcomes: whom to ask. */
  askWhom?: string;
  /** What to do next, in order, each marked as the policy's words or this site's advice. */
  nextSteps?: ActionStep[];
  /** Where the person says it has already happened: what to do now, each marked as the policy's words or this site's advice. */
  afterTheFact?: ActionStep[];
  /** Text the person may need to copy (a disclaimer), shown with a Copy button. */
  copyText?: { label: string; text: string };
  /** Another scenario that answers the rest of the question. */
  handOff?: { scenario: string; label: string };
  /** List the requirements (questions with `requirement`) that were not answered "yes". */
  listsUnmetRequirements?: boolean;
  /** Offer "Prepare the request" for the written permission, consent or approval the outcome needs. */
  request?: RequestMeta;
}

/** Who can give the written permission, consent or approval the policy asks for. */
export type Addressee = 'principal' | 'supervisor' | 'guardian' | 'student';

/** Paperwork an outcome can help prepare: a request letter for written permission, consent or approval. */
export interface RequestMeta {
  /** The letter, by its id in the policy's letters.yaml (content/policies/<policy>/letters.yaml), which holds its words. */
  letter: string;
  /** Who may give it, according to the clause; the first is offered first. */
  addressees: Addressee[];
  /** The clauses the letter quotes. */
  cites: string[];
}

/** The metadata on every state: a question or an outcome. */
export type DecisionMeta = QuestionMeta | OutcomeMeta;

/**
 * Any decision machine (the registry's value type): whatever its context and events, its states'
 * metadata is DecisionMeta, so code reads `state.meta` and `snapshot.getMeta()` without casts.
 */
// Every type parameter but the state metadata is each decision's own (context, events, state names…).
/* eslint-disable @typescript-eslint/no-explicit-any -- see above: code reads only what every decision shares. */
export type DecisionMachine = StateMachine<
  any,
  any,
  any,
  any,
  any,
  any,
  any,
  any,
  any,
  any,
  any,
  any,
  DecisionMeta,
  any,
  any
>;
/* eslint-enable @typescript-eslint/no-explicit-any */
