import "server-only";
import { countBuiltInPrompts } from "@mockboard/db";
import Link from "next/link";
import { db } from "@/server/db";
import { PublicFrame } from "@/ui/PublicFrame";
import "./landing.css";

/** What the product does today, one line each; nothing here that is not built. */
const FEATURES = [
  {
    title: "A shared whiteboard",
    text: "Interviewer and candidate draw on one board, see each other's cursors, and keep every stroke through a dropped connection.",
  },
  {
    title: "A real prompt bank",
    text: "Coding, system design, ML, behavioural and more, searchable by round, difficulty and length. Cohorts add their own.",
  },
  {
    title: "Guides for the interviewer",
    text: "Key points, follow-ups, signals and red flags for each prompt. The candidate only ever sees the brief.",
  },
  {
    title: "A phase timer",
    text: "Each prompt comes with timed phases; the interviewer runs the clock and both of you see where you are.",
  },
  {
    title: "Private notes",
    text: "Timestamped notes, tagged with the rubric's dimensions, that only the interviewer can read.",
  },
  {
    title: "Scorecard and feedback",
    text: "Score against the prompt's rubric, release feedback when you are ready, and compare it with the candidate's self-assessment.",
  },
] as const;

/** The first page a signed-out visitor sees: what Mockboard is, shown, with a way in. */
export async function LandingPage() {
  const promptCount = await countBuiltInPrompts(db());
  return (
    <PublicFrame>
      <section className="landing-hero" aria-labelledby="landing-title">
        <div className="landing-copy">
          <h1 id="landing-title">Practise the interview you are about to have.</h1>
          <p className="landing-lead">
            Mockboard is a room for mock interviews between peers: one of you interviews, the other answers,
            on a shared whiteboard with a prompt from a bank of {promptCount} and the interviewer's guide
            beside it.
          </p>
          <div className="landing-actions">
            <Link className="btn btn-primary btn-large" href="/register">
              Create an account
            </Link>
            <Link className="btn btn-large" href="/signin">
              Sign in
            </Link>
          </div>
        </div>
        <figure className="landing-shot">
          {/* A plain img: the file is already sized and compressed, and the size is fixed. */}
          {/* biome-ignore lint/performance/noImgElement: a static, pre-optimised screenshot */}
          <img
            src="/screenshots/room.webp"
            width={1440}
            height={900}
            alt="A session room in Mockboard, as the interviewer sees it: a feature store design sketched on the shared board with the candidate's note and cursor, the phase timer running, and the interviewer's guide with what to look for in each phase."
            fetchPriority="high"
          />
          <figcaption className="small muted">A session room, as the interviewer sees it.</figcaption>
        </figure>
      </section>
      <section className="landing-features" aria-labelledby="features-title">
        <h2 id="features-title">What you get in a session</h2>
        <ul className="feature-grid">
          {FEATURES.map((feature) => (
            <li key={feature.title} className="card">
              <h3>{feature.title}</h3>
              <p className="muted">{feature.text}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="landing-steps" aria-labelledby="steps-title">
        <h2 id="steps-title">How a mock interview works</h2>
        <ol className="steps">
          <li>
            <strong>Pick a prompt.</strong> Browse the bank and read the guide to prepare as the interviewer.
          </li>
          <li>
            <strong>Invite your peer.</strong> Start a session from the prompt and send the invite link; they
            join as the candidate.
          </li>
          <li>
            <strong>Interview, then debrief.</strong> Work through the phases on the board, take notes, score
            the rubric and release your feedback.
          </li>
        </ol>
        <p>
          <Link className="btn btn-primary" href="/register">
            Create an account
          </Link>
        </p>
      </section>
    </PublicFrame>
  );
}
