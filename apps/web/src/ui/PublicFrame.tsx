import Link from "next/link";
import type { ReactNode } from "react";
import "./public-frame.css";

/** The frame around pages for signed-out visitors: the brand, sign-in links, a footer. */
export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <div className="public">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="public-head">
        <Link href="/" className="brand brand-dark">
          <span className="brand-mark" aria-hidden="true">
            M
          </span>{" "}
          Mockboard
        </Link>
        <nav className="public-nav" aria-label="Account">
          <Link href="/signin">Sign in</Link>
          <Link className="btn btn-primary" href="/register">
            Create account
          </Link>
        </nav>
      </header>
      <main id="content" className="public-main">
        {children}
      </main>
      <footer className="public-foot small muted">Mockboard: mock interviews on a shared whiteboard.</footer>
    </div>
  );
}
