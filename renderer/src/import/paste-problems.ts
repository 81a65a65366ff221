import type { Chain } from '../../../shared/domain/chain';
import { addressProblem } from '../../../shared/address/validate-address';

export interface PasteProblem {
  line: number;
  token: string;
  problem: string;
}

/**
 * Split pasted text the way tags.paste does (lines, then commas, semicolons or spaces) and say what is wrong with
 * each token, so the analyst fixes typos before anything is sent.
 */
export function pasteTokens(chain: Chain, text: string): { count: number; problems: PasteProblem[] } {
  let count = 0;
  const problems: PasteProblem[] = [];
  for (const [index, lineText] of text.split(/\r?\n/).entries()) {
    for (const token of lineText.split(/[\s,;]+/).filter(Boolean)) {
      count += 1;
      const problem = addressProblem(chain, token);
      if (problem) problems.push({ line: index + 1, token, problem });
    }
  }
  return { count, problems };
}
