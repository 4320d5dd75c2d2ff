/**
 * The facts of a situation that a decision's answers establish. Each policy declares its own
 * vocabulary as content, in content/policies/<policy>/facts.yaml (every fact's name, what it records
 * and the values it can take); the build checks every answer's facts and every premise against it
 * (checkDecisionFacts in src/lib/check-decisions.ts). Each answer says which facts it asserts
 * (AnswerOption.facts); a decision's first question says what the whole decision takes as given
 * (QuestionMeta.premise). The consistency test (tests/machines/consistency.test.ts) uses them to find
 * paths of two decisions on the same policy that describe the same situation, and fails when their
 * verdicts or the clauses they rest on disagree.
 *
 * A value list is the set of values the answer allows; an unknown fact ("I'm not sure") is the value
 * `unsure`, a value of its own. facts.yaml says more.
 */

/** The facts an answer asserts: for each fact (a name from the policy's facts.yaml), the values it allows. */
export type Facts = Readonly<Record<string, readonly string[]>>;

/** One fact and the values it allows: `fact('channel', 'group')`. */
export function fact(name: string, ...values: string[]): Facts {
  return { [name]: values };
}

/** What a set of facts allows for one fact, as a plain list (undefined: the facts say nothing about it). */
function valuesOf(facts: Facts, name: string): readonly string[] | undefined {
  return facts[name];
}

/** The facts that hold when all of these hold: each fact narrowed to the values every one allows. */
export function combineFacts(all: readonly Facts[]): Facts {
  const combined: Record<string, readonly string[]> = {};
  for (const facts of all) {
    for (const name of Object.keys(facts)) {
      const values = valuesOf(facts, name) ?? [];
      const known = combined[name];
      combined[name] = known ? known.filter((value) => values.includes(value)) : values;
    }
  }
  return combined;
}

/** Whether one situation can meet both sets of facts: no fact that both name is given values that exclude each other. */
export function areCompatible(a: Facts, b: Facts): boolean {
  return Object.keys(a).every((name) => {
    const other = valuesOf(b, name);
    return other === undefined || (valuesOf(a, name) ?? []).some((value) => other.includes(value));
  });
}

/** Whether every situation that meets `specific` also meets `general`: `specific` says all that `general` says, or more. */
export function implies(specific: Facts, general: Facts): boolean {
  return Object.keys(general).every((name) => {
    const narrow = valuesOf(specific, name);
    const wide = valuesOf(general, name) ?? [];
    return narrow?.every((value) => wide.includes(value)) === true;
  });
}
