import { CloseCode } from "@mockboard/protocol";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import { decodeAwarenessUpdate, encodeStampedAwareness } from "./awareness";
import { encodeAwareness, ProtocolError } from "./messages";
import { sleep, type TestClient, useCollabServer, waitFor } from "./testing/harness";

const ada = { id: "ada", name: "Ada", color: "#1971c2", role: "editor" } as const;

function awarenessUpdate(entries: Array<[clientId: number, clock: number, state: unknown]>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const [clientId, clock, state] of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

describe("awareness updates from clients", () => {
  it("round-trip with whatever user a client claims replaced by the identity it was given", () => {
    const entries = decodeAwarenessUpdate(
      awarenessUpdate([
        [7, 3, { user: { id: "boss", name: "Interviewer" }, presence: { x: 1 } }],
        [8, 2, null],
      ]),
    );
    expect(encodeStampedAwareness(entries, ada)).toEqual(
      awarenessUpdate([
        [7, 3, { user: ada, presence: { x: 1 } }],
        [8, 2, null],
      ]),
    );
  });

  it("accept the code pad's cursor as y-codemirror.next publishes it, or none", () => {
    const position = {
      type: { client: 12, clock: 0 },
      tname: null,
      item: { client: 12, clock: 4 },
      assoc: 0,
    };
    const cursor = { anchor: position, head: { ...position, assoc: -1 } };
    expect(
      decodeAwarenessUpdate(
        awarenessUpdate([
          [7, 1, { cursor }],
          [8, 1, { cursor: null }],
        ]),
      ),
    ).toEqual([
      { clientId: 7, clock: 1, state: { cursor } },
      { clientId: 8, clock: 1, state: { cursor: null } },
    ]);
  });

  it.each([
    ["bytes that are not an awareness update", Uint8Array.of(5, 1)],
    ["a state that is not JSON", Uint8Array.of(1, 7, 1, 3, 0x7b, 0x7b, 0x7b)],
    ["a field nothing in the room uses", awarenessUpdate([[7, 1, { pointer: { x: 1 } }]])],
    ["a code cursor that is not a pair of Yjs positions", awarenessUpdate([[7, 1, { cursor: { x: 1 } }]])],
    ["a state that is not an object", awarenessUpdate([[7, 1, 42]])],
    ["trailing bytes", Uint8Array.from([...awarenessUpdate([[7, 1, {}]]), 0])],
  ])("are refused when they hold %s", (_what, update) => {
    expect(() => decodeAwarenessUpdate(update)).toThrow(ProtocolError);
  });
});

describe("presence through the collab server", () => {
  const collab = useCollabServer();
  const join = (docId: string, userId: string, name = userId) => collab.join(docId, { userId, name });
  const joinRaw = (docId: string, userId: string) => collab.joinRaw(docId, { userId });

  const stateOf = (client: TestClient, clientId: number) =>
    client.provider.awareness.getStates().get(clientId) as Record<string, unknown> | undefined;

  it("shows every peer under the name and role from their board token, whatever they claim", async () => {
    const a = await join("doc-stamp", "ada", "Ada Lovelace");
    const b = await join("doc-stamp", "bob");
    a.provider.awareness.setLocalStateField("user", {
      id: "interviewer",
      name: "The Interviewer",
      color: "#000000",
      role: "editor",
    });
    await waitFor(() => stateOf(b, a.doc.clientID)?.user !== undefined, "b to see a's presence");
    expect(stateOf(b, a.doc.clientID)?.user).toEqual({
      id: "ada",
      name: "Ada Lovelace",
      color: "#1971c2",
      role: "editor",
    });
  });

  it("closes a connection that publishes fields the board does not use, and peers never see them", async () => {
    const b = await join("doc-junk", "bob");
    const mallory = await joinRaw("doc-junk", "mallory");
    mallory.socket.send(encodeAwareness(awarenessUpdate([[4242, 1, { script: "<img onerror>" }]])));
    expect((await mallory.closed).code).toBe(CloseCode.Malformed);
    await sleep(100);
    expect(stateOf(b, 4242)).toBeUndefined();
  });

  it("ignores anyone's attempt to overwrite or remove another person's presence", async () => {
    const a = await join("doc-hijack", "ada");
    const b = await join("doc-hijack", "bob");
    a.provider.awareness.setLocalStateField("presence", { cursor: { x: 1, y: 1 } });
    await waitFor(() => stateOf(b, a.doc.clientID)?.presence !== undefined, "b to see a's presence");
    const mallory = await joinRaw("doc-hijack", "mallory");
    mallory.socket.send(encodeAwareness(awarenessUpdate([[a.doc.clientID, 1_000, { presence: { x: 9 } }]])));
    mallory.socket.send(encodeAwareness(awarenessUpdate([[a.doc.clientID, 1_001, null]])));
    await sleep(200);
    expect(stateOf(b, a.doc.clientID)).toMatchObject({
      user: { id: "ada" },
      presence: { cursor: { x: 1, y: 1 } },
    });
    // Stock clients relay what they hear, so this is not a protocol violation: Mallory stays.
    expect(mallory.socket.readyState).toBe(mallory.socket.OPEN);
  });

  it("lets the same person take their presence over from a connection that has not closed yet", async () => {
    const b = await join("doc-takeover", "bob");
    const oldTab = await joinRaw("doc-takeover", "ada");
    oldTab.socket.send(encodeAwareness(awarenessUpdate([[777, 1, { presence: { n: 1 } }]])));
    await waitFor(() => stateOf(b, 777) !== undefined, "b to see ada's first connection");
    const reconnected = await joinRaw("doc-takeover", "ada");
    reconnected.socket.send(encodeAwareness(awarenessUpdate([[777, 2, { presence: { n: 2 } }]])));
    await waitFor(() => (stateOf(b, 777)?.presence as { n?: number } | undefined)?.n === 2, "the new state");
    // The stale socket finally goes: the presence now belongs to the new connection and stays.
    oldTab.socket.terminate();
    await oldTab.closed;
    await sleep(200);
    expect(stateOf(b, 777)?.presence).toEqual({ n: 2 });
  });

  it("drops a peer whose network went silent from everyone's presence within seconds, while its socket is still open", async () => {
    const a = await join("doc-silent", "ada");
    const b = await join("doc-silent", "bob");
    b.provider.awareness.setLocalStateField("presence", { cursor: { x: 1, y: 1 } });
    await waitFor(() => stateOf(a, b.doc.clientID) !== undefined, "a to see b");
    // A lost network: nothing from b reaches the server any more (no pong, no close), and b
    // itself does not know. Only the server's heartbeat can tell.
    const socket = (b.provider.ws as unknown as { _socket: { pause(): void } })._socket;
    socket.pause();
    // A few seconds, not the half minute to a minute it took with a 30 s heartbeat.
    await waitFor(() => stateOf(a, b.doc.clientID) === undefined, "b to leave a's presence", 8_000);
  }, 15_000);
});
