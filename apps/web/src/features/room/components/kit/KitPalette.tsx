"use client";

import {
  COMPONENTS,
  entryKey,
  type KitEntry,
  type KitGroup,
  matchKitEntries,
  TEMPLATES,
} from "@mockboard/board/kit";
import { useCallback, useId, useMemo, useState } from "react";
import type { Editor } from "tldraw";
import { entryColor, focusBoard, insertKitEntry } from "./insert-kit";
import { KitIcon } from "./KitIcon";
import { useKitDrag } from "./use-kit-drag";

const GROUP_TITLES: Record<KitGroup, string> = {
  Edge: "Clients and edge",
  Compute: "Compute",
  Data: "Data",
  Messaging: "Messaging",
  Outside: "Outside",
};

const SECTIONS: { title: string; entries: readonly KitEntry[] }[] = [
  ...(Object.keys(GROUP_TITLES) as KitGroup[]).map((group) => ({
    title: GROUP_TITLES[group],
    entries: COMPONENTS.filter((entry) => entry.group === group),
  })),
  { title: "Templates", entries: TEMPLATES },
];

interface Props {
  id: string;
  editor: Editor | null;
  /** Opened on purpose; otherwise it shows only where it fits beside the board (kit.css). */
  chosen: boolean;
}

/**
 * The board kit: system-design components and templates to drag onto the board, or to tap
 * (or press Enter on) to add in the middle of the view. A search field narrows it by name.
 */
export function KitPalette({ id, editor, chosen }: Props) {
  const [query, setQuery] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const searchId = useId();
  const announce = useCallback((entry: KitEntry) => setAnnouncement(`${entry.name} added to the board`), []);
  const { drag, onPointerDown, consumeDragClick } = useKitDrag(editor, announce);

  const sections = useMemo(
    () => (query.trim() ? [{ title: "Matches", entries: matchKitEntries(query) }] : SECTIONS),
    [query],
  );

  function add(entry: KitEntry, byKeyboard: boolean) {
    if (!editor || consumeDragClick()) return;
    insertKitEntry(editor, entry);
    // A keyboard user stays in the palette to add more; a tap or click hands the board the keys.
    if (!byKeyboard) focusBoard(editor);
    announce(entry);
  }

  return (
    <section id={id} className="kit-palette" data-chosen={chosen ? "true" : undefined} aria-label="Board kit">
      <div className="kit-search">
        <label htmlFor={searchId} className="sr-only">
          Find a component or template
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Find…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            const first = matchKitEntries(query)[0];
            if (event.key === "Enter" && query.trim() && first) add(first, true);
          }}
          autoComplete="off"
        />
      </div>
      <p className="kit-hint">
        Drag onto the board or tap to add. Find by name (cache, kafka…) here, or type <kbd>/</kbd> on the
        board.
      </p>
      {sections.map((section) => (
        <div key={section.title} className="kit-section">
          <h3 className="kit-section-title">{section.title}</h3>
          {section.entries.length ? (
            <ul className="kit-tiles">
              {section.entries.map((entry) => (
                <li key={entryKey(entry)}>
                  <button
                    type="button"
                    className="kit-tile"
                    data-kit-entry={entryKey(entry)}
                    onPointerDown={(event) => onPointerDown(entry, event)}
                    onClick={(event) => add(entry, event.detail === 0)}
                    disabled={!editor}
                  >
                    <KitIcon entry={entry} color={entryColor(editor, entry)} />
                    <span>{entry.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="kit-empty">Nothing by that name.</p>
          )}
        </div>
      ))}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {drag ? (
        <div
          className="kit-ghost"
          data-over-board={drag.overBoard ? "true" : "false"}
          style={{ left: drag.x, top: drag.y }}
          aria-hidden="true"
        >
          <KitIcon entry={drag.entry} size={28} color={entryColor(editor, drag.entry)} />
          <span>{drag.entry.name}</span>
        </div>
      ) : null}
    </section>
  );
}
