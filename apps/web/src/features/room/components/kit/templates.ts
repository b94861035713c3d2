import type { TemplateId } from "@mockboard/board/kit";
import {
  createShapeId,
  type TLCreateShapePartial,
  type TLFrameShape,
  type TLGeoShape,
  type TLRichText,
  type TLShapeId,
  type TLTextShape,
  toRichText,
} from "tldraw";

// Templates are frames of tldraw's own shapes (boxes with labels, a line of text), so they
// need no schema of their own: every board, the replay and the collab server know them.
// Each cell is an ordinary box: double-click (or select and press Enter) to fill it in.

/** Lines of a label, the first in bold (a table header, an entity's name). */
function titled(title: string, lines: string[]): TLRichText {
  return {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: title, marks: [{ type: "bold" }] }] },
      ...lines.map((text) =>
        text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" },
      ),
    ],
  };
}

type Cell = {
  x: number;
  y: number;
  w: number;
  h: number;
  richText: TLRichText;
  header?: boolean;
  mono?: boolean;
};

function cell(frameId: TLShapeId, c: Cell): TLCreateShapePartial<TLGeoShape> {
  return {
    id: createShapeId(),
    type: "geo",
    parentId: frameId,
    x: c.x,
    y: c.y,
    props: {
      geo: "rectangle",
      w: c.w,
      h: c.h,
      richText: c.richText,
      size: "s",
      dash: "solid",
      color: "grey",
      labelColor: "black",
      fill: c.header ? "semi" : "none",
      align: "start",
      verticalAlign: c.mono ? "start" : "middle",
      ...(c.mono ? { font: "mono" as const } : {}),
    },
  };
}

function note(
  frameId: TLShapeId,
  x: number,
  y: number,
  w: number,
  text: string,
): TLCreateShapePartial<TLTextShape> {
  return {
    id: createShapeId(),
    type: "text",
    parentId: frameId,
    x,
    y,
    props: { richText: toRichText(text), size: "s", color: "grey", autoSize: false, w, textAlign: "start" },
  };
}

interface Template {
  name: string;
  w: number;
  h: number;
  cells(frameId: TLShapeId): TLCreateShapePartial[];
}

const PAD = 20;

// Short enough for one line of the cell at the template's size, in the widest font (headers
// are bold: keep them shorter still).
const CAPACITY_ROWS = [
  "Daily active users",
  "Requests / s (avg, peak)",
  "Reads : writes",
  "Storage (size × rate × time)",
  "Bandwidth (in, out)",
  "Cache (hot set)",
];
const ROW = 52;

const TEMPLATES: Record<TemplateId, Template> = {
  "capacity-estimate": {
    name: "Capacity estimate",
    w: 640,
    h: PAD * 2 + ROW * (CAPACITY_ROWS.length + 1) + 60,
    cells: (frameId) => [
      cell(frameId, { x: PAD, y: PAD, w: 300, h: ROW, header: true, richText: toRichText("Quantity") }),
      cell(frameId, {
        x: PAD + 300,
        y: PAD,
        w: 300,
        h: ROW,
        header: true,
        richText: toRichText("Estimate (show working)"),
      }),
      ...CAPACITY_ROWS.flatMap((label, row) => [
        cell(frameId, { x: PAD, y: PAD + ROW * (row + 1), w: 300, h: ROW, richText: toRichText(label) }),
        cell(frameId, { x: PAD + 300, y: PAD + ROW * (row + 1), w: 300, h: ROW, richText: toRichText("") }),
      ]),
      note(
        frameId,
        PAD,
        PAD + ROW * (CAPACITY_ROWS.length + 1) + 12,
        600,
        "1 day ≈ 86,400 s ≈ 10⁵ s · 1 million a day ≈ 12 a second · 1 KB × 1 billion = 1 TB",
      ),
    ],
  },
  "api-sketch": {
    name: "API sketch",
    w: 560,
    h: PAD * 2 + 3 * 84 + 48,
    cells: (frameId) => [
      ...[
        titled("POST /v1/{resources}", ["{ … } → 201 { id }"]),
        titled("GET /v1/{resources}/{id}", ["→ 200 { … } · 404"]),
        titled("GET /v1/{resources}?cursor=…&limit=…", ["→ 200 { items, next_cursor }"]),
      ].map((richText, row) =>
        cell(frameId, { x: PAD, y: PAD + row * 84, w: 520, h: 72, richText, mono: true }),
      ),
      note(frameId, PAD, PAD + 3 * 84 + 4, 520, "Who may call it · errors · limits · retries"),
    ],
  },
  "data-model": {
    name: "Data model",
    w: 600,
    h: PAD * 2 + 170 + 48,
    cells: (frameId) => [
      cell(frameId, {
        x: PAD,
        y: PAD,
        w: 260,
        h: 170,
        mono: true,
        richText: titled("users", ["id       PK", "name", "created_at"]),
      }),
      cell(frameId, {
        x: PAD + 300,
        y: PAD,
        w: 260,
        h: 170,
        mono: true,
        richText: titled("items", ["id       PK", "user_id  FK → users", "created_at"]),
      }),
      note(
        frameId,
        PAD,
        PAD + 170 + 12,
        560,
        "Read and write paths · indexes · how it splits across machines",
      ),
    ],
  },
};

/** The shapes of a template whose top-left corner is at `x`, `y`: a named frame, then its cells. */
export function templateShapes(template: TemplateId, x: number, y: number): TLCreateShapePartial[] {
  const { name, w, h, cells } = TEMPLATES[template];
  const frameId = createShapeId();
  const frame: TLCreateShapePartial<TLFrameShape> = {
    id: frameId,
    type: "frame",
    x,
    y,
    props: { name, w, h },
  };
  return [frame, ...cells(frameId)];
}

export function templateSize(template: TemplateId): { w: number; h: number } {
  const { w, h } = TEMPLATES[template];
  return { w, h };
}
