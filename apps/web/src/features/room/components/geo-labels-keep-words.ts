import {
  GeoShapeUtil,
  type GeoShapeUtilDisplayValues,
  getDisplayValues,
  renderPlaintextFromRichText,
  type TLGeoShape,
} from "tldraw";

/**
 * Boxes whose label never breaks a word: tldraw wraps a label to its box and breaks a word
 * that is wider than the box ("Candidat / e"). Here a box narrower than its label's
 * longest word widens to fit it, the way tldraw already grows a box's height to fit its lines.
 */
export class GeoShapeUtilKeepingWords extends GeoShapeUtil {
  override onBeforeCreate(shape: TLGeoShape) {
    return this.fitLongestWord(super.onBeforeCreate(shape) ?? shape);
  }

  override onBeforeUpdate(prev: TLGeoShape, next: TLGeoShape) {
    const updated = super.onBeforeUpdate(prev, next) ?? next;
    const { props } = updated;
    // Only a new label, width, font or size can make a word stop fitting: skip moves and colours.
    if (
      props.richText === prev.props.richText &&
      props.w === prev.props.w &&
      props.font === prev.props.font &&
      props.size === prev.props.size &&
      props.scale === prev.props.scale
    )
      return updated;
    return this.fitLongestWord(updated);
  }

  private fitLongestWord(shape: TLGeoShape): TLGeoShape {
    const words = renderPlaintextFromRichText(this.editor, shape.props.richText).split(/\s+/).filter(Boolean);
    if (!words.length) return shape;
    const dv = getDisplayValues<TLGeoShape, GeoShapeUtilDisplayValues>(this, shape);
    let widest = 0;
    for (const word of new Set(words)) {
      const { w } = this.editor.textMeasure.measureText(word, {
        fontFamily: dv.labelFontFamily,
        fontSize: dv.labelFontSize,
        lineHeight: dv.labelLineHeight,
        fontStyle: "normal",
        fontWeight: "normal",
        padding: "0px",
        maxWidth: null,
      });
      widest = Math.max(widest, w);
    }
    // One pixel of slack: measured widths are fractional and the label rounds.
    const needed = (Math.ceil(widest) + 1 + dv.labelPadding * 2) * shape.props.scale;
    return shape.props.w >= needed ? shape : { ...shape, props: { ...shape.props, w: needed } };
  }
}
