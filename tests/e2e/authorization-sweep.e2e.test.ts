import { requestCalibration } from "@mockboard/db";
import {
  playSession,
  type SeededUser,
  seedCohort,
  seedPrompt,
  seedSession,
  seedUser,
} from "@mockboard/db/testing/factories";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { testDb } from "./support/db";
import { signedInFetch } from "./support/http-session";

// Every session route and page, called by everyone who might try: signed out, a stranger,
// the candidate, the interviewer, an observing coach and another cohort's coach. Each gets
// only what the interview rules allow. Requests carry the app's Origin, as a browser would.

type Role = "anonymous" | "stranger" | "candidate" | "interviewer" | "observer" | "otherCoach";
const ROLES: Role[] = ["anonymous", "stranger", "candidate", "interviewer", "observer", "otherCoach"];
type Call = (path: string, init?: RequestInit) => Promise<Response>;

let callers: Record<Role, Call>;
let sessionId: string;
/** Seeds another session with the same people (for the removed-candidate and ended-session rows). */
let seedAnother: (status: "LIVE" | "COMPLETED" | "CANCELLED") => Promise<string>;
let promptSlug: string;
let promptId: string;
let guideSecrets: string[];
const noteId = "sweep-note-000001";

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

function anonymous(): Call {
  const base = inject("baseUrl");
  return (path, init = {}) =>
    fetch(`${base}${path}`, { ...init, redirect: "manual", headers: { ...init.headers, origin: base } });
}

function withOrigin(call: Call): Call {
  const base = inject("baseUrl");
  return (path, init = {}) => call(path, { ...init, headers: { ...init.headers, origin: base } });
}

/**
 * The longest stretch of a text made of letters, digits, spaces and plain punctuation, so
 * it reads the same in HTML, in an RSC payload and in JSON (no characters they escape).
 */
function plainFragment(text: string): string {
  const runs = text.split(/[^A-Za-z0-9 ,.()-]+/);
  return runs
    .reduce((longest, run) => (run.trim().length > longest.length ? run.trim() : longest), "")
    .slice(0, 60);
}

beforeAll(async () => {
  const db = testDb();
  const people = await Promise.all(Array.from({ length: 5 }, () => seedUser(db)));
  const [interviewer, candidate, coach, stranger, otherCoach] = people as [
    SeededUser,
    SeededUser,
    SeededUser,
    SeededUser,
    SeededUser,
  ];
  const cohort = await seedCohort(db, {
    owners: [interviewer.id],
    coaches: [coach.id],
    members: [candidate.id],
  });
  await seedCohort(db, { coaches: [otherCoach.id] });
  // A staged prompt: its later parts are interviewer-only until revealed, like the guide.
  const prompt = await seedPrompt(db, { from: "oop-lru-lfu-cache" });
  promptSlug = prompt.slug;
  promptId = prompt.id;
  const session = await seedSession(db, {
    interviewerId: interviewer.id,
    candidateId: candidate.id,
    cohortId: cohort.id,
    promptId: prompt.id,
    status: "LIVE",
  });
  sessionId = session.id;
  seedAnother = async (status) =>
    (
      await seedSession(db, {
        interviewerId: interviewer.id,
        candidateId: candidate.id,
        cohortId: cohort.id,
        promptId: prompt.id,
        status,
      })
    ).id;
  const stored = await db.prompt.findUniqueOrThrow({
    where: { id: prompt.id },
    select: { guide: true, phases: true, stages: true },
  });
  const guide = stored.guide as { keyPoints: string[]; overview: string };
  const phases = stored.phases as { lookFor: string }[];
  const stages = stored.stages as { summary: string; requirements: string[] }[];
  expect(stages.length).toBeGreaterThan(0);
  guideSecrets = [
    ...guide.keyPoints,
    guide.overview,
    ...phases.map((phase) => phase.lookFor),
    ...stages.flatMap((stage) => [stage.summary, ...stage.requirements]),
  ]
    .map(plainFragment)
    .filter((fragment) => fragment.length >= 24);
  expect(guideSecrets.length).toBeGreaterThan(3);
  // A note the interviewer shares with coaches, so observers have something to read.
  await db.note.create({
    data: {
      id: noteId,
      sessionId,
      authorId: interviewer.id,
      offsetMs: 0,
      text: "shared note",
      visibility: "SHARED",
    },
  });
  callers = {
    anonymous: anonymous(),
    stranger: withOrigin(await signedInFetch(stranger)),
    candidate: withOrigin(await signedInFetch(candidate)),
    interviewer: withOrigin(await signedInFetch(interviewer)),
    observer: withOrigin(await signedInFetch(coach)),
    otherCoach: withOrigin(await signedInFetch(otherCoach)),
  };
}, 120_000);

/** Expected status per role; "page" statuses for signed-out callers are redirects to sign-in. */
type Expectation = Record<Role, number | number[]>;
const apiReadable = (ok: number): Expectation => ({
  anonymous: 401,
  stranger: 404,
  candidate: ok,
  interviewer: ok,
  observer: ok,
  otherCoach: 404,
});

interface Case {
  what: string;
  /** The request against session `id`. */
  request: (id: string) => [string, RequestInit?];
  expect: Expectation;
}

const cases: Case[] = [
  {
    what: "the room page",
    request: (id) => [`/sessions/${id}`],
    expect: { ...apiReadable(200), anonymous: 307 },
  },
  { what: "the room state", request: (id) => [`/api/sessions/${id}/state`], expect: apiReadable(200) },
  {
    what: "a board token",
    request: (id) => [`/api/sessions/${id}/board-token`, { method: "POST" }],
    expect: apiReadable(200),
  },
  {
    what: "starting a live session again",
    request: (id) => [`/api/sessions/${id}/lifecycle`, json("POST", { action: "start" })],
    expect: { ...apiReadable(403), interviewer: 409 },
  },
  {
    what: "resuming a running timer",
    request: (id) => [`/api/sessions/${id}/timer`, json("POST", { action: "resume" })],
    expect: { ...apiReadable(403), interviewer: 409 },
  },
  {
    what: "revealing a staged part out of order",
    request: (id) => [`/api/sessions/${id}/stages`, json("POST", { stageKey: "level-3" })],
    expect: { ...apiReadable(403), interviewer: 409 },
  },
  {
    what: "choosing what the room shows",
    request: (id) => [`/api/sessions/${id}/surface`, json("POST", { surface: "both" })],
    expect: { ...apiReadable(403), interviewer: 200 },
  },
  {
    what: "a code pad run on the timeline",
    request: (id) => [
      `/api/sessions/${id}/code-events`,
      json("POST", {
        kind: "run",
        mode: "run",
        language: "python",
        status: "ok",
        durationMs: 12,
        passed: null,
        total: null,
        startedAt: 0,
      }),
    ],
    expect: { ...apiReadable(201), observer: 403 },
  },
  {
    what: "the notes",
    request: (id) => [`/api/sessions/${id}/notes`],
    expect: { ...apiReadable(200), candidate: 403 },
  },
  {
    what: "writing a note",
    request: (id) => [`/api/sessions/${id}/notes/sweep-note-new-0001`, json("PUT", { text: "x" })],
    expect: { ...apiReadable(403), interviewer: 200 },
  },
  {
    what: "deleting someone's note",
    request: (id) => [`/api/sessions/${id}/notes/${noteId}-other`, { method: "DELETE" }],
    expect: { ...apiReadable(403), interviewer: 404 },
  },
  {
    what: "the scorecard",
    request: (id) => [`/api/sessions/${id}/scorecard`],
    expect: { ...apiReadable(403), interviewer: 200 },
  },
  {
    what: "writing the scorecard",
    request: (id) => [
      `/api/sessions/${id}/scorecard`,
      json("PUT", { levels: {}, evidence: {}, recommendation: null, summary: "" }),
    ],
    expect: { ...apiReadable(403), interviewer: 200 },
  },
  {
    what: "submitting the scorecard during the session",
    request: (id) => [`/api/sessions/${id}/scorecard/submit`, json("POST", {})],
    expect: { ...apiReadable(403), interviewer: 409 },
  },
  {
    what: "releasing feedback before submitting",
    request: (id) => [`/api/sessions/${id}/scorecard/release`, json("POST", {})],
    expect: { ...apiReadable(403), interviewer: 409 },
  },
  {
    what: "the self-assessment during the session",
    request: (id) => [`/api/sessions/${id}/self-assessment`],
    expect: apiReadable(403),
  },
  {
    what: "the feedback during the session",
    request: (id) => [`/api/sessions/${id}/feedback`],
    expect: { ...apiReadable(403), interviewer: 200 },
  },
  {
    what: "making a new invite link",
    request: (id) => [`/api/sessions/${id}/invite`, json("POST", { action: "rotate" })],
    expect: { ...apiReadable(403), interviewer: 200 },
  },
  {
    what: "a video token",
    request: (id) => [`/api/sessions/${id}/video-token`, { method: "POST" }],
    expect: apiReadable(200),
  },
  {
    what: "removing the candidate",
    request: (id) => [`/api/sessions/${id}/candidate`, { method: "DELETE" }],
    expect: { ...apiReadable(403), interviewer: 204 },
  },
];

describe("the authorization sweep over session routes", () => {
  for (const testCase of cases) {
    it(`${testCase.what}: each caller gets only what the rules allow`, async () => {
      const seen: Partial<Record<Role, number>> = {};
      for (const role of ROLES) {
        // The interviewer removing the candidate would end the sweep (db tests cover that it works).
        if (testCase.what === "removing the candidate" && role === "interviewer") continue;
        const [path, init] = testCase.request(sessionId);
        const response = await callers[role](path, init);
        seen[role] = response.status;
        await response.body?.cancel();
      }
      const expected = Object.fromEntries(
        ROLES.filter((role) => role in seen).map((role) => [role, testCase.expect[role]]),
      );
      expect(seen).toEqual(expected);
    });
  }

  it("the live feed streams only to people in the session", async () => {
    for (const role of ROLES) {
      const controller = new AbortController();
      const response = await callers[role](`/api/sessions/${sessionId}/live`, { signal: controller.signal });
      const expected = apiReadable(200)[role];
      expect([role, response.status]).toEqual([role, expected]);
      if (response.status === 200)
        expect(response.headers.get("content-type")).toContain("text/event-stream");
      controller.abort();
    }
  });
});

describe("the authorization sweep over video tokens after a removal and after the end", () => {
  const videoToken = (id: string): [string, RequestInit] => [
    `/api/sessions/${id}/video-token`,
    { method: "POST" },
  ];
  const statuses = async (id: string) => {
    const seen: Partial<Record<Role, number>> = {};
    for (const role of ROLES) {
      const response = await callers[role](...videoToken(id));
      seen[role] = response.status;
      await response.body?.cancel();
    }
    return seen;
  };

  it("the removed candidate gets no video token for the session, while everyone still in it does", async () => {
    const id = await seedAnother("LIVE");
    expect((await callers.candidate(...videoToken(id))).status).toBe(200);
    const removed = await callers.interviewer(`/api/sessions/${id}/candidate`, { method: "DELETE" });
    expect(removed.status).toBe(204);
    expect(await statuses(id)).toEqual({ ...apiReadable(200), candidate: 404 });
  });

  for (const status of ["COMPLETED", "CANCELLED"] as const)
    it(`nobody gets a video token for a ${status.toLowerCase()} session`, async () => {
      const id = await seedAnother(status);
      expect(await statuses(id)).toEqual(apiReadable(403));
    });
});

describe("the authorization sweep after the candidate was removed", () => {
  it("the removed candidate is a stranger to every session route and page", async () => {
    const id = await seedAnother("LIVE");
    expect((await callers.candidate(`/api/sessions/${id}/state`)).status).toBe(200);
    const removed = await callers.interviewer(`/api/sessions/${id}/candidate`, { method: "DELETE" });
    expect(removed.status).toBe(204);
    const seen: Record<string, number> = {};
    const expected: Record<string, number | number[]> = {};
    for (const testCase of cases) {
      const response = await callers.candidate(...testCase.request(id));
      seen[testCase.what] = response.status;
      expected[testCase.what] = testCase.expect.stranger;
      await response.body?.cancel();
    }
    expect(seen).toEqual(expected);
  });
});

describe("the candidate never receives interviewer-only text", () => {
  it("not in the room's HTML, its RSC payload, the room state, or the prompt page: no guide, no unrevealed part", async () => {
    const candidate = callers.candidate;
    const bodies = await Promise.all([
      candidate(`/sessions/${sessionId}`).then((response) => response.text()),
      candidate(`/sessions/${sessionId}`, { headers: { RSC: "1" } }).then((response) => response.text()),
      candidate(`/api/sessions/${sessionId}/state`).then((response) => response.text()),
      candidate(`/prompts/${promptSlug}`).then((response) => response.text()),
      candidate(`/prompts/${promptSlug}?view=interviewer`).then((response) => response.text()),
    ]);
    expect(bodies[0]).toContain("You are the");
    for (const body of bodies) for (const secret of guideSecrets) expect(body).not.toContain(secret);
  });

  it("while the interviewer and an observing coach do see the guide in the room", async () => {
    for (const role of ["interviewer", "observer"] as const) {
      const html = await (await callers[role](`/sessions/${sessionId}`)).text();
      expect(guideSecrets.some((secret) => html.includes(secret))).toBe(true);
    }
  });
});

/** Interviewer-only fragments of a prompt's guide (its key points, overview, what to look for per phase). */
async function guideSecretsOf(promptId: string): Promise<string[]> {
  const stored = await testDb().prompt.findUniqueOrThrow({
    where: { id: promptId },
    select: { guide: true, phases: true },
  });
  const guide = stored.guide as { keyPoints: string[]; overview: string };
  const phases = stored.phases as { lookFor: string }[];
  const secrets = [...guide.keyPoints, guide.overview, ...phases.map((phase) => phase.lookFor)]
    .map(plainFragment)
    .filter((fragment) => fragment.length >= 24);
  expect(secrets.length).toBeGreaterThan(3);
  return secrets;
}

/** Everything a session's room hands this caller: its HTML, its RSC payload and the room state. */
async function roomBodies(call: Call, id: string): Promise<string[]> {
  const bodies = await Promise.all([
    call(`/sessions/${id}`).then((response) => response.text()),
    call(`/sessions/${id}`, { headers: { RSC: "1" } }).then((response) => response.text()),
    call(`/api/sessions/${id}/state`).then((response) => response.text()),
  ]);
  expect(bodies[0]).toContain("You are the");
  return bodies;
}

/** A session the caller starts through the API, as the prompt page's form does: they interview. */
async function createSessionAs(call: Call, promptId: string, cohortId?: string): Promise<string> {
  const response = await call("/api/sessions", json("POST", { promptId, ...(cohortId ? { cohortId } : {}) }));
  expect(response.status).toBe(201);
  return ((await response.json()) as { session: { id: string } }).session.id;
}

// Every way into a room must ask the prompt's own guide policy too: someone the prompt page
// would refuse the guide must not get it by starting (or watching) a session of their own.
describe("the guide reaches nobody the prompt's own policy refuses, whatever their part in a session", () => {
  let cast: {
    interviewer: SeededUser;
    candidate: SeededUser;
    owner: SeededUser;
    member: SeededUser;
    builtIn: { id: string; slug: string; secrets: string[] };
    cohortOnly: { id: string; slug: string; secrets: string[] };
    cohortId: string;
    candidateCohortId: string;
  };
  const as = async (user: SeededUser) => withOrigin(await signedInFetch(user));

  beforeAll(async () => {
    const db = testDb();
    const [interviewer, candidate, owner, member] = await Promise.all([
      seedUser(db),
      seedUser(db),
      seedUser(db),
      seedUser(db),
    ]);
    const builtIn = await seedPrompt(db);
    const cohort = await seedCohort(db, { owners: [owner.id], members: [member.id] });
    // A cohort where the candidate coaches, so they could watch its sessions.
    const candidateCohort = await seedCohort(db, { owners: [interviewer.id], coaches: [candidate.id] });
    const cohortOnly = await seedPrompt(db, {
      from: "ai-system-design-customer-support-agent",
      cohortId: cohort.id,
      authorId: owner.id,
    });
    // The candidate's interview on the built-in prompt is live.
    await seedSession(db, {
      interviewerId: interviewer.id,
      candidateId: candidate.id,
      promptId: builtIn.id,
      status: "LIVE",
    });
    cast = {
      interviewer,
      candidate,
      owner,
      member,
      builtIn: { ...builtIn, secrets: await guideSecretsOf(builtIn.id) },
      cohortOnly: { ...cohortOnly, secrets: await guideSecretsOf(cohortOnly.id) },
      cohortId: cohort.id,
      candidateCohortId: candidateCohort.id,
    };
  }, 120_000);

  it("the candidate of a live interview does not get its guide by starting a session on the same prompt", async () => {
    const candidate = await as(cast.candidate);
    const own = await createSessionAs(candidate, cast.builtIn.id);
    for (const body of await roomBodies(candidate, own))
      for (const secret of cast.builtIn.secrets) expect(body).not.toContain(secret);
  });

  it("nor by watching, as a coach, another session on the same prompt", async () => {
    const watched = await seedSession(testDb(), {
      interviewerId: cast.interviewer.id,
      cohortId: cast.candidateCohortId,
      promptId: cast.builtIn.id,
      status: "LIVE",
    });
    const candidate = await as(cast.candidate);
    for (const body of await roomBodies(candidate, watched.id))
      for (const secret of cast.builtIn.secrets) expect(body).not.toContain(secret);
  });

  it("a plain cohort member does not get a cohort-only guide by starting a session on that prompt", async () => {
    const member = await as(cast.member);
    const own = await createSessionAs(member, cast.cohortOnly.id, cast.cohortId);
    for (const body of await roomBodies(member, own))
      for (const secret of cast.cohortOnly.secrets) expect(body).not.toContain(secret);
  });

  it("while the cohort's owner interviewing on its prompt, and an interviewer on a built-in one, do get the guide", async () => {
    const owner = await as(cast.owner);
    const ownersRoom = await createSessionAs(owner, cast.cohortOnly.id, cast.cohortId);
    const [ownerHtml = ""] = await roomBodies(owner, ownersRoom);
    expect(cast.cohortOnly.secrets.some((secret) => ownerHtml.includes(secret))).toBe(true);
    const interviewer = await as(cast.interviewer);
    const interviewersRoom = await createSessionAs(interviewer, cast.builtIn.id);
    const [interviewerHtml = ""] = await roomBodies(interviewer, interviewersRoom);
    expect(cast.builtIn.secrets.some((secret) => interviewerHtml.includes(secret))).toBe(true);
  });
});

// The replay of a finished session: its page, history, report and sharing, called by everyone
// who might try, including the candidate before feedback is released, a cohort member a
// participant shared it with (a guest) and one whose share was revoked.
describe("the authorization sweep over the replay", () => {
  type ReplayRole = Role | "guest" | "revoked";
  const REPLAY_ROLES: ReplayRole[] = [...ROLES, "guest", "revoked"];
  let replayCallers: Record<ReplayRole, Call>;
  let finishedId: string;
  const privateNote = "replay sweep private note about the cache";
  const privateEvidence = "replay sweep evidence about sharding";

  beforeAll(async () => {
    const db = testDb();
    const people = await Promise.all(Array.from({ length: 7 }, () => seedUser(db)));
    const [interviewer, candidate, coach, stranger, otherCoach, guest, revoked] = people as [
      SeededUser,
      SeededUser,
      SeededUser,
      SeededUser,
      SeededUser,
      SeededUser,
      SeededUser,
    ];
    const cohort = await seedCohort(db, {
      owners: [interviewer.id],
      coaches: [coach.id],
      members: [candidate.id, guest.id, revoked.id],
    });
    await seedCohort(db, { coaches: [otherCoach.id] });
    const session = await seedSession(db, {
      interviewerId: interviewer.id,
      candidateId: candidate.id,
      cohortId: cohort.id,
      promptId,
    });
    finishedId = session.id;
    replayCallers = {
      anonymous: anonymous(),
      stranger: withOrigin(await signedInFetch(stranger)),
      candidate: withOrigin(await signedInFetch(candidate)),
      interviewer: withOrigin(await signedInFetch(interviewer)),
      observer: withOrigin(await signedInFetch(coach)),
      otherCoach: withOrigin(await signedInFetch(otherCoach)),
      guest: withOrigin(await signedInFetch(guest)),
      revoked: withOrigin(await signedInFetch(revoked)),
    };
    const call = replayCallers.interviewer;
    expect(
      (await call(`/api/sessions/${finishedId}/lifecycle`, json("POST", { action: "start" }))).status,
    ).toBe(200);
    // One board update in the log, so a history chunk exists.
    await db.boardUpdate.create({
      data: { docId: session.boardDocId, seq: 1, userId: interviewer.id, bytes: new Uint8Array([0, 0]) },
    });
    expect(
      (
        await call(
          `/api/sessions/${finishedId}/notes/sweep-replay-note-01`,
          json("PUT", { text: privateNote }),
        )
      ).status,
    ).toBe(200);
    const card = await (await call(`/api/sessions/${finishedId}/scorecard`)).json();
    const dimension = card.rubric.dimensions[0].key as string;
    expect(
      (
        await call(
          `/api/sessions/${finishedId}/scorecard`,
          json("PUT", {
            levels: {},
            evidence: { [dimension]: [{ text: privateEvidence, atMs: 0 }] },
            recommendation: null,
            summary: "",
          }),
        )
      ).status,
    ).toBe(200);
    expect(
      (await call(`/api/sessions/${finishedId}/lifecycle`, json("POST", { action: "end" }))).status,
    ).toBe(200);
    for (const person of [guest, revoked])
      expect(
        (await call(`/api/sessions/${finishedId}/replay/shares`, json("POST", { userId: person.id }))).status,
      ).toBe(200);
    expect(
      (await call(`/api/sessions/${finishedId}/replay/shares/${revoked.id}`, { method: "DELETE" })).status,
    ).toBe(204);
  }, 120_000);

  const watchers = (ok: number): Record<ReplayRole, number> => ({
    anonymous: 401,
    stranger: 404,
    candidate: ok,
    interviewer: ok,
    observer: ok,
    otherCoach: 404,
    guest: ok,
    revoked: 404,
  });
  const replayCases: {
    what: string;
    path: () => string;
    init?: RequestInit;
    expect: Record<ReplayRole, number>;
  }[] = [
    {
      what: "the replay page",
      path: () => `/sessions/${finishedId}/replay`,
      expect: { ...watchers(200), anonymous: 307 },
    },
    {
      what: "the printable report",
      path: () => `/sessions/${finishedId}/replay/report`,
      expect: { ...watchers(200), anonymous: 307 },
    },
    { what: "the replay manifest", path: () => `/api/sessions/${finishedId}/replay`, expect: watchers(200) },
    {
      what: "a history chunk",
      path: () => `/api/sessions/${finishedId}/replay/history/1-1`,
      expect: watchers(200),
    },
    {
      what: "a missing keyframe",
      path: () => `/api/sessions/${finishedId}/replay/keyframes/1`,
      expect: watchers(404),
    },
    {
      what: "the Markdown report",
      path: () => `/api/sessions/${finishedId}/replay/report`,
      expect: watchers(200),
    },
    {
      what: "the replay's shares",
      path: () => `/api/sessions/${finishedId}/replay/shares`,
      expect: { ...watchers(200), observer: 403, guest: 403 },
    },
    {
      what: "revoking a share that does not exist",
      path: () => `/api/sessions/${finishedId}/replay/shares/${"z".repeat(25)}`,
      init: { method: "DELETE" },
      expect: { ...watchers(404), observer: 403, guest: 403 },
    },
  ];

  for (const testCase of replayCases) {
    it(`${testCase.what}: each caller gets only what the rules allow`, async () => {
      const seen: Partial<Record<ReplayRole, number>> = {};
      for (const role of REPLAY_ROLES) {
        const response = await replayCallers[role](testCase.path(), testCase.init);
        seen[role] = response.status;
        await response.body?.cancel();
      }
      expect(seen).toEqual(testCase.expect);
    });
  }

  it("the candidate before release, and a guest, get no notes, scores or guide from the page, history or report", async () => {
    for (const role of ["candidate", "guest"] as const) {
      const call = replayCallers[role];
      const bodies = await Promise.all([
        call(`/sessions/${finishedId}/replay`).then((response) => response.text()),
        call(`/sessions/${finishedId}/replay`, { headers: { RSC: "1" } }).then((response) => response.text()),
        call(`/sessions/${finishedId}/replay/report`).then((response) => response.text()),
        call(`/api/sessions/${finishedId}/replay`).then((response) => response.text()),
        call(`/api/sessions/${finishedId}/replay/report`).then((response) => response.text()),
      ]);
      expect(bodies[0]).toContain("Replay:");
      for (const body of bodies) {
        expect(body).not.toContain(privateNote);
        expect(body).not.toContain(privateEvidence);
        expect(body).not.toContain("## Scores");
        for (const secret of guideSecrets) expect(body).not.toContain(secret);
      }
    }
    // While the interviewer does read them there.
    const own = await (await replayCallers.interviewer(`/api/sessions/${finishedId}/replay/report`)).text();
    expect(own).toContain(privateEvidence);
  });
});

// The cohort's routes and pages, by the same cast seen from the cohort: the owner (who
// interviews), its coach, a member (the candidate), a stranger, another cohort's coach.
describe("the authorization sweep over cohort routes", () => {
  const SECRET_SUMMARY = "Unreleased verdict: weak on capacity planning";
  const SECRET_NOTE = "Private note about the other member";
  let cohortId: string;
  let member: SeededUser;
  let otherMember: SeededUser;
  let others: { session: string; call: Call };
  let memberSession: string;
  let calibrationId: string;
  let coachId: string;
  let cohortCallers: Record<Role, Call>;

  beforeAll(async () => {
    const db = testDb();
    const [owner, coach, stranger, otherCoach] = await Promise.all([
      seedUser(db),
      seedUser(db),
      seedUser(db),
      seedUser(db),
    ]);
    [member, otherMember] = await Promise.all([seedUser(db), seedUser(db)]);
    const cohort = await seedCohort(db, {
      owners: [owner.id],
      coaches: [coach.id],
      members: [member.id, otherMember.id],
    });
    cohortId = cohort.id;
    await seedCohort(db, { coaches: [otherCoach.id] });
    // The other member's session: scored, not released, with a private note.
    const theirs = await seedSession(db, { interviewerId: owner.id, candidateId: otherMember.id, cohortId });
    await playSession(
      db,
      { id: theirs.id, interviewerId: owner.id, candidateId: otherMember.id },
      { notes: [SECRET_NOTE], summary: SECRET_SUMMARY, release: false },
    );
    await db.note.create({
      data: {
        id: "cohort-sweep-note-1",
        sessionId: theirs.id,
        authorId: owner.id,
        offsetMs: 0,
        text: SECRET_NOTE,
      },
    });
    const mine = await seedSession(db, { interviewerId: owner.id, candidateId: member.id, cohortId });
    await db.interviewSession.update({
      where: { id: mine.id },
      data: { scheduledAt: new Date(Date.now() + 86_400_000) },
    });
    memberSession = mine.id;
    coachId = coach.id;
    ({ id: calibrationId } = await requestCalibration(db, cohortId, owner.id, {
      sessionId: theirs.id,
      raterIds: [member.id, coach.id],
    }));
    cohortCallers = {
      anonymous: anonymous(),
      stranger: withOrigin(await signedInFetch(stranger)),
      candidate: withOrigin(await signedInFetch(member)),
      interviewer: withOrigin(await signedInFetch(owner)),
      observer: withOrigin(await signedInFetch(coach)),
      otherCoach: withOrigin(await signedInFetch(otherCoach)),
    };
    others = { session: theirs.id, call: withOrigin(await signedInFetch(otherMember)) };
  }, 120_000);

  const inCohort = (ok: number, outsiders = 404): Expectation => ({
    anonymous: 401,
    stranger: outsiders,
    candidate: ok,
    interviewer: ok,
    observer: ok,
    otherCoach: outsiders,
  });
  const page = (ok = 200): Expectation => ({ ...inCohort(ok), anonymous: 307 });

  const cohortCases: Case[] = [
    { what: "the members tab", request: () => [`/cohorts/${cohortId}`], expect: page() },
    { what: "the schedule tab", request: () => [`/cohorts/${cohortId}/schedule`], expect: page() },
    { what: "the progress tab", request: () => [`/cohorts/${cohortId}/progress`], expect: page() },
    { what: "the prompts tab", request: () => [`/cohorts/${cohortId}/prompts`], expect: page() },
    { what: "the calibration tab", request: () => [`/cohorts/${cohortId}/calibration`], expect: page() },
    {
      what: "a calibration's page",
      request: () => [`/cohorts/${cohortId}/calibration/${calibrationId}`],
      expect: page(),
    },
    {
      what: "a calibration's scores (blind for raters until they submit)",
      request: () => [`/api/calibrations/${calibrationId}`],
      expect: inCohort(200),
    },
    {
      what: "asking for a calibration",
      request: () => [
        `/api/cohorts/${cohortId}/calibrations`,
        json("POST", { sessionId: others.session, raterIds: [member.id, coachId] }),
      ],
      expect: { ...inCohort(403), interviewer: 201, observer: 201 },
    },
    {
      what: "changing the settings",
      request: () => [
        `/api/cohorts/${cohortId}`,
        json("PATCH", { name: "Renamed", description: "", timeZone: "UTC", kinds: [], rounds: [] }),
      ],
      expect: { ...inCohort(403), interviewer: 204 },
    },
    {
      what: "making a new invite link",
      request: () => [`/api/cohorts/${cohortId}/invite`, json("POST", { action: "rotate" })],
      expect: { ...inCohort(403), interviewer: 200, observer: 200 },
    },
    {
      what: "changing someone's role",
      request: () => [`/api/cohorts/${cohortId}/members/${member.id}`, json("PATCH", { role: "MEMBER" })],
      expect: { ...inCohort(403), interviewer: 204 },
    },
    {
      what: "generating a round",
      request: () => [
        `/api/cohorts/${cohortId}/rounds`,
        json("POST", { firstSlotAt: "2031-03-04T18:00", secondSlotAt: "2031-03-06T18:00" }),
      ],
      expect: { ...inCohort(403), interviewer: 201, observer: 201 },
    },
    {
      what: "a session's calendar file",
      request: () => [`/api/sessions/${memberSession}/calendar`],
      expect: inCohort(200),
    },
  ];

  for (const testCase of cohortCases) {
    it(`${testCase.what}: each caller gets only what the cohort rules allow`, async () => {
      const seen: Partial<Record<Role, number>> = {};
      for (const role of ROLES) {
        const [path, init] = testCase.request(sessionId);
        const response = await cohortCallers[role](path, init);
        seen[role] = response.status;
        await response.body?.cancel();
      }
      expect(seen).toEqual(testCase.expect);
    });
  }

  it("a member never sees another member's notes or unreleased scores, anywhere", async () => {
    const bodies = await Promise.all(
      [
        `/sessions/${others.session}`,
        `/api/sessions/${others.session}/notes`,
        `/api/sessions/${others.session}/feedback`,
        `/cohorts/${cohortId}/progress`,
        `/cohorts/${cohortId}/progress?member=${otherMember.id}`,
        `/cohorts/${cohortId}/schedule`,
      ].map(async (path) => (await cohortCallers.candidate(path)).text()),
    );
    for (const body of bodies) {
      expect(body).not.toContain(SECRET_SUMMARY);
      expect(body).not.toContain(SECRET_NOTE);
    }
    // ...nor, before release, does the candidate of that session.
    const own = await others.call(`/api/sessions/${others.session}/feedback`);
    expect(await own.text()).not.toContain(SECRET_SUMMARY);
  });

  it("the calendar feed shows only its owner's sessions and stops working when revoked", async () => {
    const made = await cohortCallers.candidate("/api/calendar-feed", json("POST", {}));
    expect(made.status).toBe(201);
    const { url } = (await made.json()) as { url: string };
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const text = await feed.text();
    expect(text).toContain(`/sessions/${memberSession}`);
    expect(text).not.toContain(`/sessions/${others.session}`);
    expect((await fetch(url.replace(/[^/]{8}$/, "AAAAAAAA"))).status).toBe(404);
    expect((await cohortCallers.candidate("/api/calendar-feed", { method: "DELETE" })).status).toBe(204);
    expect((await fetch(url)).status).toBe(404);
  });

  it("a removed member loses the cohort and its sessions at once", async () => {
    expect((await others.call(`/sessions/${others.session}`)).status).toBe(200);
    const removed = await cohortCallers.interviewer(`/api/cohorts/${cohortId}/members/${otherMember.id}`, {
      method: "DELETE",
    });
    expect(removed.status).toBe(204);
    for (const path of [
      `/cohorts/${cohortId}`,
      `/sessions/${others.session}`,
      `/api/sessions/${others.session}/state`,
    ]) {
      const response = await others.call(path);
      expect([path, response.status]).toEqual([path, 404]);
    }
    const token = await others.call(`/api/sessions/${others.session}/board-token`, { method: "POST" });
    expect(token.status).toBe(404);
  });
});
