import Link from "next/link";
import type { ReactNode } from "react";
import "./status-view.css";

/** A full-page answer that is not the page asked for (404, 403), with a way on. */
export function StatusView({
  code,
  title,
  children,
  signedIn,
}: {
  code: 403 | 404;
  title: string;
  children: ReactNode;
  signedIn: boolean;
}) {
  return (
    <section className="status-view" aria-labelledby="status-title">
      <p className="status-code">{code === 404 ? "404 · Not found" : "403 · Not allowed"}</p>
      <h1 id="status-title">{title}</h1>
      <div className="status-text">{children}</div>
      <div className="status-actions">
        {signedIn ? (
          <>
            <Link className="btn btn-primary" href="/dashboard">
              Go to your dashboard
            </Link>
            <Link className="btn" href="/sessions">
              Your sessions
            </Link>
          </>
        ) : (
          <>
            <Link className="btn btn-primary" href="/signin">
              Sign in
            </Link>
            <Link className="btn" href="/">
              What is Mockboard?
            </Link>
          </>
        )}
      </div>
    </section>
  );
}
