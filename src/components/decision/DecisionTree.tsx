/**
 * The stepper island: the same steps as the pre-rendered pages, made instant. The answers live
 * in the address (keyed by question name), so Back, reload and shared links all work; nothing is
 * sent or stored anywhere else. On mount it takes over from the pre-rendered step beside it.
 *
 * It walks the decision compiled at build time from the XState machine (`compileDecision()`), not
 * the machine itself: the same steps (tests replay every path and 10 000 hostile addresses on
 * both), without shipping XState's runtime to every phone.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { graphWalker, parseStepPath, replayWith, stepPath, type AnsweredStep, type DecisionGraph } from '../../lib/decision-walk';
import { describeStep, type StepContext } from '../../lib/step-view';
import { writeClipboard } from '../../scripts/copy-buttons';
import { DecisionStep } from './DecisionStep';

interface Props {
  /** The decision, compiled from its machine by the build. */
  graph: DecisionGraph;
  /** The scenario's folder with the site's base: "/questions/friend-request/". */
  scenarioHref: string;
  context: StepContext;
  /** The site name, for the page title. */
  siteName: string;
}

interface Position {
  /** The graph node the answers lead to. */
  node: number;
  steps: AnsweredStep[];
}

const OUTDATED_NOTICE =
  'Some answers in this link no longer fit this question, perhaps because the decision has been updated. You are at the last step that still applies.';

/** Reads the answers from the address: the path after answers/, or ?restore= (sent by the 404 page for an outdated link). */
function answersFromLocation(scenarioHref: string): { answers: Map<string, string>; malformed: string[] } {
  const restore = new URLSearchParams(location.search).get('restore');
  const prefix = `${scenarioHref}answers/`;
  const rest = restore ?? (location.pathname.startsWith(prefix) ? location.pathname.slice(prefix.length) : '');
  return parseStepPath(rest.slice(0, 2000));
}

export default function DecisionTree({ graph, scenarioHref, context, siteName }: Props) {
  const walker = useMemo(() => graphWalker(graph), [graph]);
  const [position, setPosition] = useState<Position>();
  const [notice, setNotice] = useState<string>();
  // The answer chosen on this screen, tied to its question so that it can never show on the next one.
  const [selected, setSelected] = useState<{ question: string; answer: string }>();
  const [error, setError] = useState(false);
  // Every answer given in this visit, so that "Change" can keep later answers that still apply.
  const remembered = useRef(new Map<string, string>());
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // Set by a "Change" link: after the changed answer, carry on through the remembered ones.
  const changing = useRef(false);

  const restoreFromLocation = useCallback(() => {
    const { answers, malformed } = answersFromLocation(scenarioHref);
    const replay = replayWith(walker, answers);
    for (const step of replay.steps) remembered.current.set(step.question, step.answer);
    setPosition({ node: replay.position, steps: replay.steps });
    setNotice(replay.ignored.length > 0 || malformed.length > 0 ? OUTDATED_NOTICE : undefined);
    setError(false);
    setSelected(undefined);
    const canonical = `${scenarioHref}${stepPath(replay.steps)}`;
    if (location.pathname !== canonical || location.search !== '') history.replaceState(null, '', canonical);
  }, [walker, scenarioHref]);

  useEffect(() => {
    restoreFromLocation();
    const onPopState = () => {
      moved.current = true;
      restoreFromLocation();
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, [restoreFromLocation]);

  const view = useMemo(
    () => (position ? describeStep(graph.states, walker.stateOf(position.node), position.steps, scenarioHref) : undefined),
    [graph, walker, position, scenarioHref],
  );

  // The pre-rendered step stays until the island has its own on screen: swapped before the next paint.
  useLayoutEffect(() => {
    if (view) document.querySelector('[data-static-step]')?.remove();
  }, [view]);

  // After every move, name the page after the step and put focus on its heading, as a page load would.
  useEffect(() => {
    if (!view) return;
    const stepTitle = view.current.kind === 'question' ? view.current.prompt : view.current.meta.title;
    document.title = `${stepTitle} · ${context.scenarioTitle} · ${siteName}`;
    if (moved.current) {
      heading.current?.focus();
      moved.current = false;
    }
  }, [view, context.scenarioTitle, siteName]);

  if (!position || !view) return null;
  const currentQuestion = view.current.kind === 'question' ? view.current.question : undefined;
  // A question that comes round again (Back or Change) shows the answer given before.
  const selectedAnswer =
    currentQuestion === undefined ? undefined : selected?.question === currentQuestion ? selected.answer : remembered.current.get(currentQuestion);

  const goTo = (next: Position) => {
    moved.current = true;
    setNotice(undefined);
    setError(false);
    setSelected(undefined);
    setPosition(next);
    history.pushState(null, '', `${scenarioHref}${stepPath(next.steps)}`);
  };

  /** Replays remembered answers from a position onwards, stopping at the first question without one. */
  const advanceThroughRemembered = (from: Position): Position => {
    let current = from;
    for (let guard = 0; guard < 50; guard += 1) {
      if (walker.metaOf(current.node).kind !== 'question') break;
      const question = walker.stateOf(current.node);
      const answer = remembered.current.get(question);
      const next = answer === undefined ? undefined : walker.answer(current.node, answer);
      if (next === undefined || answer === undefined) break;
      current = { node: next, steps: [...current.steps, { question, answer }] };
    }
    return current;
  };

  return (
    <DecisionStep
      view={view}
      context={context}
      notice={notice}
      headingRef={heading}
      form={{
        selected: selectedAnswer,
        error,
        onSelect: (answer) => {
          if (currentQuestion !== undefined) setSelected({ question: currentQuestion, answer });
          setError(false);
        },
        onSubmit: () => {
          if (currentQuestion === undefined || selectedAnswer === undefined) {
            setError(true);
            moved.current = false;
            return;
          }
          const next = walker.answer(position.node, selectedAnswer);
          if (next === undefined) return;
          remembered.current.set(currentQuestion, selectedAnswer);
          const answered = { node: next, steps: [...position.steps, { question: currentQuestion, answer: selectedAnswer }] };
          goTo(changing.current ? advanceThroughRemembered(answered) : answered);
          changing.current = false;
        },
        onNavigate: (href, kind) => {
          changing.current = kind === 'change';
          const prefix = `${scenarioHref}answers/`;
          if (!href.startsWith(prefix)) {
            location.href = href;
            return;
          }
          if (kind === 'restart') remembered.current.clear();
          const replay = replayWith(walker, parseStepPath(href.slice(prefix.length)).answers);
          goTo({ node: replay.position, steps: replay.steps });
        },
        onCopy: writeClipboard,
      }}
    />
  );
}
