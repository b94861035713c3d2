import { AssetRecordType, type Editor, getHashForString, type TLAsset } from "tldraw";

/**
 * A pasted link becomes a bookmark titled with its address. tldraw's default fetches the
 * page from every viewer's browser to read its title and picture; the Content-Security-
 * Policy refuses that (connect-src), which showed "Couldn't load URL preview" on each paste,
 * and a board should not make its viewers' browsers visit whatever a peer pasted anyway.
 */
export function registerBookmarksWithoutPreview(editor: Editor): void {
  editor.registerExternalAssetHandler(
    "url",
    async ({ url }): Promise<TLAsset> => ({
      id: AssetRecordType.createId(getHashForString(url)),
      typeName: "asset",
      type: "bookmark",
      props: { src: url, title: url, description: "", image: "", favicon: "" },
      meta: {},
    }),
  );
}
