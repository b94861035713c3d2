import Link from "next/link";
import type { ReactNode } from "react";
import "../auth.css";

/** Sign-in and registration: what Mockboard does beside the form (the form alone on phones). */
export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="auth">
      <section className="auth-hero" aria-label="About Mockboard">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            M
          </span>{" "}
          Mockboard
        </Link>
        <div>
          <p className="auth-hero-title">Practise the interview you are about to have.</p>
          <ul>
            <li>A shared whiteboard and a bank of real interview prompts</li>
            <li>Interviewer guides, a phase timer and private, timestamped notes</li>
            <li>Rubric scorecards, feedback and a self-assessment after each session</li>
          </ul>
        </div>
        <p className="small">Built for engineers preparing together.</p>
      </section>
      <section className="auth-panel">
        <Link href="/" className="brand brand-dark auth-brand-small">
          <span className="brand-mark" aria-hidden="true">
            M
          </span>{" "}
          Mockboard
        </Link>
        {children}
      </section>
    </main>
  );
}
