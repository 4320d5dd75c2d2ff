/**
 * Joins a decision's routing (its machine: answers, facts, verdicts, cited clauses) with its words
 * (content/decisions/<scenario-id>.yaml, resolved by src/lib/check-wording.ts) by state and answer
 * name. The build joins them once per decision; the island joins the same words, which it fetches
 * with the step context. Browser-safe: no file access, no YAML.
 */
import { createMachine } from 'xstate';
import type {
  DecisionMachine,
  DecisionMeta,
  DecisionRouting,
  OutcomeWording,
  QuestionWording,
  StateWording,
} from '../../../machines/types';

/** A decision's words by state name, every phrase written out. */
export type ResolvedWording = Readonly<Record<string, StateWording>>;

/** One state's routing and words joined; throws when they do not fit (the build's check says so first, with the file). */
function joinState(machineId: string, state: string, routing: DecisionRouting, words: StateWording): DecisionMeta {
  const where = `decision "${machineId}", state "${state}"`;
  if (routing.kind === 'question') {
    if (!('prompt' in words)) throw new Error(`${where}: a question needs a prompt and answers`);
    const { prompt, hint, answers, requirement } = words satisfies QuestionWording;
    const { requirement: required, ...rest } = routing;
    return {
      ...rest,
      prompt,
      ...(hint === undefined ? {} : { hint }),
      answers: routing.answers.map((route) => {
        const option = answers[route.answer];
        if (!option) throw new Error(`${where}: the answer "${route.answer}" has no label`);
        return { ...route, label: option.label, ...(option.hint === undefined ? {} : { hint: option.hint }) };
      }),
      ...(required ? { requirement: { text: requirement ?? '', cites: required.cites } } : {}),
    };
  }
  if (!('title' in words)) throw new Error(`${where}: an outcome needs a title and an explanation`);
  return { ...routing, ...(words satisfies OutcomeWording) };
}

/**
 * The machine with every state's words joined to its routing: what the site and the tests read
 * (src/lib/decision/meta.ts). A new machine; the one given is left as it is.
 */
export function withWording(machine: DecisionMachine, wording: ResolvedWording): DecisionMachine {
  const states = Object.fromEntries(
    Object.entries(machine.config.states ?? {}).map(([state, config]) => {
      const routing = config.meta as DecisionRouting | undefined;
      if (!routing) return [state, config];
      const words = wording[state];
      if (!words) throw new Error(`decision "${machine.id}", state "${state}": no words`);
      return [state, { ...config, meta: joinState(machine.id, state, routing, words) }];
    }),
  );
  // The implementations (actions, guards) are the machine's own, unchanged: only the states' meta differs.
  // XState types a machine's implementations for its own setup(); they are this machine's, unchanged
  // (type-checking and ESLint disagree on whether the cast is needed, hence both directives).
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-explicit-any
  return createMachine({ ...machine.config, states }, machine.implementations as any) as unknown as DecisionMachine;
}
