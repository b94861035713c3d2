"use client";

import {
  ArrowDownToolbarItem,
  ArrowLeftToolbarItem,
  ArrowRightToolbarItem,
  ArrowToolbarItem,
  ArrowUpToolbarItem,
  AssetToolbarItem,
  CheckBoxToolbarItem,
  CloudToolbarItem,
  DefaultToolbar,
  type DefaultToolbarProps,
  DiamondToolbarItem,
  DrawToolbarItem,
  EllipseToolbarItem,
  EraserToolbarItem,
  FrameToolbarItem,
  HandToolbarItem,
  HeartToolbarItem,
  HexagonToolbarItem,
  HighlightToolbarItem,
  LaserToolbarItem,
  LineToolbarItem,
  NoteToolbarItem,
  OvalToolbarItem,
  RectangleToolbarItem,
  RhombusToolbarItem,
  SelectToolbarItem,
  StarToolbarItem,
  TextToolbarItem,
  TriangleToolbarItem,
  XBoxToolbarItem,
} from "tldraw";

/**
 * tldraw's toolbar with the tools an interview sketch is made of first: a narrow screen
 * shows only the first few and folds the rest into a menu, and tldraw's own order put the
 * rectangle ninth, out of reach on a phone. Same tools, same menu, another order.
 */
export function BoardToolbar(props: DefaultToolbarProps) {
  return (
    <DefaultToolbar {...props}>
      <SelectToolbarItem />
      <HandToolbarItem />
      <DrawToolbarItem />
      <RectangleToolbarItem />
      <ArrowToolbarItem />
      <TextToolbarItem />
      <EraserToolbarItem />
      <NoteToolbarItem />
      <EllipseToolbarItem />
      <AssetToolbarItem />
      <DiamondToolbarItem />
      <TriangleToolbarItem />
      <HexagonToolbarItem />
      <OvalToolbarItem />
      <RhombusToolbarItem />
      <StarToolbarItem />
      <CloudToolbarItem />
      <HeartToolbarItem />
      <XBoxToolbarItem />
      <CheckBoxToolbarItem />
      <ArrowLeftToolbarItem />
      <ArrowUpToolbarItem />
      <ArrowDownToolbarItem />
      <ArrowRightToolbarItem />
      <LineToolbarItem />
      <HighlightToolbarItem />
      <LaserToolbarItem />
      <FrameToolbarItem />
    </DefaultToolbar>
  );
}
