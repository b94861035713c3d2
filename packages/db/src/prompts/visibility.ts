/** Cohort prompts are visible to members of that cohort only; built-in prompts to everyone signed in. */
export function visibleTo(viewerId: string) {
  return { OR: [{ cohortId: null }, { cohort: { members: { some: { userId: viewerId } } } }] };
}
