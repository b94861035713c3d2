import { StatusView } from "@/ui/StatusView";

/**
 * The 403 an app page answers with when the viewer knows the thing exists but their role
 * does not include what they asked for (forbidden() in a page; the shell is around it).
 */
export function AppForbiddenPage() {
  return (
    <StatusView code={403} title="Your role doesn't include this page" signedIn>
      <p>
        You can see that it exists, but your account may not open it here. Prompts are edited by their
        cohort's owners and coaches, and a prompt's interviewer guide stays hidden from its candidate while
        their session is scheduled or live.
      </p>
    </StatusView>
  );
}
