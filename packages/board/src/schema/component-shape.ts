import {
  createShapePropsMigrationSequence,
  DefaultColorStyle,
  DefaultFontStyle,
  DefaultSizeStyle,
  type RecordProps,
  richTextValidator,
  type TLBaseShape,
  type TLDefaultColorStyle,
  type TLDefaultFontStyle,
  type TLDefaultSizeStyle,
  type TLRichText,
} from "@tldraw/tlschema";
import { T } from "@tldraw/validate";
import { COMPONENT_KINDS, type ComponentKind } from "../kit/catalogue";

/**
 * A building block of a system design (a load balancer, a cache...): one record holding
 * which component it is, its box and its label. The definition the browser, the replay
 * and the collab server all validate with.
 */
export const COMPONENT_SHAPE_TYPE = "system-component";

export interface ComponentShapeProps {
  kind: ComponentKind;
  w: number;
  h: number;
  color: TLDefaultColorStyle;
  size: TLDefaultSizeStyle;
  font: TLDefaultFontStyle;
  richText: TLRichText;
}

declare module "@tldraw/tlschema" {
  interface TLGlobalShapePropsMap {
    [COMPONENT_SHAPE_TYPE]: ComponentShapeProps;
  }
}

export type ComponentShape = TLBaseShape<typeof COMPONENT_SHAPE_TYPE, ComponentShapeProps>;

export const componentShapeProps: RecordProps<ComponentShape> = {
  kind: T.literalEnum(...COMPONENT_KINDS),
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  // tldraw's own style props: the style panel and "styles for the next shape" apply to it.
  color: DefaultColorStyle,
  size: DefaultSizeStyle,
  font: DefaultFontStyle,
  richText: richTextValidator,
};

/**
 * Version 0: the shape as first shipped. A change to the props gets a migration here (ids
 * from createShapePropsMigrationIds), never an edit of the validators alone: boards keep
 * their records for good.
 */
export const componentShapeMigrations = createShapePropsMigrationSequence({ sequence: [] });
