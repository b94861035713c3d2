import "server-only";
import { getCurrentUser } from "@/features/auth";
import { PublicFrame } from "@/ui/PublicFrame";
import { StatusView } from "@/ui/StatusView";
import { AppShell } from "./AppShell";

function NotFoundView({ signedIn }: { signedIn: boolean }) {
  return (
    <StatusView code={404} title="We can't find that page" signedIn={signedIn}>
      <p>
        The link may be mistyped, or it points at something that does not exist or that your account cannot
        see, such as a session you are not part of.
      </p>
    </StatusView>
  );
}

/**
 * The 404 for an address no route matches, rendered outside any app layout: in the
 * signed-in frame for people who are signed in, in the public frame for everyone else.
 */
export async function NotFoundPage() {
  const signedIn = (await getCurrentUser()) !== null;
  return signedIn ? (
    <AppShell>
      <NotFoundView signedIn />
    </AppShell>
  ) : (
    <PublicFrame>
      <NotFoundView signedIn={false} />
    </PublicFrame>
  );
}

/** The 404 an app page answers with (a session you are not in): the shell is already around it. */
export function AppNotFoundPage() {
  return <NotFoundView signedIn />;
}
