/**
 * A decision step's address: the answers so far, keyed by question, e.g.
 * `answers/is-current-student=student/is-part-of-course-or-club=yes/`. Keys are the question
 * states' names in kebab-case, values the answers in kebab-case; a replay looks answers up by
 * question, so their order in the address does not matter. Pure: no XState, no DOM.
 */

/** One answered question: the question state's name and the answer given ("notSure"). */
export interface AnsweredStep {
  question: string;
  answer: string;
}

/** The longest path any decision may have; a replay stops there rather than loop. */
export const MAX_STEPS = 50;

/** Turns a state or answer name into its URL form: `isCurrentStudent` → `is-current-student`. */
export function toSlug(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** The address of a step, relative to the scenario's folder: `answers/q=a/…/`. */
export function stepPath(steps: readonly AnsweredStep[]): string {
  return `answers/${steps.map((step) => `${toSlug(step.question)}=${toSlug(step.answer)}/`).join('')}`;
}

/**
 * A step's address under its decision's address (with the site's base or without):
 * `<scenarioHref>answers/q=a/…/`; with no answers, the decision's first question.
 */
export function stepHref(scenarioHref: string, steps: readonly AnsweredStep[] = []): string {
  return `${scenarioHref}${stepPath(steps)}`;
}

/**
 * Reads the answers from the part of an address after `answers/`. Segments that are not
 * `question=answer` are returned as `malformed` (they can only come from a hand-edited link).
 */
export function parseStepPath(rest: string): { answers: Map<string, string>; malformed: string[] } {
  const answers = new Map<string, string>();
  const malformed: string[] = [];
  for (const raw of rest.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      malformed.push(raw);
      continue;
    }
    const match = /^([a-z0-9-]{1,80})=([a-z0-9-]{1,80})$/.exec(segment);
    if (!match?.[1] || !match[2] || answers.has(match[1])) malformed.push(segment.slice(0, 80));
    else answers.set(match[1], match[2]);
  }
  return { answers, malformed };
}
