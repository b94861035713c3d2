import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, indentWithTab } from "@codemirror/commands";
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  foldKeymap,
  indentOnInput,
  syntaxHighlighting,
} from "@codemirror/language";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { Compartment, EditorState, type Extension, Prec } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import type { SessionDoc } from "@mockboard/board/react";
import type { CodeLanguage } from "@mockboard/codepad";
import { yCollab, yUndoManagerKeymap } from "y-codemirror.next";
import * as Y from "yjs";
import { languageSupport } from "./language-support";

export interface CodeEditorOptions {
  parent: HTMLElement;
  text: Y.Text;
  awareness: SessionDoc["awareness"];
  language: CodeLanguage;
  editable: boolean;
  fontSize: number;
  /** Mod-Enter runs the code, Shift-Mod-Enter the tests. */
  onRun: (mode: "run" | "tests") => void;
  /** Reports the selected lines and text (for quoting in notes), or null when nothing is selected. */
  onSelection: (selection: { fromLine: number; toLine: number; text: string } | null) => void;
}

export interface CodeEditor {
  view: EditorView;
  setEditable(editable: boolean): void;
  setFontSize(size: number): void;
  destroy(): void;
}

const fontTheme = (size: number) =>
  EditorView.theme({
    "&": { fontSize: `${size}px` },
    ".cm-content, .cm-gutters": { fontFamily: "var(--mono)" },
  });

const editableState = (editable: boolean): Extension => [
  EditorState.readOnly.of(!editable),
  EditorView.editable.of(editable),
];

/**
 * A CodeMirror 6 editor showing one language's text of the session document, kept in sync by
 * y-codemirror.next: remote carets and selections carry each person's name and colour (from
 * awareness, stamped by the collab server), and undo only ever reverts this person's edits.
 * Its shortcuts stay inside the editor: Tab indents (Escape, then Tab, leaves), Mod-Enter runs.
 */
export function createCodeEditor(options: CodeEditorOptions): CodeEditor {
  const editable = new Compartment();
  const font = new Compartment();
  const undoManager = new Y.UndoManager(options.text);
  const runAs = (mode: "run" | "tests") => () => {
    options.onRun(mode);
    return true;
  };
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text.toString(),
      extensions: [
        Prec.highest(
          keymap.of([
            { key: "Mod-Enter", run: runAs("run") },
            { key: "Shift-Mod-Enter", run: runAs("tests") },
          ]),
        ),
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        foldGutter(),
        drawSelection(),
        indentOnInput(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        keymap.of([
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...searchKeymap,
          ...foldKeymap,
          ...yUndoManagerKeymap,
          indentWithTab,
        ]),
        languageSupport(options.language),
        yCollab(options.text, options.awareness, { undoManager }),
        editable.of(editableState(options.editable)),
        font.of(fontTheme(options.fontSize)),
        // In the tab order even when read-only, so a keyboard can reach and scroll long code.
        EditorView.contentAttributes.of({ "aria-label": "Code", tabindex: "0" }),
        EditorView.updateListener.of((update) => {
          if (!update.selectionSet && !update.docChanged) return;
          const range = update.state.selection.main;
          if (range.empty) return options.onSelection(null);
          const doc = update.state.doc;
          options.onSelection({
            fromLine: doc.lineAt(range.from).number,
            toLine: doc.lineAt(range.to).number,
            text: doc.sliceString(range.from, range.to),
          });
        }),
      ],
    }),
  });
  return {
    view,
    setEditable: (value) => view.dispatch({ effects: editable.reconfigure(editableState(value)) }),
    setFontSize: (size) => view.dispatch({ effects: font.reconfigure(fontTheme(size)) }),
    destroy() {
      view.destroy();
      undoManager.destroy();
    },
  };
}
