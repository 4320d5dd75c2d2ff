/**
 * What every decision machine shares: the answer events and the state metadata. A machine's states
 * carry routing only (DecisionRouting: answers, facts, verdicts, cited clauses); their words are
 * content (content/decisions/<scenario-id>.yaml, QuestionWording and OutcomeWording), joined by state
 * and answer name into what the site shows (DecisionMeta). Machines hold no UI and no side effects.
 */
import type { StateMachine } from 'xstate';
import type { Facts } from './facts.ts';

import type { Verdict } from './verdicts.ts';

/** A payload-less answer event, e.g. `{ type: 'answer.yes' }`, so `xstate/graph` can explore every path. */
interface AnswerEvent<Answer extends string> {
  type: `answer.${Answer}`;
}

/**
 * The events a decision takes: one per answer, `answer.<name>`. Which answers a question offers is
 * written once, in its routing (`answers`); the build checks that each has a transition and each
 * transition an answer (checkDecisionRouting in src/lib/check-decisions.ts).
 */
export type DecisionEvent = AnswerEvent<string>;

/**
 * One answer as the machine has it: the event it sends and what it says about the situation. Its
 * words (label, hint) are content: content/decisions/<scenario-id>.yaml.
 */
export interface AnswerRoute {
  /** The event suffix: `answer` "notSure" is sent as `answer.notSure`. */
  answer: string;
  /** What this answer says about the situation (the policy's facts.yaml), for the consistency test. */
  facts?: Facts;
}

/** A question state as the machine has it: its answers, the clauses it is about, what it takes as given. */
export interface QuestionRouting {
  kind: 'question';
  /** The answers, in the order shown; each must have a transition `answer.<answer>`. */
  answers: AnswerRoute[];
  /** Clause ids the question is about. */
  cites: string[];
  /** For checklist scenarios: a "yes" confirms a requirement (its words are content), listed when it is not met. */
  requirement?: { cites: string[] };
  /** On the first question only: the facts the whole decision takes as given (e.g. that the other person is a student). */
  premise?: Facts;
  /**
   * For a question added after links to later steps were published: the answer a link made before
   * it is replayed with. Only for a question whose answer changes no verdict (whether it has
   * already happened); a question that can change a verdict must be asked.
   */
  assumedWhenMissing?: string;
}

/** An outcome state as the machine has it: the verdict and the clauses and readings it rests on. */
export interface OutcomeRouting {
  kind: 'outcome';
  verdict: Verdict;
  /** Every clause the outcome rests on; each is quoted in full on the outcome page (a condition that only reminds of a clause links it). */
  cites: string[];
  /** The site's readings of a clause beyond its words that this outcome relies on; shown apart from the quoted text. */
  readings?: ReadingRef[];
  /** List the requirements (questions with `requirement`) that were not answered "yes". */
  listsUnmetRequirements?: boolean;
  /** Offer "Prepare the request" for the written permission, consent or approval the outcome needs. */
  request?: RequestMeta;
}

/** What a machine's states carry: routing only. The words come from content (QuestionWording, OutcomeWording). */
export type DecisionRouting = QuestionRouting | OutcomeRouting;

/** A question's words (content/decisions/<scenario-id>.yaml), by answer name. */
export interface QuestionWording {
  /** The question, asked of the staff member ("Is the other person a current student?"). */
  prompt: string;
  /** Optional help under the question. */
  hint?: string;
  /** Each answer's label and optional help, by its name in the machine. */
  answers: Record<string, { label: string; hint?: string }>;
  /** The requirement a "yes" confirms, in words, for a question that has one. */
  requirement?: string;
}

/** An outcome's words (content/decisions/<scenario-id>.yaml). */
export interface OutcomeWording {
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
}

/** A state's words: a question's or an outcome's. */
export type StateWording = QuestionWording | OutcomeWording;

/** One answer as a person sees it: the machine's answer with its words. */
interface AnswerOption extends AnswerRoute {
  /** What the person reads next to the radio button. */
  label: string;
  /** Optional help under the label. */
  hint?: string;
}

/** A question as the site shows it: the machine's routing joined with its words. */
export interface QuestionMeta extends Omit<QuestionRouting, 'answers' | 'requirement'> {
  prompt: string;
  hint?: string;
  answers: AnswerOption[];
  requirement?: { text: string; cites: string[] };
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

/** An outcome as the site shows it: the machine's routing joined with its words. */
export type OutcomeMeta = OutcomeRouting & OutcomeWording;

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

/** What the site shows at a state: a question or an outcome, routing and words joined (src/lib/decision/wording.ts). */
export type DecisionMeta = QuestionMeta | OutcomeMeta;

/**
 * Any decision machine (the registry's value type): whatever its context and events, its states'
 * metadata is DecisionRouting, joined with the decision's words by `withWording`
 * (src/lib/decision/wording.ts) before the site or a test reads it as DecisionMeta.
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
  DecisionRouting,
  any,
  any
>;
/* eslint-enable @typescript-eslint/no-explicit-any */
