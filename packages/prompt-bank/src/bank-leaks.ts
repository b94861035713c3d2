import { phaseTemplates, prompts } from "./bank";
import { kindFolder } from "./content-files";
import { findLeaks, type LeakFinding, neutralPhaseTexts } from "./leak-check";
import type { Prompt } from "./schema";

/** One built-in prompt's leaks, with the folder its file is in. */
export interface PromptLeaks {
  prompt: Prompt;
  folder: string;
  findings: LeakFinding[];
}

/** The leak check over the built-in bank, with the bank's own phase formats as framing. */
export function bankLeaks(): PromptLeaks[] {
  const neutralTexts = neutralPhaseTexts(prompts, phaseTemplates);
  return prompts.map((prompt) => ({
    prompt,
    folder: kindFolder(prompt.kind),
    findings: findLeaks(prompt, { neutralTexts }),
  }));
}
