"use client";

import type { BoardUser } from "@mockboard/board";
import { ComponentShapeUtil, useBoard, useSharedSessionDoc } from "@mockboard/board/react";
import { getAssetUrls } from "@tldraw/assets/selfHosted";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from "react";
import {
  allDefaultFontFaces,
  DefaultFontFaces,
  type Editor,
  type TLComponents,
  type TLFontFace,
  type TLUiAssetUrlOverrides,
  Tldraw,
  type TldrawOptions,
  useEditor,
} from "tldraw";
import "tldraw/tldraw.css";
import { useReportBoardPresence } from "../live/board-presence";
import { useDroppedPeers } from "../live/use-dropped-peers";
import { BoardOffline } from "./BoardOffline";
import { BoardToolbar } from "./BoardToolbar";
import { overridesWithoutEmbeds, shapeUtilsWithoutEmbeds } from "./board-without-embeds";
import { registerBookmarksWithoutPreview } from "./bookmarks-without-preview";
import { GeoShapeUtilKeepingWords } from "./geo-labels-keep-words";
import { kitOverrides } from "./kit/kit-overrides";
import { usePaletteOpen } from "./kit/use-palette-open";
import "../board.css";
import "./kit/kit.css";

/** The palette's column, kept while the board and then the palette's own code load. */
function PaletteColumn({ chosen = false }: { chosen?: boolean }) {
  return <section className="kit-palette" data-chosen={chosen ? "true" : undefined} aria-hidden="true" />;
}

// The palette does nothing before the editor exists: its entries, templates and drag and drop
// are fetched once the board is up (in a column kept for them), not with the board's first paint.
const KitPalette = dynamic(() => import("./kit/KitPalette").then((module) => module.KitPalette), {
  ssr: false,
  loading: () => <PaletteColumn />,
});

const selfHosted = getAssetUrls({ baseUrl: "/tldraw-assets" });

/**
 * tldraw's fonts, icons and translations from /tldraw-assets, minus what a board never shows:
 * the embed icons (tldraw preloads all of them on mount, but the board has no embeds:
 * board-without-embeds.ts).
 */
const assetUrls: TLUiAssetUrlOverrides = {
  ...selfHosted,
  embedIcons: Object.fromEntries(Object.keys(selfHosted.embedIcons).map((type) => [type, ""])),
};

/**
 * When the editor mounts, tldraw asks for every default font face (16 files, 1.3 MB) so a
 * later change of font is instant. The board loads the faces its shapes use instead: each
 * shape asks for its own fonts (and the editor waits for those of the first page before it
 * draws), so a sketch in the hand-drawn font downloads one file (which an editor's board
 * fetches once it is drawn anyway, for the first label: see onMount).
 * This wraps the editor's font requests before tldraw's mount effect runs (children's layout
 * effects run first) and drops the two preload-everything requests: all default faces and
 * the themes' face lists. If tldraw ever changes how it asks, fonts simply load eagerly again.
 */
function FontsOnDemand() {
  const editor = useEditor();
  useLayoutEffect(() => {
    const fonts = editor.fonts;
    const eager = new Set<readonly TLFontFace[]>([allDefaultFontFaces]);
    for (const theme of Object.values(editor.getThemes()))
      for (const font of Object.values(theme.fonts) as { faces?: TLFontFace[] }[])
        if (font.faces) eager.add(font.faces);
    const request = fonts.requestFonts;
    fonts.requestFonts = (faces: TLFontFace[]) => {
      if (!eager.has(faces)) request.call(fonts, faces);
    };
    return () => {
      fonts.requestFonts = request;
    };
  }, [editor]);
  return null;
}

const components: TLComponents = { OnTheCanvas: FontsOnDemand, Toolbar: BoardToolbar };

/** Module constants: tldraw wants its shape utilities and options stable. */
const shapeUtils = [...shapeUtilsWithoutEmbeds, GeoShapeUtilKeepingWords, ComponentShapeUtil];
const overrides = [overridesWithoutEmbeds, kitOverrides];

/**
 * A label's text editor puts the caret at the end of the text, not the start. TipTap
 * places it a timer tick after the editor appears, and tldraw again 100 ms later; on a busy
 * machine (a font arriving, video decoding) keys typed meanwhile are handled first, so with
 * the caret sent to the start the first label read "rAd equest" for "Ad request".
 */
const options: Partial<TldrawOptions> = { text: { tipTapConfig: { autofocus: "end" } } };

/** The hand-drawn font every new shape's text uses (tldraw's default "draw" style). */
const HANDWRITING = [DefaultFontFaces.tldraw_draw.normal.normal];

/** The board: one of the surfaces showing the session's document (BoardRoom provides it). */
interface Props {
  /** tldraw's licence key, from the server's env module (a build-time setting). */
  licenseKey: string | undefined;
  me: BoardUser;
}

export default function BoardCanvas({ licenseKey, me }: Props) {
  const session = useSharedSessionDoc();
  const board = useBoard(session, me);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [following, setFollowing] = useState<string | null>(null);
  const palette = usePaletteOpen();

  // The role the collab server granted (it changes when a session ends), not the one at render.
  const role = session.role;
  const canEdit = me.role === "editor";
  const onMount = useCallback(
    (mounted: Editor) => {
      registerBookmarksWithoutPreview(mounted);
      // Fetched now rather than when the first label appears, so that label is measured (and
      // sized) in the font it is drawn in, not in a fallback that is narrower.
      if (canEdit) mounted.fonts.requestFonts(HANDWRITING);
      setEditor(mounted);
    },
    [canEdit],
  );
  useEffect(() => {
    editor?.updateInstanceState({ isReadonly: role === "viewer" });
  }, [editor, role]);
  const peers = useMemo(() => board.peers.filter((peer) => peer.id !== me.id), [board.peers, me.id]);
  // Who dropped off while this board was connected (while it is not, it cannot know).
  const dropped = useDroppedPeers(peers, session.status === "live");
  // The room's header greys the other person's name when they are not here.
  useReportBoardPresence({
    live: session.status === "live",
    here: peers.map((peer) => peer.id),
    dropped: dropped.map(({ id, since }) => ({ id, since })),
  });

  function toggleFollow(peerId: string, tldrawUserId: Parameters<Editor["startFollowingUser"]>[0]) {
    if (!editor) return;
    if (following === peerId) {
      editor.stopFollowingUser();
      setFollowing(null);
    } else {
      editor.startFollowingUser(tldrawUserId);
      setFollowing(peerId);
    }
  }

  return (
    <div className="board">
      <div className="board-bar">
        {role === "viewer" ? (
          <span className="small muted">View only</span>
        ) : (
          <button
            type="button"
            className="btn btn-small kit-toggle"
            aria-expanded={palette.open}
            aria-controls="board-kit"
            onClick={() => palette.setOpen(!palette.open)}
          >
            Components
          </button>
        )}
        <ul className="peers" aria-label="People on this board">
          <li>
            <span className="dot" style={{ background: me.color }} /> {me.name} (you)
          </li>
          {peers.map((peer) => (
            <li key={peer.clientId} data-testid="peer">
              <span className="dot" style={{ background: peer.color }} /> {peer.name}
              {peer.role === "viewer" ? <span className="muted small"> · viewing</span> : null}
              <button
                type="button"
                className="btn btn-small"
                aria-pressed={following === peer.id}
                onClick={() => toggleFollow(peer.id, peer.tldrawUserId)}
              >
                {following === peer.id ? "Stop following" : "Follow"}
              </button>
            </li>
          ))}
          {dropped.map((peer) => (
            <li key={peer.id} className="peer-offline" data-testid="peer-offline">
              <span className="dot" style={{ background: peer.color }} /> {peer.name}
              <span className="small"> · {peer.since}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="board-body">
        {palette.chosen !== false && role !== "viewer" ? (
          editor ? (
            <KitPalette id="board-kit" editor={editor} chosen={palette.chosen === true} />
          ) : (
            <PaletteColumn chosen={palette.chosen === true} />
          )
        ) : null}
        <div className="board-canvas" data-testid="board-canvas" data-ready={board.ready ? "true" : "false"}>
          {session.status === "offline" && board.ready ? <BoardOffline /> : null}
          {board.error ? (
            <div className="board-message alert alert-error" role="alert">
              {board.error}
            </div>
          ) : board.ready ? (
            <Tldraw
              store={board.store}
              assetUrls={assetUrls}
              components={components}
              // No embeds: the CSP refuses frames, so links become bookmarks (board-without-embeds.ts).
              shapeUtils={shapeUtils}
              overrides={overrides}
              options={options}
              // The app speaks English; the board's menus match it (and fetch no other language).
              locale="en"
              licenseKey={licenseKey}
              onMount={onMount}
            />
          ) : (
            <div className="board-message" role="status">
              <span className="spinner" aria-hidden="true" /> Loading the board…
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
