import "server-only";
import { prepGuides } from "@mockboard/prompt-bank";
import Link from "next/link";
import { requireUser } from "@/features/auth";
import "./prep.css";

/** Every round's preparation guide, for candidates getting ready. */
export async function PrepIndexPage() {
  await requireUser("/prep");
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Prepare for a round</h1>
          <p>How each interview round works, how to get ready week by week, and what to avoid.</p>
        </div>
      </div>
      <ul className="prep-grid">
        {prepGuides.map((guide) => (
          <li key={guide.roundType} className="card">
            <h2>
              <Link href={`/prep/${guide.roundType}`}>{guide.title}</Link>
            </h2>
            <p className="small muted">{guide.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
