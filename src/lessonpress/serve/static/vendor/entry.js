// The parts of CodeMirror 6 the lesson page uses, bundled into one script by build.sh.
export { EditorView, basicSetup } from "codemirror";
export { EditorState } from "@codemirror/state";
export { yaml } from "@codemirror/lang-yaml";
export { linter, lintGutter, forceLinting } from "@codemirror/lint";
export { autocompletion } from "@codemirror/autocomplete";
