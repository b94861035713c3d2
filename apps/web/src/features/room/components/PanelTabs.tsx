"use client";

import { type ReactNode, useId } from "react";

/** A panel the page decided this person may see, already rendered. */
export interface RoomPanel {
  id: string;
  label: string;
  content: ReactNode;
  /** After the interview ends this panel takes the main stage (scorecard, self-assessment, feedback). */
  stage?: boolean;
}

/**
 * Tabs over panels: arrow keys move between tabs, and each panel opens at its top (the
 * panel element is new for each tab, so one tab's scroll never carries into the next). The
 * panel is focusable, so a panel with nothing to tab to can still be scrolled by keyboard.
 */
export function PanelTabs(props: {
  panels: RoomPanel[];
  selected: string | undefined;
  onSelect: (id: string) => void;
  label: string;
  className: string;
}) {
  const { panels } = props;
  const tabsId = useId();
  const current = panels.find((panel) => panel.id === props.selected) ?? panels[0];
  if (!current) return null;
  const panelRole =
    panels.length > 1
      ? { role: "tabpanel", id: `${tabsId}-panel`, "aria-labelledby": `${tabsId}-${current.id}` }
      : { role: "region", "aria-label": current.label };
  return (
    <div className={`panel-tabs ${props.className}`}>
      {panels.length > 1 ? (
        <div
          className="side-tabs"
          role="tablist"
          aria-label={props.label}
          onKeyDown={(event) => {
            const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
            if (!step) return;
            const index = panels.findIndex((panel) => panel.id === current.id);
            const next = panels[(index + step + panels.length) % panels.length];
            if (!next) return;
            props.onSelect(next.id);
            document.getElementById(`${tabsId}-${next.id}`)?.focus();
          }}
        >
          {panels.map((panel) => (
            <button
              key={panel.id}
              type="button"
              role="tab"
              id={`${tabsId}-${panel.id}`}
              aria-selected={current.id === panel.id}
              aria-controls={`${tabsId}-panel`}
              tabIndex={current.id === panel.id ? 0 : -1}
              onClick={() => props.onSelect(panel.id)}
            >
              {panel.label}
            </button>
          ))}
        </div>
      ) : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a tab panel is focusable (WAI-ARIA tabs), so one with nothing to tab to still scrolls by keyboard */}
      <div key={current.id} className="side-panel" {...panelRole} tabIndex={0}>
        {current.content}
      </div>
    </div>
  );
}
