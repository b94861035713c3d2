import "server-only";
import { requireUser } from "@/features/auth";
import { SignOutEverywhereButton } from "./components/SignOutEverywhereButton";

/** Who is signed in, and the way to end every session of this account at once. */
export async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Account</h1>
          <p>
            {user.name ?? "Signed in"} · {user.email}
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="devices-title">
        <h2 id="devices-title">Signed-in devices</h2>
        <p className="muted">
          A sign-in lasts a week on each browser. If you signed in on a shared computer or lost a device, sign
          out everywhere: every browser, this one included, has to sign in again.
        </p>
        <SignOutEverywhereButton />
      </section>
    </>
  );
}
