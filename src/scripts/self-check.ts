/**
 * The self-check's pages with scripts (loaded by the bootstrap on a page with `data-self-check`):
 * the answers so far travel in the address from page to page, a shuffled order too, a person may
 * name the clause they think decides a situation, and the summary counts the answers and fills in
 * the record; it moves between the pages without a page load (self-check-moves.ts). Without it
 * every page still works: the situations in their fixed order, each answer page saying whether the
 * choice matched, and a summary with the key and a record to fill in.
 */
import { VERDICT_LABELS, type Verdict } from '../../machines/verdicts';
import { formatClauseLabel } from '../lib/clause-id';
import {
  nextIn,
  parseProgress,
  progressQuery,
  scoreOf,
  shuffledOrder,
  type SelfCheckProgress,
  type SelfCheckSituation,
} from '../lib/self-check';
import { moveWithin } from './self-check-moves';

/** Starts the self-check on the page it opened on, and on each page it then moves to in place. */
export function startSelfCheck(root: HTMLElement): void {
  moveWithin(root.dataset['selfCheckBase'] ?? '', enhanceSelfCheck);
  enhanceSelfCheck(root);
}

/** Does the page's part of the self-check. */
function enhanceSelfCheck(root: HTMLElement): void {
  const fixed = (root.dataset['selfCheckOrder'] ?? '').split('~').filter(Boolean);
  const base = root.dataset['selfCheckBase'] ?? '';
  const progress = parseProgress(location.search, fixed);
  const query = (state: SelfCheckProgress = progress) => progressQuery(state, fixed);
  const situationHref = (id: string, state?: SelfCheckProgress) => `${base}${id}/${query(state)}`;
  const showPosition = (id: string | undefined) => {
    const position = root.querySelector('[data-self-check-position]');
    const at = id === undefined ? -1 : progress.order.indexOf(id);
    if (position && at >= 0) position.textContent = `Situation ${at + 1} of ${progress.order.length}`;
  };
  switch (root.dataset['selfCheck']) {
    case 'intro':
      startOptions(root, fixed, situationHref);
      break;
    case 'situation':
      showPosition(root.dataset['selfCheckId']);
      offerChoices(root, query());
      break;
    case 'answer':
      recordAnswer(root, progress, situationHref, base, query, showPosition);
      break;
    case 'summary':
      summarise(root, progress, base, query);
      break;
  }
}

/** The intro: the fixed order needs nothing; "shuffled" draws an order and keeps it in the address. */
function startOptions(
  root: HTMLElement,
  fixed: string[],
  situationHref: (id: string, state?: SelfCheckProgress) => string,
) {
  const shuffle = root.querySelector<HTMLAnchorElement>('[data-self-check-shuffle]');
  if (!shuffle) return;
  const draw = () => {
    const order = shuffledOrder(fixed);
    shuffle.href = situationHref(order[0] ?? '', { order, answers: new Map() });
  };
  draw();
  shuffle.hidden = false;
}

/** A situation: each choice keeps the answers so far, and the clause named, if any. */
function offerChoices(root: HTMLElement, soFar: string) {
  const picker = root.querySelector<HTMLElement>('[data-self-check-clause]');
  const select = picker?.querySelector('select');
  const choices = [...root.querySelectorAll<HTMLAnchorElement>('[data-self-check-choice]')];
  const update = () => {
    const clause = select?.value ?? '';
    const extra = clause ? `${soFar ? '&' : '?'}c=${encodeURIComponent(clause)}` : '';
    for (const choice of choices) choice.href = `${choice.href.split('?')[0] ?? ''}${soFar}${extra}`;
  };
  if (picker && select) {
    picker.hidden = false;
    select.addEventListener('change', update);
  }
  update();
}

/** An answer page: the answer joins the address (so Back and reload keep it), and the way on keeps them all. */
function recordAnswer(
  root: HTMLElement,
  progress: SelfCheckProgress,
  situationHref: (id: string, state?: SelfCheckProgress) => string,
  base: string,
  query: (state?: SelfCheckProgress) => string,
  showPosition: (id: string | undefined) => void,
) {
  const id = root.dataset['selfCheckId'] ?? '';
  const chosen = root.dataset['selfCheckChosen'] as Verdict;
  const clause = new URLSearchParams(location.search).get('c') ?? undefined;
  progress.answers.set(id, clause ? { verdict: chosen, clause } : { verdict: chosen });
  history.replaceState(null, '', `${location.pathname}${query()}`);
  showPosition(id);
  const next = nextIn(progress.order, id);
  const nextLink = root.querySelector<HTMLAnchorElement>('[data-self-check-next]');
  if (nextLink) {
    nextLink.href = next ? situationHref(next) : `${base}summary/${query()}`;
    nextLink.textContent = next
      ? `Next: situation ${progress.order.indexOf(next) + 1} of ${progress.order.length}`
      : 'See your result';
  }
  const again = root.querySelector<HTMLAnchorElement>('[data-self-check-again]');
  if (again) again.href = situationHref(id);
  const cites = (root.dataset['selfCheckCites'] ?? '').split(' ').filter(Boolean);
  const clauseResult = root.querySelector<HTMLElement>('[data-self-check-clause-result]');
  if (clause && clauseResult) {
    const named = formatClauseLabel(clause);
    clauseResult.textContent = cites.includes(clause)
      ? `You named ${named} as the clause that decides it: it is one of the clauses the answer rests on.`
      : `You named ${named} as the clause that decides it; the answer rests on ${cites.map(formatClauseLabel).join(' and ')}.`;
    clauseResult.hidden = false;
  }
}

/** The summary: the count, the situations missed or not answered (with links), the record, and each answer beside the key. */
function summarise(
  root: HTMLElement,
  progress: SelfCheckProgress,
  base: string,
  query: (state?: SelfCheckProgress) => string,
) {
  const items = [...root.querySelectorAll<HTMLElement>('[data-self-check-item]')];
  const situations: (SelfCheckSituation & { title: string })[] = items.map((item) => ({
    id: item.dataset['selfCheckItem'] ?? '',
    verdict: item.dataset['selfCheckVerdict'] as Verdict,
    cites: [],
    title: item.querySelector('.self-check__title')?.textContent.trim() ?? '',
  }));
  const { matched, missed, unanswered } = scoreOf(situations, progress.answers);
  const total = situations.length;
  const score = root.querySelector<HTMLElement>('[data-self-check-score]');
  if (score) {
    score.replaceChildren();
    const line = document.createElement('p');
    line.className = 'self-check__score-line';
    line.textContent = `You gave the policy’s answer in ${matched} of ${total} situations.`;
    score.append(line);
    const list = (heading: string, entries: { id: string; title: string; href: string; note: string }[]) => {
      if (entries.length === 0) return;
      const title = document.createElement('h2');
      title.textContent = heading;
      const ul = document.createElement('ul');
      for (const entry of entries) {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = entry.href;
        link.textContent = entry.title;
        li.append(link, entry.note);
        ul.append(li);
      }
      score.append(title, ul);
    };
    list(
      'Answers that differ from the policy’s',
      missed.map((situation) => {
        const yours = progress.answers.get(situation.id)?.verdict as Verdict;
        return {
          id: situation.id,
          title: situations.find((candidate) => candidate.id === situation.id)?.title ?? situation.id,
          href: `${base}${situation.id}/${yours}/${query()}`,
          note: `: you chose ${VERDICT_LABELS[yours]}; the policy’s answer is ${VERDICT_LABELS[situation.verdict]}.`,
        };
      }),
    );
    list(
      'Not answered yet',
      unanswered.map((situation) => ({
        id: situation.id,
        title: situations.find((candidate) => candidate.id === situation.id)?.title ?? situation.id,
        href: `${base}${situation.id}/${query()}`,
        note: '',
      })),
    );
  }
  const date = root.querySelector('[data-self-check-date]');
  if (date)
    date.textContent = new Date().toLocaleDateString('en-CA', { year: 'numeric', month: 'long', day: 'numeric' });
  const result = root.querySelector('[data-self-check-result]');
  if (result)
    result.textContent = `${matched} of ${total}${unanswered.length > 0 ? ` (${unanswered.length} not answered)` : ''}`;
  for (const item of items) {
    const answer = progress.answers.get(item.dataset['selfCheckItem'] ?? '');
    const yours = item.querySelector<HTMLElement>('[data-self-check-yours]');
    if (!answer || !yours) continue;
    const same = answer.verdict === item.dataset['selfCheckVerdict'];
    yours.textContent = `You chose: ${VERDICT_LABELS[answer.verdict]} (${same ? 'the policy’s answer' : 'not the policy’s answer'}).`;
    yours.hidden = false;
  }
}
