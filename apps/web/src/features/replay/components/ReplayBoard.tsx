"use client";

import { bindStoreToDoc } from "@mockboard/board";
import { boardShapeUtils, ComponentShapeUtil } from "@mockboard/board/react";
import { getAssetUrls } from "@tldraw/assets/selfHosted";
import { useEffect, useState } from "react";
import { createTLStore, defaultBindingUtils, type Editor, type TLUiAssetUrlOverrides, Tldraw } from "tldraw";
import "tldraw/tldraw.css";
import type * as Y from "yjs";

/** The board kit's shape beside tldraw's, so kit components replay like any shape. */
const shapeUtils = [ComponentShapeUtil];

const selfHosted = getAssetUrls({ baseUrl: "/tldraw-assets" });
/** The room's self-hosted assets, without the embed icons a board never shows. */
const assetUrls: TLUiAssetUrlOverrides = {
  ...selfHosted,
  embedIcons: Object.fromEntries(Object.keys(selfHosted.embedIcons).map((type) => [type, ""])),
};

interface Props {
  /** The doc the history keeps at the playhead; replaced on backward moves. */
  doc: Y.Doc;
  licenseKey: string | undefined;
  onEditor(editor: Editor): void;
}

/**
 * The board at the playhead: a read-only tldraw over the room's own binding in read-only
 * mode. The camera is the viewer's (instance state, not the document), so it stays put
 * while the board changes under it.
 */
export default function ReplayBoard({ doc, licenseKey, onEditor }: Props) {
  const [store] = useState(() =>
    createTLStore({ shapeUtils: boardShapeUtils, bindingUtils: defaultBindingUtils }),
  );
  const [error, setError] = useState<string>();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  useEffect(() => {
    const binding = bindStoreToDoc(store, doc, { readOnly: true });
    try {
      binding.loadFromDoc();
    } catch (cause) {
      setError((cause as Error).message);
    }
    return () => binding.dispose();
  }, [store, doc]);

  if (error)
    return (
      <div className="replay-message alert alert-error" role="alert">
        {error}
      </div>
    );
  if (!mounted)
    return (
      <div className="replay-message" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the board…
      </div>
    );
  return (
    <Tldraw
      store={store}
      shapeUtils={shapeUtils}
      assetUrls={assetUrls}
      locale="en"
      licenseKey={licenseKey}
      onMount={(editor) => {
        editor.updateInstanceState({ isReadonly: true });
        editor.zoomToFit();
        onEditor(editor);
      }}
    />
  );
}
