/**
 * The numbers a claim is made of, read from a stretch of a line: a percentage that
 * measures progress (not a coverage target, not "70% → 100%"), a D/T with what it
 * counts, a text progress bar, a position ("3 of 5"), and whether it is an estimate.
 * Offsets are relative to the text given, plus `shift`.
 */
import type {
  StatedBar,
  StatedCount,
  StatedDone,
  StatedFraction,
  StatedPercent,
  StatedPosition,
} from '../../model/work.js';

const PERCENT = /(?<![\d.])(\d{1,3})(?:\.(\d{1,2}))?[ \t]*%/g;
// What a percentage is of, when it is not progress: "85% coverage", "30% faster", "50% of users".
const NOT_PROGRESS_AFTER =
  /^[ \t*]*(?:coverage|covered|faster|slower|reduction|reduced|improvement|improved|increase|decrease|accuracy|hit|match|pass rate|of|budget|cpu|memory|load|error|success rate|uptime|confidence|probability|chance|discount|off|smaller|larger|less|more|cheaper|target|threshold|min|max)\b/i;
// "94% unit test pass rate", "80% line coverage": a metric named a few words on.
const METRIC_AFTER =
  /^[ \t*]*(?:[\p{L}-]+[ \t]+){1,2}(?:coverage|pass rate|success rate|accuracy|uptime|reduction|improvement|faster|slower|hit rate|error rate)\b/iu;
const NOT_PROGRESS_BEFORE =
  /(?:≥|>=|<=|≤|>|<|→|->|=>|target|goal|threshold|towards?|aiming for|aim for|at least|up to|minimum|maximum|min|max|coverage|cov)[\s:(]*$/i;
const ARROW_AFTER = /^\s*(?:→|->|=>|to\s+\d)/;
const FRACTION =
  /(?<![\d./:,-])(\d{1,6})(?:[ \t]*\/[ \t]*|[ \t]+of[ \t]+|[ \t]+out of[ \t]+)(\d{1,6})(?![\d/]|[.:]\d)/gi;
const APPROXIMATE = /(?:~|≈|\babout|\bapprox\.?|\bapproximately|\baround|\broughly|\best\.?|\bestimated|약|約|近)\s*$/i;
const UNIT_AFTER =
  /^[ \t)*]*(?:(?:major|critical|core|active|main|key|planned|remaining|total|priority|p\d|mvp|required|implementation)[ \t]+)?(\p{L}+)/iu;
const DONE_WORDS = new Set([
  'done',
  'complete',
  'completed',
  'finished',
  'passing',
  'passed',
  'closed',
  'resolved',
  'ticked',
  'checked',
  'remaining',
  'left',
  'executed',
  'shipped',
  'implemented',
]);
const FILLED = '█▓▰■#=●';
const EMPTY = '░▒▱□_-·○ .';
const BAR_BRACKETED = /\[([█▓▰■#=●░▒▱□_\-·○ .]{4,120})\]/g;
// Without brackets a bar's width is known only by its empty cells: "████ 89%" may be drawn to any scale.
const BAR_BARE = /[█▓▰■]*[░▒▱□]+/g;
const POSITION = /^[ \t]*(\d{1,4})[ \t]+(?:of|\/)[ \t]+(\d{1,4})\b/i;

/** The first percentage in the text that measures progress. */
export function readPercent(text: string, line: number, shift = 0): StatedPercent | null {
  let tried = 0;
  for (const m of text.matchAll(PERCENT)) {
    if (++tried > 20) break;
    const value = Number(`${m[1]}${m[2] ? `.${m[2]}` : ''}`);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (
      value > 100 ||
      insideQuotes(text, m.index) ||
      NOT_PROGRESS_AFTER.test(after) ||
      METRIC_AFTER.test(after) ||
      NOT_PROGRESS_BEFORE.test(before) ||
      ARROW_AFTER.test(after)
    )
      continue;
    const start = shift + m.index;
    return {
      line,
      value,
      decimals: m[2]?.length ?? 0,
      start,
      end: start + m[0].length,
      numberEnd: start + m[1]!.length + (m[2] ? m[2].length + 1 : 0),
    };
  }
  return null;
}

/** Whether an offset is inside quotes or code: `indicator shows "4/6 goals"` describes a screen, not the work. */
function insideQuotes(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const count = (mark: string) => before.split(mark).length - 1;
  return count('"') % 2 === 1 || count('`') % 2 === 1 || count('“') > count('”');
}

/** What a fraction counts, folded to a singular word: "tasks" is `task`, "stories" is `story`; null when unsaid or a word like "done". */
export function unitWord(word: string): string | null {
  const folded = word.toLowerCase();
  if (DONE_WORDS.has(folded)) return null;
  if (folded.endsWith('ies') && folded.length > 4) return `${folded.slice(0, -3)}y`;
  if (/(?:x|ch|sh|ss)es$/.test(folded)) return folded.slice(0, -2);
  if (folded === 'criteria') return 'criterion';
  return folded.endsWith('s') && !folded.endsWith('ss') ? folded.slice(0, -1) : folded;
}

/**
 * The fraction that counts work: one followed by what it counts or by "done", or in
 * parentheses ("(3/5 tasks done)", "2/2 plans complete", "6 of 8 phases"), before any
 * other ("due 3/20" is a date). `labelUnit` is what the line's label counts ("Plans: 2/3").
 */
export function readFraction(
  text: string,
  line: number,
  shift = 0,
  labelUnit: string | null = null,
): StatedFraction | null {
  const found = [...text.matchAll(FRACTION)]
    .slice(0, 20)
    .filter((m) => !insideQuotes(text, m.index))
    .map((m) => {
      // Windows, not the rest of the line: a line of thousands of fractions must not take quadratic time.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const unit = UNIT_AFTER.exec(after);
      const inParens = /\(\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index)) || /^\s*\)/.test(after);
      const counting = inParens || unit !== null || after.trim() === '' || /^\s*[,;|]/.test(after);
      return { m, unit: unit ? unitWord(unit[1]!) : labelUnit, counting };
    });
  const chosen = found.find((f) => f.counting && f.unit !== null) ?? found.find((f) => f.counting);
  if (!chosen) return null;
  const { m, unit } = chosen;
  const start = shift + m.index;
  return {
    line,
    done: Number(m[1]),
    total: Number(m[2]),
    unit,
    start,
    end: start + m[0].length,
    doneEnd: start + m[1]!.length,
    totalStart: start + m[0].length - m[2]!.length,
  };
}

/** A text progress bar: `[████░░░░░░]`, `[##########]`, `[__________]`, `▓▓░░░░░░░░`. */
export function readBar(text: string, line: number, shift = 0): StatedBar | null {
  for (const m of text.matchAll(BAR_BRACKETED)) {
    const cells = m[1]!;
    const filled = leadingRun(cells, FILLED);
    const rest = cells.slice(filled);
    // Filled cells, then empty ones; a bracket of spaces or dots alone is not a bar.
    if ([...rest].some((c) => !EMPTY.includes(c))) continue;
    const unicode = /[█▓▰■░▒▱□]/u.test(cells);
    const percentFollows = /^\s*\d{1,3}(?:\.\d+)?\s*%/.test(
      text.slice(m.index + m[0].length, m.index + m[0].length + 12),
    );
    if (!unicode && !percentFollows) continue;
    if (!unicode && filled === 0 && !/[_#=-]/.test(cells)) continue;
    const start = shift + m.index;
    return { line, filled, width: [...cells].length, start, end: start + m[0].length };
  }
  for (const m of text.matchAll(BAR_BARE)) {
    const cells = [...m[0]];
    if (cells.length < 5) continue;
    const start = shift + m.index;
    return {
      line,
      filled: cells.filter((c) => '█▓▰■'.includes(c)).length,
      width: cells.length,
      start,
      end: start + m[0].length,
    };
  }
  return null;
}

function leadingRun(text: string, chars: string): number {
  let n = 0;
  for (const ch of text) {
    if (!chars.includes(ch)) break;
    n++;
  }
  return n;
}

/** `3 of 5` right after a label like "Phase:": where the work stands. */
export function readPosition(text: string, line: number, shift: number, unit: string): StatedPosition | null {
  const m = POSITION.exec(text);
  if (!m) return null;
  const start = shift + m.index + m[0].indexOf(m[1]!);
  return { line, current: Number(m[1]), of: Number(m[2]), unit, start, end: shift + m.index + m[0].length };
}

/** Whether the number at an offset is written as an estimate ("~45%", "about 3/5"). */
export function isApproximate(text: string, offset: number): boolean {
  return APPROXIMATE.test(text.slice(Math.max(0, offset - 16), offset));
}

// Between a percentage and its fraction: marks, what the fraction counts and a word like "done", nothing else.
const TOGETHER_AFTER_FRACTION =
  /^[^\p{L}\p{N}]*(?:\p{L}+[^\p{L}\p{N}]*)?(?:(?:done|complete|completed|finished|closed|passing)[^\p{L}\p{N}]*)?$/iu;
const TOGETHER_AFTER_PERCENT = /^[^\p{L}\p{N}]*(?:(?:done|complete|completed|finished|progress)[^\p{L}\p{N}]*)?$/iu;

/**
 * Whether a percentage and a fraction on one line state one quantity ("60% complete (3/5
 * tasks)", "13/13 tasks done (100%)", "60% sync (3/5)"), not two facts ("100% (docs 5/6
 * shipped as code)").
 */
export function statedTogether(text: string, percent: StatedPercent, fraction: StatedFraction, shift: number): boolean {
  const [first, second] = percent.start < fraction.start ? [percent, fraction] : [fraction, percent];
  const between = text.slice(first.end - shift, second.start - shift);
  // "60%   folder sync (3/5 tasks)": a parenthesis that opens with the number is the line's own gloss.
  if (/\(\s*$/.test(between)) return true;
  return (first === percent ? TOGETHER_AFTER_PERCENT : TOGETHER_AFTER_FRACTION).test(between);
}

/** Whether a bar shows a percentage, to within one cell. */
export function barFits(bar: StatedBar, percent: number): boolean {
  if (bar.width === 0) return true;
  return Math.abs((bar.filled / bar.width) * 100 - percent) <= 100 / bar.width + 0.5;
}

const COUNT =
  /^[*_ \t]*(\d{1,5})(?![\d.,/%])(?:[ \t]+(tasks?|subtasks?|items?|plans?|steps?|stories|story|features?)\b)?/i;

/** A bare count of work: "24", "5 tasks"; it needs a unit, from its label ("Total Tasks:") or after it. */
export function readCount(text: string, line: number, shift: number, labelUnit: string | null): StatedCount | null {
  const m = COUNT.exec(text);
  const unit = m?.[2] ? unitWord(m[2]) : labelUnit;
  if (!m || !unit) return null;
  const start = shift + m.index + m[0].indexOf(m[1]!);
  return { line, total: Number(m[1]), unit, start, end: shift + m.index + m[0].length };
}

const DONE_OF_UNKNOWN = /(?<![\d./])(\d{1,6})[ \t]*\/[ \t]*(?:TBD|\?)(?![\p{L}\p{N}])/iu;

/** `0/TBD`, `2/?`: a done count whose total is not known yet. */
export function readDone(text: string, line: number, shift: number, labelUnit: string | null): StatedDone | null {
  const m = DONE_OF_UNKNOWN.exec(text);
  if (!m) return null;
  const start = shift + m.index;
  const after = UNIT_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
  return { line, done: Number(m[1]), unit: after ? unitWord(after[1]!) : labelUnit, start, end: start + m[0].length };
}
