// The parts of CodeMirror 6 (and the YAML library) the lesson page uses, bundled by build.sh.
export { EditorView, basicSetup } from "codemirror";
export { EditorState } from "@codemirror/state";
export { yaml } from "@codemirror/lang-yaml";
export { linter, lintGutter, forceLinting } from "@codemirror/lint";
export { autocompletion } from "@codemirror/autocomplete";
// The YAML library reads the lesson for the events form, with each value's place in the text.
export { parseDocument, isMap, isSeq, isScalar } from "yaml";
