"use client";

import { entryKey, matchKitEntries } from "@mockboard/board/kit";
import { useEffect, useId, useState } from "react";
import {
  type TLUiDialogProps,
  TldrawUiDialogCloseButton,
  TldrawUiDialogHeader,
  TldrawUiDialogTitle,
  useEditor,
} from "tldraw";
import { entryColor, focusBoard, insertKitEntry } from "./insert-kit";
import { KitIcon } from "./KitIcon";

/**
 * "/" on the board: type part of a name ("lb", "redis", "capacity"), pick with the arrow
 * keys, Enter adds it in the middle of the view, selected (Enter again edits its label).
 * A combobox over a listbox, so screen readers follow the highlighted option.
 */
export function InsertByNameDialog({ onClose }: TLUiDialogProps) {
  const editor = useEditor();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = matchKitEntries(query);
  const current = matches[Math.min(active, matches.length - 1)];
  const optionId = (index: number) => `${listId}-${index}`;

  // Closed (by a choice or Escape): the keys go back to the board. Radix moves focus away as
  // the dialog unmounts (its own timer, set first), so this runs on a timer set after it.
  useEffect(() => () => void editor.timers.setTimeout(() => focusBoard(editor), 0), [editor]);

  function choose(index: number) {
    const entry = matches[index];
    if (!entry) return;
    onClose();
    insertKitEntry(editor, entry);
  }

  return (
    <div className="kit-insert">
      <TldrawUiDialogHeader>
        <TldrawUiDialogTitle>Add to the board</TldrawUiDialogTitle>
        <TldrawUiDialogCloseButton />
      </TldrawUiDialogHeader>
      <div className="kit-insert-body">
        <input
          className="kit-insert-input"
          role="combobox"
          aria-label="Component or template name"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(matches.indexOf(current)) : undefined}
          placeholder="Load balancer, redis, capacity…"
          value={query}
          // biome-ignore lint/a11y/noAutofocus: the dialog exists to take this name
          autoFocus
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              event.preventDefault();
              const step = event.key === "ArrowDown" ? 1 : -1;
              setActive(
                (index) => (Math.min(index, matches.length - 1) + step + matches.length) % matches.length,
              );
            } else if (event.key === "Enter") {
              event.preventDefault();
              choose(Math.min(active, matches.length - 1));
            }
          }}
        />
        <div id={listId} role="listbox" aria-label="Matches" className="kit-insert-list">
          {matches.map((entry, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox above handles the keys
            <div
              key={entryKey(entry)}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={entry === current}
              className="kit-insert-option"
              onPointerDown={(event) => event.preventDefault()}
              onPointerMove={() => setActive(index)}
              onClick={() => choose(index)}
            >
              <KitIcon entry={entry} size={20} color={entryColor(editor, entry)} />
              <span>{entry.name}</span>
            </div>
          ))}
        </div>
        {matches.length === 0 ? (
          <p className="kit-empty" role="status">
            Nothing by that name.
          </p>
        ) : null}
        <p className="kit-hint kit-insert-keys">
          <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> add · <kbd>Esc</kbd> close
        </p>
      </div>
    </div>
  );
}
