import type { ReactNode } from "react";

export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="auth">
      <section className="auth-hero" aria-hidden="true">
        <div className="brand">
          <span className="brand-mark">M</span> Mockboard
        </div>
        <div>
          <h1>Practise the interview you are about to have.</h1>
          <ul>
            <li>A shared whiteboard, live video and a real prompt bank</li>
            <li>Interviewer guides, private notes and rubric scorecards</li>
            <li>Replay every session; watch your cohort improve</li>
          </ul>
        </div>
        <p className="small">Built for engineers preparing together.</p>
      </section>
      <section className="auth-panel">{children}</section>
    </main>
  );
}
