/**
 * Question-and-answer items, for the measure segmenter: a press conference's reporter turns
 * (上党晚报记者：, 记者：请问…) and a policy Q&A's questions (问：…, 提问：…). Each opens an item that
 * runs to the next question, answers included; the host's turns (主持人：…) and the answers (答：,
 * 张卫国：) open none. What comes before the first question (the statement, the lede) is segmented
 * by its own outline.
 */
import type { Opening } from './outline-items';
import type { Paragraph } from './paragraphs';

/** A reporter's turn label: 上党晚报记者：, 中国科技网记者：, 记者：, alone on its line or before the question. */
const REPORTER_TURN = /^[^，。；,;:：!?！？]{0,20}记者\s*[:：]/;
/** A question label of a written Q&A. */
const QUESTION = /^(问|提问|Q)\s*\d{0,2}\s*[:：]/;

const isQuestion = (text: string) => REPORTER_TURN.test(text) || QUESTION.test(text);

/** The question of an item: the rest of its line, or the next paragraph when the label stands alone. */
function questionOf(text: string, next: Paragraph | undefined, label: number): string {
  const rest = text.slice(label).trim() || (next?.text.trim() ?? '');
  return (rest.split(/[？?。]/)[0] ?? rest).slice(0, 40).trim();
}

export function questionItems(paras: Paragraph[]): Opening[] {
  const out: Opening[] = [];
  paras.forEach((p, k) => {
    const text = p.text.trimStart();
    if (!isQuestion(text)) return;
    const label = (REPORTER_TURN.exec(text) ?? QUESTION.exec(text))![0].length;
    out.push({
      start: p.start + p.text.length - text.length,
      title: questionOf(text, paras[k + 1], label),
      paragraph: k,
    });
  });
  return out;
}
