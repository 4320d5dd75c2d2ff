/**
 * The stepper island: the same steps as the pre-rendered pages, made instant. It loads its
 * decision's XState machine and the clauses its outcomes quote, then steps the machine with
 * XState's own `transition()` (src/lib/decision/), the code the build and the tests run too.
 * The answers live in the address (keyed by question name), so Back, reload and shared links all
 * work; nothing is sent or stored anywhere else. Until it is ready, the pre-rendered step stays.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isScenarioId, loadMachine } from '../../../machines/index';
import type { DecisionMachine } from '../../../machines/types';
import { answerQuestion, answersByName, replayAnswers, withWording, type Step } from '../../lib/decision';
import { noticeForLink } from '../../lib/link-notice';
import { parseStepPath, toSlug, stepHref } from '../../lib/step-address';
import { describeStep, type StepContext } from '../../lib/step-view';
import { DecisionStep } from './DecisionStep';

interface Props {
  /** The decision's id: machines/decisions/<id>.ts. */
  scenario: string;
  /** The scenario's folder with the site's base: "/questions/friend-request/". */
  scenarioHref: string;
  /** Where the decision's step context (clause quotes, policy, hand-overs) is published as JSON. */
  contextHref: string;
  /** The site name, for the page title. */
  siteName: string;
}

/** What the island needs before it can take over. */
interface Decision {
  machine: DecisionMachine;
  context: StepContext;
}

/** Reads the answers from the address: the path after answers/, or ?restore= (sent by the 404 page for an outdated link). */
function answersFromLocation(scenarioHref: string): { answers: Map<string, string>; malformed: string[] } {
  const restore = new URLSearchParams(location.search).get('restore');
  const prefix = stepHref(scenarioHref);
  const rest = restore ?? (location.pathname.startsWith(prefix) ? location.pathname.slice(prefix.length) : '');
  return parseStepPath(rest.slice(0, 2000));
}

/** Loads the machine and the step context; undefined if either cannot be had (the pre-rendered step then stays). */
async function loadDecision(scenario: string, contextHref: string): Promise<Decision | undefined> {
  if (!isScenarioId(scenario)) return undefined;
  const [routing, response] = await Promise.all([loadMachine(scenario), fetch(contextHref)]);
  if (!response.ok) return undefined;
  const context = (await response.json()) as StepContext;
  // The machine holds the routing; its words come with the context, as the build joined them.
  return { machine: withWording(routing, context.wording), context };
}

export default function DecisionTree({ scenario, scenarioHref, contextHref, siteName }: Props) {
  const [decision, setDecision] = useState<Decision>();
  const [position, setPosition] = useState<Step>();
  const [notice, setNotice] = useState<string>();
  // The answer chosen on this screen, tied to its question so that it can never show on the next one.
  const [selected, setSelected] = useState<{ question: string; answer: string }>();
  const [error, setError] = useState(false);
  // Every answer given in this visit, by question: "Change" keeps later answers that still apply.
  const remembered = useRef(new Map<string, string>());
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // Set by a "Change" link: after the changed answer, carry on through the remembered ones.
  const changing = useRef(false);

  useEffect(() => {
    void loadDecision(scenario, contextHref).then(setDecision);
  }, [scenario, contextHref]);

  const restoreFromLocation = useCallback(() => {
    if (!decision) return;
    const { answers, malformed } = answersFromLocation(scenarioHref);
    const replay = replayAnswers(decision.machine, answers);
    for (const step of replay.steps) remembered.current.set(step.question, step.answer);
    const { notice: linkNotice, waitsForNewQuestion } = noticeForLink(decision.machine, replay, answers, malformed);
    // Stopped at a question the link does not answer, with answers to later ones: keep those for after it.
    if (waitsForNewQuestion) {
      for (const [question, answer] of answersByName(decision.machine, answers))
        if (!remembered.current.has(question)) remembered.current.set(question, answer);
      changing.current = true;
    }
    setPosition(replay);
    setNotice(linkNotice);
    setError(false);
    setSelected(undefined);
    const canonical = stepHref(scenarioHref, replay.steps);
    if (location.pathname !== canonical || location.search !== '') history.replaceState(null, '', canonical);
  }, [decision, scenarioHref]);

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
    () =>
      decision && position
        ? describeStep(decision.machine, position.snapshot, position.steps, scenarioHref)
        : undefined,
    [decision, position, scenarioHref],
  );

  // The pre-rendered step stays until the island has its own on screen: swapped before the next paint.
  useLayoutEffect(() => {
    if (view) document.querySelector('[data-static-step]')?.remove();
  }, [view]);

  // After every move, name the page after the step and put focus on its heading, as a page load would.
  useEffect(() => {
    if (!view || !decision) return;
    const stepTitle = view.current.kind === 'question' ? view.current.prompt : view.current.meta.title;
    document.title = `${stepTitle} · ${decision.context.scenarioTitle} · ${siteName}`;
    if (moved.current) {
      heading.current?.focus();
      moved.current = false;
    }
  }, [view, decision, siteName]);

  if (!decision || !position || !view) return null;
  const { machine, context } = decision;
  const currentQuestion = view.current.kind === 'question' ? view.current.question : undefined;
  // A question that comes round again (Back or Change) shows the answer given before.
  const selectedAnswer =
    currentQuestion === undefined
      ? undefined
      : selected?.question === currentQuestion
        ? selected.answer
        : remembered.current.get(currentQuestion);

  const goTo = (next: Step) => {
    moved.current = true;
    setNotice(undefined);
    setError(false);
    setSelected(undefined);
    setPosition(next);
    history.pushState(null, '', stepHref(scenarioHref, next.steps));
  };

  /** Replays every remembered answer from the start: after a changed answer, later answers that still fit carry on. */
  const replayRemembered = () =>
    replayAnswers(
      machine,
      new Map([...remembered.current].map(([question, answer]) => [toSlug(question), toSlug(answer)])),
    );

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
          const next =
            currentQuestion === undefined || selectedAnswer === undefined
              ? undefined
              : answerQuestion(machine, position.snapshot, selectedAnswer);
          if (!next || currentQuestion === undefined || selectedAnswer === undefined) {
            setError(true);
            moved.current = false;
            return;
          }
          remembered.current.set(currentQuestion, selectedAnswer);
          goTo(
            changing.current
              ? replayRemembered()
              : { snapshot: next, steps: [...position.steps, { question: currentQuestion, answer: selectedAnswer }] },
          );
          changing.current = false;
        },
        onNavigate: (href, kind) => {
          changing.current = kind === 'change';
          const prefix = stepHref(scenarioHref);
          if (!href.startsWith(prefix)) {
            location.href = href;
            return;
          }
          if (kind === 'restart') remembered.current.clear();
          goTo(replayAnswers(machine, parseStepPath(href.slice(prefix.length)).answers));
        },
        // The copy code loads on the first Copy, like every other Copy button of the site.
        onCopy: (text) => import('../../scripts/copy-buttons').then((module) => module.writeClipboard(text)),
      }}
    />
  );
}
