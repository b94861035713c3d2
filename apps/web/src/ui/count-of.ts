/** "1 session", "3 sessions", "3 people": counts read naturally wherever they are shown. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
