/**
 * Diagrams as Graphviz DOT, generated from the same machines and content the pages use (never
 * drawn by hand): a flowchart of each decision, and a map of a policy's sections, clauses and the
 * decisions that cite them. Pure: src/lib/render-diagram.ts turns the DOT into inline SVG.
 */
import type { DecisionMachine } from '../../machines/types';
import { exitsOf, humanise, stateMeta, statesInOrder } from './decision';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { VERDICT_LOOKS } from './verdict-presentation';

const FONT = 'Helvetica,Arial,sans-serif';

/** What the flowchart needs besides the machine: where steps and clauses live, and how clauses are labelled. */
export interface DecisionDiagramLinks {
  /** The step page that first reaches a state (for links from boxes). */
  stepHref: (state: string) => string | undefined;
  /** A clause's page and label ("3(e)"), or undefined for an unknown id. */
  clause: (id: string) => { href: string; label: string; title: string } | undefined;
}

/** The DOT source of a decision's flowchart: questions as boxes, answers as labelled arrows, outcomes by verdict. */
export function decisionDot(machine: DecisionMachine, links: DecisionDiagramLinks): string {
  const lines = [
    `digraph ${quote(machine.id)} {`,
    `  graph [rankdir=TB, ordering=out, nodesep=0.35, ranksep=0.45, bgcolor="transparent", fontname=${quote(FONT)}];`,
    `  node [fontname=${quote(FONT)}, fontsize=11, margin="0.15,0.08"];`,
    `  edge [fontname=${quote(FONT)}, fontsize=10, arrowsize=0.7];`,
  ];
  // States in the order a person meets them, not the order a machine file lists them, so that
  // grouping a file's states differently (or spreading in a shared fragment) redraws nothing.
  const states = statesInOrder(machine);
  for (const name of states) {
    const node = machine.states[name];
    if (!node) continue;
    const meta = stateMeta(machine, name);
    const id = quote(`state-${name}`);
    const href = links.stepHref(name);
    if (meta?.kind === 'question') {
      const bold = name === machine.config.initial ? ', penwidth=2' : '';
      lines.push(
        `  ${quote(name)} [id=${id}, shape=box, label=${quote(wrap(meta.prompt, 30).join('\n'))}${href ? `, URL=${quote(href)}` : ''}${bold}];`,
      );
    } else if (meta?.kind === 'outcome') {
      const look = VERDICT_LOOKS[meta.verdict].shape;
      const clauses = meta.cites.flatMap((clauseId) => {
        const clause = links.clause(clauseId);
        return clause ? [clause] : [];
      });
      const clauseCells = clauses
        .map((clause) => `<TD HREF="${html(clause.href)}"><U>${html(clause.label)}</U></TD>`)
        .join('');
      const span = Math.max(clauses.length, 1);
      const titleCell = `<TD COLSPAN="${span}"${href ? ` HREF="${html(href)}"` : ''}>${wrap(meta.title, 32).map(html).join('<BR/>')}</TD>`;
      const label = `<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="1"><TR><TD COLSPAN="${span}"><B>${html(VERDICT_LABELS[meta.verdict])}</B></TD></TR><TR>${titleCell}</TR><TR>${clauseCells || '<TD> </TD>'}</TR></TABLE>>`;
      lines.push(
        `  ${quote(name)} [id=${id}, shape=${look.shape}, style=${quote(look.style)}, peripheries=${look.peripheries}, label=${label}];`,
      );
    } else {
      // A transient state that only decides (e.g. "every requirement met?"): a diamond, worded by its description.
      lines.push(
        `  ${quote(name)} [id=${id}, shape=diamond, label=${quote(wrap(node.description ?? humanise(name), 18).join('\n'))}];`,
      );
    }
  }
  for (const name of states) {
    // Answers that lead to the same place share one arrow: "No / I'm not sure" (exitsOf).
    // Arrows to outcomes first, to the next question last: with ordering=out the decision reads
    // from the top left down to the right, so the first question is where a reader starts looking.
    const isQuestion = (target: string) => machine.states[target]?.meta?.kind !== 'outcome';
    const arrows = exitsOf(machine, name).sort((a, b) => Number(isQuestion(a.target)) - Number(isQuestion(b.target)));
    for (const { target, labels } of arrows) {
      const label = labels.map(shorten).join(' / ');
      lines.push(`  ${quote(name)} -> ${quote(target)} [label=${quote(wrap(label, 24).join('\n'))}];`);
    }
  }
  lines.push('}');
  return lines.join('\n');
}

/** What the policy map needs: the policy's sections and clauses, and which decisions cite each clause. */
export interface PolicyMapInput {
  policy: { title: string; href: string };
  sections: {
    number: number;
    title: string;
    href: string;
    clauses: { id: string; label: string; title: string; href: string }[];
  }[];
  /** A policy that prints no section headings: its clauses, each drawn from the clause it hangs under, or from the policy. */
  unsectionedClauses?: { id: string; label: string; title: string; href: string; parentId: string | undefined }[];
  decisions: { id: string; title: string; href: string; cites: string[] }[];
}

/** The DOT source of a policy map: policy → sections → clauses → the decisions that cite them. */
export function policyMapDot({ policy, sections, unsectionedClauses = [], decisions }: PolicyMapInput): string {
  const lines = [
    'digraph "policy-map" {',
    // ordering=out keeps sections and clauses in the policy's order.
    `  graph [rankdir=LR, nodesep=0.12, ranksep=0.6, ordering=out, bgcolor="transparent", fontname=${quote(FONT)}];`,
    `  node [fontname=${quote(FONT)}, fontsize=11, shape=box, margin="0.12,0.05"];`,
    '  edge [arrowsize=0.6];',
    `  policy [id="map-policy", label=${quote(wrap(policy.title, 18).join('\n'))}, URL=${quote(policy.href)}, penwidth=2];`,
  ];
  for (const section of sections) {
    const sectionNode = quote(`section-${section.number}`);
    lines.push(
      `  ${sectionNode} [id=${sectionNode}, label=${quote(wrap(`${section.number}. ${section.title}`, 22).join('\n'))}, URL=${quote(section.href)}];`,
    );
    lines.push(`  policy -> ${sectionNode};`);
    for (const clause of section.clauses) {
      const clauseNode = quote(`clause-${clause.id}`);
      lines.push(
        `  ${clauseNode} [id=${clauseNode}, label=${quote(wrap(`${clause.label} ${clause.title}`, 34).join('\n'))}, URL=${quote(clause.href)}];`,
      );
      lines.push(`  ${sectionNode} -> ${clauseNode};`);
    }
  }
  for (const clause of unsectionedClauses) {
    const clauseNode = quote(`clause-${clause.id}`);
    lines.push(
      `  ${clauseNode} [id=${clauseNode}, label=${quote(wrap(`${clause.label} ${clause.title}`, 34).join('\n'))}, URL=${quote(clause.href)}];`,
    );
    lines.push(`  ${clause.parentId === undefined ? 'policy' : quote(`clause-${clause.parentId}`)} -> ${clauseNode};`);
  }
  for (const decision of decisions) {
    const decisionNode = quote(`decision-${decision.id}`);
    lines.push(
      `  ${decisionNode} [id=${decisionNode}, shape=box, style="rounded,bold", label=${quote(wrap(decision.title, 24).join('\n'))}, URL=${quote(decision.href)}];`,
    );
    for (const clauseId of decision.cites) lines.push(`  ${quote(`clause-${clauseId}`)} -> ${decisionNode};`);
  }
  lines.push('}');
  return lines.join('\n');
}

/**
 * An answer as an arrow's label: long answers cut at a word with "…", so that a large decision's
 * chart stays legible and within one round trip; its page's text outline has every answer in full.
 */
function shorten(label: string): string {
  const limit = 44;
  if (label.length <= limit) return label;
  const cut = label.slice(0, limit);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

/** Breaks text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A DOT double-quoted string. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** Text for a Graphviz HTML-like label. */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
