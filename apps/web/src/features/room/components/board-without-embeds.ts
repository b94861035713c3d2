import { EmbedShapeUtil, type TLAnyShapeUtilConstructor, type TLUiOverrides } from "tldraw";

// The page's Content-Security-Policy has `frame-src 'none'`, so a tldraw embed (YouTube,
// Figma, Google Maps...) can never render: it would be an empty frame on everyone's board.
// The board knows no embeds instead: a pasted or dropped link becomes a bookmark, and the
// ways to ask for an embed (the "Insert embed" menu entry, its Cmd/Ctrl+I shortcut, the
// embed tool) are gone. Both are module constants: tldraw wants them stable.

/** The embed shape with no definitions: no URL is recognised as an embed. */
export const shapeUtilsWithoutEmbeds: TLAnyShapeUtilConstructor[] = [
  EmbedShapeUtil.configure({ embedDefinitions: [] }),
];

export const overridesWithoutEmbeds: TLUiOverrides = {
  actions(_editor, actions) {
    const { "insert-embed": _insertEmbed, ...rest } = actions;
    return rest;
  },
  tools(_editor, tools) {
    const { embed: _embed, ...rest } = tools;
    return rest;
  },
};
