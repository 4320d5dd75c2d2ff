/**
 * The search data of this build (src/lib/search/records.ts): every decision, clause, definition
 * and worked example with the words it is found by, and the thesaurus queries are read with
 * (content/search/thesaurus.yaml). A site word of the thesaurus that no record holds stops the
 * build, naming its line: it would find nothing.
 */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { formatClauseLabel } from '../lib/clause-id';
import { formatContentProblems, type ContentProblem } from '../lib/content-problems';
import type { SearchData, SearchRecord } from '../lib/search/records';
import type { ThesaurusEntry } from '../lib/search/thesaurus';
import { stem, wordsOf } from '../lib/search/words';
import { clausePath, definitionPath, exampleTopicPath, scenarioPath } from '../lib/urls';
import { loadExamples } from './examples';
import { loadPolicies } from './policies';
import { loadScenarios } from './scenarios';

/** The words of an MDX body without its markup: emphasis, links, tags and headings' marks. */
function plainText(mdx: string): string {
  return mdx
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_#>`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function loadSearchData(): Promise<SearchData> {
  const [policies, scenarios, examples, thesaurusEntries] = await Promise.all([
    loadPolicies(),
    loadScenarios(),
    loadExamples(),
    getCollection('searchThesaurus'),
  ]);
  const records: SearchRecord[] = [
    ...scenarios.map((scenario) => ({
      url: `/${scenarioPath(scenario.id)}`,
      kind: 'decision' as const,
      title: scenario.entry.data.question,
      policy: scenario.policy.data.title,
      keywords: [scenario.entry.data.title, ...scenario.entry.data.keywords],
      text: [scenario.entry.data.summary, scenario.entry.data.shortAnswer, plainText(scenario.entry.body ?? '')].join(
        ' ',
      ),
    })),
    ...policies.flatMap((policy) => [
      ...policy.clauses.map((clause) => ({
        url: `/${clausePath(policy.slug, clause.id)}`,
        kind: 'clause' as const,
        title: `${formatClauseLabel(clause.id)} ${clause.entry.data.title}`,
        policy: policy.data.title,
        keywords: [clause.id, formatClauseLabel(clause.id), clause.citation, ...clause.entry.data.keywords],
        text: [
          plainText(clause.entry.body ?? ''),
          clause.entry.data.note ?? '',
          ...clause.entry.data.readings.map((reading) => reading.text),
        ].join(' '),
      })),
      ...policy.data.definitions.map((definition) => ({
        url: `/${definitionPath(policy.slug, definition.id)}`,
        kind: 'definition' as const,
        title: definition.term,
        policy: policy.data.title,
        keywords: [],
        text: definition.text,
      })),
    ]),
    ...examples.map(({ entry, walks }) => {
      const verdict = walks[0]?.meta.verdict;
      return {
        url: `/${exampleTopicPath(entry.data.topic, entry.data.id)}`,
        kind: 'example' as const,
        title: entry.data.title,
        policy: walks[0]?.scenario.policy.data.title ?? '',
        ...(verdict ? { verdict: VERDICT_LABELS[verdict] } : {}),
        keywords: entry.data.keywords,
        text: `${entry.data.situation} ${entry.data.answer}`,
        // The decisions it is walked through and the clauses they cite: where its answer is.
        leadsTo: [
          ...new Set(
            walks.flatMap((walk) => [
              `/${scenarioPath(walk.scenario.id)}`,
              ...walk.cites.map((id) => `/${clausePath(walk.scenario.policy.slug, id)}`),
            ]),
          ),
        ],
      };
    }),
  ];
  const thesaurusEntry = thesaurusEntries[0];
  const thesaurus: ThesaurusEntry[] = thesaurusEntry?.data ?? [];
  const file = thesaurusEntry?.filePath ?? 'content/search/thesaurus.yaml';
  const problems = unmatchedSiteWords(records, thesaurus, file);
  if (problems.length > 0) throw new Error(formatContentProblems(problems));
  return { records, thesaurus };
}

/** The thesaurus's site words that no record holds, each at its line. */
function unmatchedSiteWords(records: SearchRecord[], thesaurus: ThesaurusEntry[], file: string): ContentProblem[] {
  const stems = records.map((record) => wordsOf([record.title, ...record.keywords, record.text].join(' ')).map(stem));
  const lines = thesaurus.length > 0 ? readFileSync(file, 'utf8').split(/\r?\n/) : [];
  return thesaurus.flatMap((entry) =>
    entry.find
      .filter((phrase) => !stems.some((recordStems) => holdsPhrase(recordStems, phrase)))
      .map((phrase) => {
        const line = lines.findIndex((text) => text.includes(phrase) && !/^\s*-?\s*words:/.test(text));
        return {
          file: line === -1 ? file : `${file}:${String(line + 1)}`,
          field: 'find',
          message: `no page search finds has “${phrase}”: list a word or phrase the policy or the site uses`,
        };
      }),
  );
}

/** Whether a text (as its words' stems) holds a phrase, word for word. */
function holdsPhrase(textStems: string[], phrase: string): boolean {
  const wanted = wordsOf(phrase).map(stem);
  if (wanted.length === 0) return false;
  for (let start = 0; start + wanted.length <= textStems.length; start += 1) {
    if (wanted.every((word, offset) => textStems[start + offset] === word)) return true;
  }
  return false;
}
