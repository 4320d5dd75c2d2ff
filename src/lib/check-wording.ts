/**
 * Reads a decision's words for its machine: every state of the machine has its words in
 * content/decisions/<scenario-id>.yaml (or names shared words with `shared: <id>`), every answer
 * its label, and no words stand for a state or answer the machine does not have. Phrases of
 * shared.yaml named in a list are written out. Each problem names the file and the line. Pure: the
 * caller reads the files (src/data/scenarios.ts for the build, the tests through content-files.ts).
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { DecisionWording, SharedWording } from '../../content/schema';
import type { DecisionMachine, DecisionRouting, StateWording } from '../../machines/types';
import type { ContentProblem } from './content-problems';
import type { ResolvedWording } from './decision/wording';

/** A wording file as read: where it is, its text (for line numbers) and its checked data. */
export interface WordingFile<Data> {
  file: string;
  raw: string;
  data: Data;
}

/** The line (1-based) where a key path is written in a YAML text (the key's own line), or undefined. */
function lineOf(raw: string, path: readonly (string | number)[]): number | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(raw, { lineCounter });
  const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
  const last = path.at(-1);
  let node: unknown;
  if (isMap(parent)) node = parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key;
  else if (isSeq(parent) && typeof last === 'number') node = parent.items[last];
  const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/** A problem at a key path of a wording file, with its line where it can be found. */
function at(wording: WordingFile<unknown>, path: readonly (string | number)[], message: string): ContentProblem {
  const line = lineOf(wording.raw, path);
  return { file: line ? `${wording.file}:${String(line)}` : wording.file, field: path.join('.'), message };
}

type ListName = 'conditions' | 'stillApplies' | 'nextSteps' | 'afterTheFact';
const CONDITION_LISTS: readonly ListName[] = ['conditions', 'stillApplies'];
const STEP_LISTS: readonly ListName[] = ['nextSteps', 'afterTheFact'];

/**
 * The words of every state of `machine`, phrases written out, and the problems found. `machineFile`
 * names the machine in messages (machines/decisions/<id>.ts).
 */
export function resolveWording(
  machine: DecisionMachine,
  machineFile: string,
  decision: WordingFile<DecisionWording>,
  shared: WordingFile<SharedWording> | undefined,
): { wording: ResolvedWording; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const wording: Record<string, StateWording> = {};
  const sharedFile = shared?.file ?? 'content/decisions/shared.yaml';
  const routes = Object.fromEntries(
    Object.entries(machine.config.states ?? {}).flatMap(([state, config]) =>
      config.meta ? [[state, config.meta as DecisionRouting]] : [],
    ),
  );

  for (const state of Object.keys(decision.data).filter((name) => !Object.hasOwn(routes, name)))
    problems.push(
      at(decision, [state], `${machineFile} has no state "${state}" (its states: ${Object.keys(routes).join(', ')})`),
    );

  for (const [state, routing] of Object.entries(routes)) {
    const entry = decision.data[state];
    if (!entry) {
      problems.push({
        file: decision.file,
        field: state,
        message: `the state "${state}" of ${machineFile} has no words: add "${state}:" with its ${routing.kind === 'question' ? 'prompt and answers' : 'title and explanation'}`,
      });
      continue;
    }
    // Where the words are written: this decision's file, or shared.yaml under `states.<id>`.
    let source: WordingFile<unknown> = decision;
    let path: (string | number)[] = [state];
    let words = entry;
    if ('shared' in entry) {
      const found = shared?.data.states[entry.shared];
      if (!found) {
        problems.push(
          at(
            decision,
            [state, 'shared'],
            `${sharedFile} has no state words "${entry.shared}"; add them there or write them here`,
          ),
        );
        continue;
      }
      source = shared;
      path = ['states', entry.shared];
      words = found;
    }
    if (routing.kind === 'question') {
      if (!('prompt' in words)) {
        problems.push(at(source, path, `"${state}" is a question in ${machineFile}: give its prompt and answers`));
        continue;
      }
      const answerNames = routing.answers.map((answer) => answer.answer);
      for (const name of answerNames.filter((answer) => !Object.hasOwn(words.answers, answer)))
        problems.push(
          at(source, [...path, 'answers'], `the answer "${name}" has no label; add "${name}:" under answers`),
        );
      for (const name of Object.keys(words.answers).filter((answer) => !answerNames.includes(answer)))
        problems.push(
          at(
            source,
            [...path, 'answers', name],
            `"${state}" has no answer "${name}" in ${machineFile} (its answers: ${answerNames.join(', ')})`,
          ),
        );
      if (routing.requirement && !words.requirement)
        problems.push(at(source, path, `"${state}" confirms a requirement: give it in words (requirement: …)`));
      wording[state] = {
        prompt: words.prompt,
        ...(words.hint === undefined ? {} : { hint: words.hint }),
        answers: Object.fromEntries(
          Object.entries(words.answers).map(([name, option]) => [
            name,
            typeof option === 'string'
              ? { label: option }
              : { label: option.label, ...(option.hint === undefined ? {} : { hint: option.hint }) },
          ]),
        ),
        ...(words.requirement === undefined ? {} : { requirement: words.requirement }),
      };
      continue;
    }
    if (!('title' in words)) {
      problems.push(at(source, path, `"${state}" is an outcome in ${machineFile}: give its title and explanation`));
      continue;
    }
    // Each list item inline, or the id of a phrase in shared.yaml, written out here.
    const phrase = (list: ListName, index: number, id: string) => {
      const found = shared?.data.phrases[id];
      const wantsStep = STEP_LISTS.includes(list);
      if (!found) problems.push(at(source, [...path, list, index], `${sharedFile} has no phrase "${id}"`));
      else if (wantsStep !== 'says' in found)
        problems.push(
          at(
            source,
            [...path, list, index],
            `the phrase "${id}" is ${wantsStep ? 'a condition, not a step' : 'a step, not a condition'}`,
          ),
        );
      return found;
    };
    const resolved: Record<string, unknown> = { ...words };
    for (const list of [...CONDITION_LISTS, ...STEP_LISTS]) {
      const items = words[list];
      if (items)
        resolved[list] = items.flatMap((item, index) => {
          const found = typeof item === 'string' ? phrase(list, index, item) : item;
          return found ? [found] : [];
        });
    }
    wording[state] = resolved as unknown as StateWording;
  }
  return { wording, problems };
}

/** Shared words and phrases no decision names: words for nothing, which the build reports so they are removed or used. */
export function unusedSharedWording(
  shared: WordingFile<SharedWording>,
  decisions: readonly WordingFile<DecisionWording>[],
): ContentProblem[] {
  const usedStates = new Set<string>();
  const usedPhrases = new Set<string>();
  const notePhrases = (words: object) => {
    for (const list of [...CONDITION_LISTS, ...STEP_LISTS]) {
      const items = (words as Partial<Record<ListName, unknown[]>>)[list] ?? [];
      for (const item of items) if (typeof item === 'string') usedPhrases.add(item);
    }
  };
  for (const decision of decisions)
    for (const entry of Object.values(decision.data)) {
      if ('shared' in entry) usedStates.add(entry.shared);
      else notePhrases(entry);
    }
  for (const words of Object.values(shared.data.states)) notePhrases(words);
  return [
    ...Object.keys(shared.data.states)
      .filter((id) => !usedStates.has(id))
      .map((id) => at(shared, ['states', id], `no decision uses the state words "${id}" (shared: ${id}); remove them`)),
    ...Object.keys(shared.data.phrases)
      .filter((id) => !usedPhrases.has(id))
      .map((id) => at(shared, ['phrases', id], `no outcome lists the phrase "${id}"; remove it`)),
  ];
}
