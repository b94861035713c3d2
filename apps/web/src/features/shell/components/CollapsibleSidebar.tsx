"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * The sidebar: always open on wide screens; on narrow ones a bar with the brand and a
 * menu button that opens the navigation over the page (closed again by choosing a page,
 * Escape, or the button).
 */
export function CollapsibleSidebar({ brand, children }: { brand: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const button = useRef<HTMLButtonElement>(null);
  const [shownFor, setShownFor] = useState(pathname);

  // A new page closes the menu (state adjusted during render, as React recommends).
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <aside className="sidebar" data-open={open ? "true" : "false"}>
      <div className="sidebar-bar">
        {brand}
        <button
          ref={button}
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls="app-menu"
          onClick={() => setOpen((value) => !value)}
        >
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
            {open ? (
              <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            ) : (
              <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            )}
          </svg>
          Menu
        </button>
      </div>
      <div className="sidebar-body" id="app-menu">
        {children}
      </div>
    </aside>
  );
}
