/** Links to the clauses a question or condition is about: "Clauses 3(a) and 3(e)." */
import type { StepContext } from '../../lib/step-view';

/** The clause links, with the prefix made plural for more than one clause. */
export function ClauseLinks({ ids, context, prefix }: { ids: string[]; context: StepContext; prefix: string }) {
  const clauses = ids.flatMap((id) => (context.clauses[id] ? [context.clauses[id]] : []));
  if (clauses.length === 0) return null;
  return (
    <span class="clause-links">
      {clauses.length > 1 ? prefix.replace(/Clause $/, 'Clauses ').replace(/clause $/, 'clauses ') : prefix}
      {clauses.map((clause, index) => (
        <>
          {index > 0 && (index === clauses.length - 1 ? ' and ' : ', ')}
          <a href={clause.href}>{clause.label}</a>
        </>
      ))}
      .
    </span>
  );
}
