import type { TLDefaultSizeStyle, TLRichText } from "@tldraw/tlschema";
import {
  BaseBoxShapeUtil,
  Box,
  getColorValue,
  getFontFamily,
  getFontsFromRichText,
  HTMLContainer,
  RichTextLabel,
  RichTextSVG,
  renderHtmlFromRichTextForMeasurement,
  renderPlaintextFromRichText,
  resizeBox,
  SVGContainer,
  type SvgExportContext,
  type TLResizeInfo,
  toRichText,
  useColorMode,
  useEditor,
  useValue,
} from "tldraw";
import { componentColor, componentEntry } from "../../kit/catalogue";
import {
  COMPONENT_DEFAULT_SIZE,
  COMPONENT_MIN_SIZE,
  COMPONENT_PADDING,
  componentHeightFor,
  componentLayout,
} from "../../kit/layout";
import {
  COMPONENT_SHAPE_TYPE,
  type ComponentShape,
  componentShapeMigrations,
  componentShapeProps,
} from "../../schema/component-shape";
import { ComponentIcon } from "./ComponentIcon";

/** Label font sizes: a step smaller than a box's, since a component's label sits under an icon. */
const LABEL_SIZES: Record<TLDefaultSizeStyle, number> = { s: 13, m: 16, l: 20, xl: 26 };
const STROKE_WIDTHS: Record<TLDefaultSizeStyle, number> = { s: 1.5, m: 2, l: 3, xl: 4 };
const LINE_HEIGHT = 1.25;
const CORNER = 10;

const isEmpty = (richText: TLRichText) =>
  richText.content.length === 0 ||
  (richText.content.length === 1 && !(richText.content[0] as { content?: unknown[] }).content?.length);

/** The outline: a rounded card, or a cylinder for a database. */
function outlinePath(shape: ComponentShape, capHeight: number): string {
  const { w, h } = shape.props;
  if (!capHeight) {
    const r = Math.min(CORNER, w / 4, h / 4);
    return `M${r},0 H${w - r} A${r},${r} 0 0 1 ${w},${r} V${h - r} A${r},${r} 0 0 1 ${w - r},${h} H${r} A${r},${r} 0 0 1 0,${h - r} V${r} A${r},${r} 0 0 1 ${r},0 Z`;
  }
  const rx = w / 2;
  return `M0,${capHeight} A${rx},${capHeight} 0 0 1 ${w},${capHeight} V${h - capHeight} A${rx},${capHeight} 0 0 1 0,${h - capHeight} Z`;
}

/** The front rim of a cylinder's top, drawn over its body. */
const rimPath = (w: number, capHeight: number) =>
  `M0,${capHeight} A${w / 2},${capHeight} 0 0 0 ${w},${capHeight}`;

/**
 * A system-design building block on the board: an outline in its family's colour, its icon
 * and an editable label under it. Resizable, and arrows bind to it like to any box.
 */
export class ComponentShapeUtil extends BaseBoxShapeUtil<ComponentShape> {
  static override type = COMPONENT_SHAPE_TYPE;
  static override props = componentShapeProps;
  static override migrations = componentShapeMigrations;

  /** Measured label heights, per label and the settings it was measured with. */
  private labelHeights = new WeakMap<TLRichText, { key: string; height: number }>();

  override getDefaultProps(): ComponentShape["props"] {
    return {
      kind: "service",
      ...COMPONENT_DEFAULT_SIZE,
      color: componentColor("service"),
      size: "m",
      font: "draw",
      richText: toRichText(componentEntry("service").name),
    };
  }

  override canEdit() {
    return true;
  }

  override getText(shape: ComponentShape) {
    return renderPlaintextFromRichText(this.editor, shape.props.richText);
  }

  /** Read aloud as what it is and what it is called: "Cache: session store". */
  override getAriaDescriptor(shape: ComponentShape) {
    const label = this.getText(shape).trim();
    const name = componentEntry(shape.props.kind).name;
    return label && label !== name ? `${name}: ${label}` : name;
  }

  override getFontFaces(shape: ComponentShape) {
    return getFontsFromRichText(this.editor, shape.props.richText, {
      family: `tldraw_${shape.props.font}`,
      weight: "normal",
      style: "normal",
    });
  }

  labelFont(shape: ComponentShape) {
    return {
      fontFamily: getFontFamily(this.editor.getCurrentTheme(), shape.props.font),
      fontSize: LABEL_SIZES[shape.props.size],
    };
  }

  /** The label's height with its padding, wrapped to the component's width. */
  labelHeight(shape: ComponentShape): number {
    const { richText, w, font, size } = shape.props;
    if (isEmpty(richText)) return COMPONENT_PADDING;
    const key = `${w}|${font}|${size}`;
    const cached = this.labelHeights.get(richText);
    if (cached?.key === key) return cached.height;
    const measured = this.editor.textMeasure.measureHtml(
      renderHtmlFromRichTextForMeasurement(this.editor, richText),
      {
        ...this.labelFont(shape),
        lineHeight: LINE_HEIGHT,
        fontStyle: "normal",
        fontWeight: "normal",
        padding: "0px",
        maxWidth: Math.max(1, w - COMPONENT_PADDING * 2),
      },
    );
    const height = Math.ceil(measured.h) + COMPONENT_PADDING * 2;
    this.labelHeights.set(richText, { key, height });
    return height;
  }

  /** A label that no longer fits above the bottom edge makes the component taller. */
  private fitLabel(shape: ComponentShape): ComponentShape {
    const needed = componentHeightFor(shape.props.kind, this.labelHeight(shape));
    return shape.props.h >= needed ? shape : { ...shape, props: { ...shape.props, h: needed } };
  }

  override onBeforeCreate(shape: ComponentShape) {
    return this.fitLabel(shape);
  }

  override onBeforeUpdate(prev: ComponentShape, next: ComponentShape) {
    const a = prev.props;
    const b = next.props;
    if (a.richText === b.richText && a.w === b.w && a.font === b.font && a.size === b.size) return;
    return this.fitLabel(next);
  }

  override onResize(shape: ComponentShape, info: TLResizeInfo<ComponentShape>) {
    return resizeBox(shape, info, { minWidth: COMPONENT_MIN_SIZE.w, minHeight: COMPONENT_MIN_SIZE.h });
  }

  colors(shape: ComponentShape, colorMode: "light" | "dark") {
    const colors = this.editor.getCurrentTheme().colors[colorMode];
    return {
      stroke: getColorValue(colors, shape.props.color, "solid"),
      fill: getColorValue(colors, shape.props.color, "semi"),
      label: getColorValue(colors, "black", "solid"),
    };
  }

  /** Outline and icon, shared by the canvas and exports. */
  drawing(shape: ComponentShape, colorMode: "light" | "dark") {
    const { w, h, kind, size } = shape.props;
    const layout = componentLayout(kind, w, h, this.labelHeight(shape));
    const colors = this.colors(shape, colorMode);
    const strokeWidth = STROKE_WIDTHS[size];
    return (
      <>
        <path
          d={outlinePath(shape, layout.capHeight)}
          fill={colors.fill}
          stroke={colors.stroke}
          strokeWidth={strokeWidth}
          strokeLinejoin="round"
        />
        {layout.capHeight ? (
          <path
            d={rimPath(w, layout.capHeight)}
            fill="none"
            stroke={colors.stroke}
            strokeWidth={strokeWidth}
          />
        ) : null}
        {layout.icon.size >= 12 ? (
          <ComponentIcon
            kind={kind}
            x={layout.icon.x}
            y={layout.icon.y}
            size={layout.icon.size}
            color={colors.stroke}
            // Lucide draws in a 24-unit box: about the outline's width once scaled.
            strokeWidth={Math.max(0.75, Math.min(2.5, (strokeWidth * 1.1 * 24) / layout.icon.size))}
          />
        ) : null}
      </>
    );
  }

  component(shape: ComponentShape) {
    return <ComponentOnCanvas util={this} shape={shape} />;
  }

  override getIndicatorPath(shape: ComponentShape) {
    const layout = componentLayout(shape.props.kind, shape.props.w, shape.props.h, 0);
    return new Path2D(outlinePath(shape, layout.capHeight));
  }

  override toSvg(shape: ComponentShape, ctx: SvgExportContext) {
    const { w, h, richText } = shape.props;
    const font = this.labelFont(shape);
    return (
      <>
        {this.drawing(shape, ctx.colorMode)}
        {isEmpty(richText) ? null : (
          <RichTextSVG
            bounds={new Box(0, 0, w, h)}
            richText={richText}
            fontFamily={font.fontFamily}
            fontSize={font.fontSize}
            lineHeight={LINE_HEIGHT}
            textAlign="center"
            verticalAlign="end"
            padding={COMPONENT_PADDING}
            labelColor={this.colors(shape, ctx.colorMode).label}
            wrap
          />
        )}
      </>
    );
  }
}

/** A component as the canvas shows it: its drawing and its label, editable in place. */
function ComponentOnCanvas({ util, shape }: { util: ComponentShapeUtil; shape: ComponentShape }) {
  const editor = useEditor();
  const colorMode = useColorMode();
  const isOnlySelected = useValue("component selected", () => editor.getOnlySelectedShapeId() === shape.id, [
    editor,
    shape.id,
  ]);
  const { w, h, richText } = shape.props;
  const font = util.labelFont(shape);
  return (
    <>
      <SVGContainer>{util.drawing(shape, colorMode)}</SVGContainer>
      <HTMLContainer style={{ width: w, height: h, overflow: "hidden" }}>
        <RichTextLabel
          shapeId={shape.id}
          type={COMPONENT_SHAPE_TYPE}
          richText={richText}
          fontFamily={font.fontFamily}
          fontSize={font.fontSize}
          lineHeight={LINE_HEIGHT}
          textAlign="center"
          verticalAlign="end"
          padding={COMPONENT_PADDING}
          labelColor={util.colors(shape, colorMode).label}
          isSelected={isOnlySelected}
          wrap
        />
      </HTMLContainer>
    </>
  );
}
