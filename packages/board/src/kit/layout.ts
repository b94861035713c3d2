import type { ComponentKind } from "./catalogue";

/** A database is a cylinder (its icon says which kind); every other component is a card. */
export type ComponentBody = "card" | "cylinder";

export function componentBody(kind: ComponentKind): ComponentBody {
  return kind === "sql-database" || kind === "nosql-database" ? "cylinder" : "card";
}

/** Room around the icon and the label, inside the outline. */
export const COMPONENT_PADDING = 10;
/** The smallest box a component can be resized to: an icon and one short line still fit. */
export const COMPONENT_MIN_SIZE = { w: 72, h: 72 };
/** The size a new component gets. */
export const COMPONENT_DEFAULT_SIZE = { w: 160, h: 120 };
/** The icon never shrinks below this, so a long label grows the box instead. */
const MIN_ICON = 28;

export interface ComponentLayout {
  body: ComponentBody;
  /** Height of a cylinder's top ellipse (0 for a card). */
  capHeight: number;
  icon: { x: number; y: number; size: number };
}

/**
 * Where the icon goes in a w x h component whose label (padding included) is labelHeight
 * tall at the bottom: centred in the space above the label, as large as fits.
 */
export function componentLayout(
  kind: ComponentKind,
  w: number,
  h: number,
  labelHeight: number,
): ComponentLayout {
  const body = componentBody(kind);
  const capHeight = body === "cylinder" ? Math.min(16, h * 0.12) : 0;
  const top = capHeight * 2 + COMPONENT_PADDING * 0.6;
  const bottom = h - Math.max(labelHeight, COMPONENT_PADDING);
  const size = Math.max(
    0,
    Math.min(bottom - top - COMPONENT_PADDING * 0.4, w - COMPONENT_PADDING * 2, w * 0.55),
  );
  return {
    body,
    capHeight,
    icon: { x: (w - size) / 2, y: top + (bottom - top - size) / 2, size },
  };
}

/** The height a component needs so that its icon keeps a readable size above a label this tall. */
export function componentHeightFor(kind: ComponentKind, labelHeight: number): number {
  const capHeight = componentBody(kind) === "cylinder" ? 16 : 0;
  return Math.ceil(capHeight * 2 + COMPONENT_PADDING + MIN_ICON + labelHeight);
}
