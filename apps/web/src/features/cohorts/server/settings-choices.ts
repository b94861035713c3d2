import "server-only";
import { PromptKind, RoundType } from "@mockboard/prompt-bank";
import { kindLabel, roundTypeLabel } from "@/features/prompts";
import type { Choice } from "../components/CohortSettingsForm";

/** The choices a cohort's settings offer, labelled as the prompt bank labels them. */
export function settingsChoices(): { zones: string[]; kinds: Choice[]; rounds: Choice[] } {
  return {
    zones: Intl.supportedValuesOf("timeZone"),
    kinds: PromptKind.options.map((value) => ({ value, label: kindLabel(value) })),
    rounds: RoundType.options.map((value) => ({ value, label: roundTypeLabel(value) })),
  };
}
