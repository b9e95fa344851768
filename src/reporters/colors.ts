/** ANSI colour, only where wanted: --color / --no-color win, then FORCE_COLOR, then NO_COLOR, then whether the stream is a TTY. */

export function colorWanted(env: NodeJS.ProcessEnv, isTTY: boolean | undefined, flag?: boolean): boolean {
  // A flag given for this run beats the environment, as NO_COLOR's own convention asks.
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY === true;
}

export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

/** SGR parameters that open and close each style. */
const STYLES = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
} as const;

/** The escape sequences paint() writes, and no others: what safe output lets through on a coloured stream. */
export const OUR_COLOUR_CODE = new RegExp(`^\\u001b\\[(?:${[...new Set(Object.values(STYLES).flat())].join('|')})m$`);

const wrap =
  ([open, close]: readonly [number, number]) =>
  (text: string) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

export function paint(enabled: boolean): Paint {
  if (!enabled) {
    const same = (text: string) => text;
    return { red: same, yellow: same, green: same, dim: same, bold: same, underline: same };
  }
  return {
    red: wrap(STYLES.red),
    yellow: wrap(STYLES.yellow),
    green: wrap(STYLES.green),
    dim: wrap(STYLES.dim),
    bold: wrap(STYLES.bold),
    underline: wrap(STYLES.underline),
  };
}
