// The lesson page: the editor on the left, the pages on the right.
// Every request goes to the server that served this page; the session cookie it set
// proves the page is its own (see lessonpress/serve/guard.py).
"use strict";

const CM = window.LessonpressEditor;
const $ = (selector) => document.querySelector(selector);

const state = {
  lesson: "",       // the lesson's name in the folder
  saved: true,      // whether the editor holds what the file holds
  previewSerial: 0, // the latest preview asked for; older answers are dropped
  editedAt: 0,      // when the text last changed (performance.now())
  recheck: false,   // a choice changed: check and draw again though the text did not
};
window.lessonpressTimings = []; // milliseconds from an edit to its preview, for the benchmark

async function api(path, options = {}) {
  const response = await fetch(path, options);
  const body = response.headers.get("content-type")?.includes("json")
    ? await response.json()
    : { error: await response.text() };
  if (!response.ok) {
    const error = new Error(body.error || response.statusText);
    error.problems = body.problems || [];
    throw error;
  }
  return body;
}

const postJson = (path, values) =>
  api(path, { method: "POST", headers: { "Content-Type": "application/json" },
              body: JSON.stringify(values) });

function choices() {
  return {
    theme: $("#theme").value,
    edition: $("#edition").value,
    poster_size: $("#poster-size").value,
  };
}

function setStatus(text) { $("#status").textContent = text; }

// The editor, its lint source (the server's check) and what follows a change.

let completeKeys = null; // set once the schema has come
// One function for the editor's whole life: completion tells its sources apart by identity.
const completeFromSchema = (context) => completeKeys?.(context) ?? null;
const view = new CM.EditorView({
  parent: $("#editor"),
  extensions: [
    CM.basicSetup,
    CM.yaml(),
    CM.EditorView.lineWrapping,
    CM.EditorState.languageData.of(() => [{ autocomplete: completeFromSchema }]),
    CM.lintGutter(),
    CM.linter(checkLesson, { delay: 300, needsRefresh: takeRecheck }),
    CM.EditorView.updateListener.of((update) => {
      if (update.docChanged && state.lesson) {
        state.saved = false;
        state.editedAt = performance.now();
        $("#save").disabled = false;
        setStatus("Unsaved changes");
      }
    }),
  ],
});
window.lessonpressEditor = view; // for the browser tests and the benchmark

// Each check renders the output on screen and brings its pages: one request per pause.
async function checkLesson(editor) {
  if (!state.lesson) return [];
  const text = editor.state.doc.toString();
  const serial = ++state.previewSerial;
  const editedAt = state.editedAt;
  const preview = document.querySelector("input[name=output]:checked").value;
  $("#preview-note").textContent = "Checking and drawing the pages…";
  let result;
  try {
    result = await postJson("/api/check", { name: state.lesson, text, preview, ...choices() });
  } catch (error) {
    showProblems([{ severity: "error", message: error.message, hint: "", line: null }]);
    return [];
  }
  showProblems(result.problems);
  showPages(result, preview, text, serial, editedAt);
  return result.problems.filter((p) => p.line).map((p) => diagnostic(editor.state.doc, p));
}

function diagnostic(doc, problem) {
  const line = doc.line(Math.min(Math.max(problem.line, 1), doc.lines));
  const from = problem.column ? Math.min(line.from + problem.column - 1, line.to) : line.from;
  const message = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
  return {
    from,
    to: line.to,
    severity: problem.severity,
    message: problem.hint ? `${message}\nHint: ${problem.hint}` : message,
  };
}

function showProblems(problems) {
  const list = $("#problems");
  list.replaceChildren();
  if (!problems.length) {
    list.append(item("none", "No problems: the lesson builds."));
    return;
  }
  for (const problem of problems) {
    const where = problem.line ? `Line ${problem.line}` : problem.file || "Lesson";
    const entry = item(problem.severity, `${where}: ${problem.message}`);
    entry.dataset.line = problem.line || "";
    if (problem.hint) {
      const hint = document.createElement("span");
      hint.className = "hint";
      hint.textContent = ` (${problem.hint})`;
      entry.append(hint);
    }
    if (problem.line) entry.addEventListener("click", () => goToLine(problem.line));
    list.append(entry);
  }
}

function item(className, text) {
  const entry = document.createElement("li");
  entry.className = className;
  entry.textContent = text;
  return entry;
}

function goToLine(number) {
  showView(false);
  const line = view.state.doc.line(Math.min(number, view.state.doc.lines));
  view.dispatch({ selection: { anchor: line.from }, scrollIntoView: true });
  view.focus();
}

function replaceText(text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

// The preview: the pages of one output, replaced when a newer check has drawn them.

async function showPages(result, output, text, serial, editedAt) {
  if (!result.pages || !result.pages.length) {
    $("#preview-note").textContent = result.skipped?.length
      ? `No preview: the ${result.skipped.join("; ")}`
      : "Fix the problems marked in red to bring the pages up to date.";
    $("#pages").classList.add("stale");
    return;
  }
  const pictures = result.pages.map((source, index) => {
    const picture = new Image();
    picture.alt = `${output} page ${index + 1}`;
    picture.src = source;
    return picture;
  });
  await Promise.all(pictures.map((p) => p.decode().catch(() => undefined)));
  if (serial !== state.previewSerial) return;
  $("#pages").replaceChildren(...pictures);
  $("#pages").classList.remove("stale");
  const count = pictures.length === 1 ? "1 page" : `${pictures.length} pages`;
  if (editedAt) {
    const milliseconds = Math.round(performance.now() - editedAt);
    window.lessonpressTimings.push(milliseconds);
    $("#preview-note").textContent = `${count}, ${(milliseconds / 1000).toFixed(2)} s after the edit`;
  } else {
    $("#preview-note").textContent = count;
  }
  window.lessonpressShown = text; // what the pages show, for the tests
}

// CodeMirror lints again only after an edit, or when needsRefresh says so: a choice
// (output, edition, theme) asks for it with an empty update, then runs it at once.
function refreshPreview(measured = false) {
  state.editedAt = measured ? performance.now() : 0;
  state.recheck = true;
  view.dispatch({});
  CM.forceLinting(view);
}

function takeRecheck() {
  const wanted = state.recheck;
  state.recheck = false;
  return wanted;
}

// Lessons in the folder: open, start, save, download.

async function loadFolder(selected = state.lesson) {
  const folder = await api("/api/folder");
  fillSelect($("#lesson"), ["", ...folder.lessons], selected, { "": "(choose a lesson)" });
  fillSelect($("#example"), folder.examples, folder.examples[0]);
  fillSelect($("#theme"), ["", ...folder.themes], $("#theme").value, { "": "(the lesson's own)" });
  for (const select of [$("#heading-font"), $("#body-font")]) {
    fillSelect(select, ["", ...folder.fonts], select.value, { "": "(the theme's)" });
  }
  fillSelect($("#handout-paper"), ["", ...folder.handout_papers], $("#handout-paper").value,
    { "": "(the theme's)", letter: "Letter", a4: "A4", legal: "Legal" });
  return folder;
}

function fillSelect(select, values, selected, labels = {}) {
  select.replaceChildren(...values.map((value) => {
    const option = new Option(labels[value] ?? value, value);
    option.selected = value === selected;
    return option;
  }));
}

async function openLesson(name, text = null) {
  if (!state.saved && !confirm("Leave the unsaved changes?")) {
    $("#lesson").value = state.lesson;
    return;
  }
  state.lesson = "";
  if (text === null) text = name ? (await api(`/api/lessons/${encodeURI(name)}`)).text : "";
  replaceText(text);
  if (!$("#form").hidden) eventsForm.render();
  state.lesson = name;
  state.saved = true;
  state.editedAt = 0;
  $("#save").disabled = true;
  $("#lesson").value = name;
  setStatus(name ? `Opened ${name}` : "");
  $("#pages").replaceChildren();
  if (name) refreshPreview();
}

async function saveLesson() {
  if (!state.lesson) return;
  const query = new URLSearchParams(choices());
  const result = await api(`/api/lessons/${encodeURI(state.lesson)}?${query}`, {
    method: "PUT",
    headers: { "Content-Type": "text/plain; charset=utf-8" },
    body: view.state.doc.toString(),
  });
  state.saved = true;
  $("#save").disabled = true;
  showProblems(result.problems); // of all three outputs, not only the one on screen
  const errors = result.problems.filter((p) => p.severity === "error").length;
  setStatus(errors ? `Saved ${state.lesson}, with problems to fix` : `Saved ${state.lesson}`);
}

async function download(format) {
  if (!state.lesson) return;
  try {
    if (!state.saved) await saveLesson();
    const query = new URLSearchParams({ format, ...choices() });
    // Ask first, so that a lesson with problems says so instead of saving an error page.
    const url = `/api/download/${encodeURI(state.lesson)}?${query}`;
    const response = await fetch(url);
    if (!response.ok) {
      const body = await response.json();
      if (body.problems) showProblems(body.problems);
      throw new Error(body.error);
    }
    const name = downloadName(response.headers.get("content-disposition"));
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    setStatus(`Downloaded ${name}`);
  } catch (error) {
    setStatus(`Not downloaded: ${error.message}`);
  }
}

function downloadName(disposition) {
  const encoded = disposition.match(/filename\*=utf-8''(.+)$/i);
  return encoded ? decodeURIComponent(encoded[1]) : disposition.match(/filename="(.+)"/)[1];
}

async function started(request) {
  $("#start-problems").textContent = "";
  try {
    const lesson = await request;
    state.saved = true;
    await loadFolder(lesson.name);
    await openLesson(lesson.name, lesson.text);
    $("#start-dialog").close();
  } catch (error) {
    const lines = (error.problems || []).map(
      (p) => (p.line ? `Line ${p.line}: ` : "") + p.message + (p.hint ? ` (${p.hint})` : ""));
    $("#start-problems").textContent = [error.message, ...lines].join("\n");
  }
}

// The theme: a picked primary colour becomes a theme file beside the lesson.

const THEME_LINE = /^theme:[^\n]*$/m;

function lessonTheme() {
  const line = view.state.doc.toString().match(THEME_LINE);
  return line ? line[0].replace(/^theme:\s*/, "").replace(/\s+#.*$/, "").replace(/^["']|["']$/g, "") : "";
}

function themeBase() {
  return $("#theme").value || lessonTheme() || "classic";
}

async function changeTheme(request) {
  if (!state.lesson) return;
  try {
    const { theme } = await request;
    setLessonTheme(theme);
    $("#theme").value = "";
    setStatus(`Saved the theme in ${theme}`);
    showThemeSettings();
  } catch (error) {
    setStatus(`Theme not changed: ${error.message}`);
  }
}

// The settings show what the theme in use sets, until the teacher changes one.
async function showThemeSettings() {
  if (!state.lesson || !$("#theme-settings").open) return;
  const query = new URLSearchParams({ name: state.lesson, of: $("#theme").value || lessonTheme() });
  try {
    const current = await api(`/api/theme?${query}`);
    $("#primary").value = current.primary.toLowerCase();
    $("#accent").value = current.accent.toLowerCase();
    for (const [select, font] of [[$("#heading-font"), current.heading_font],
      [$("#body-font"), current.body_font]]) {
      select.value = font;
      if (select.value !== font) select.value = ""; // a font of the theme's own files
    }
    $("#handout-paper").value = current.handout_paper;
    if ($("#handout-paper").value !== current.handout_paper) $("#handout-paper").value = "";
  } catch (error) {
    setStatus(`The theme cannot be read: ${error.message}`);
  }
}

function saveThemeSettings(values) {
  changeTheme(postJson("/api/theme", { name: state.lesson, base: themeBase(), ...values }));
}

function uploadToTheme(kind, input) {
  const [file] = input.files;
  input.value = "";
  if (!file) return;
  const query = new URLSearchParams({ name: state.lesson, base: themeBase() });
  changeTheme(api(`/api/theme/${kind}?${query}`, { method: "POST", body: file }));
}

function setLessonTheme(theme) {
  const text = view.state.doc.toString();
  const wanted = `theme: ${theme}`;
  const line = text.match(THEME_LINE);
  if (line) {
    if (line[0] === wanted) { refreshPreview(true); return; }
    view.dispatch({ changes: { from: line.index, to: line.index + line[0].length, insert: wanted } });
    return;
  }
  const title = text.match(/^title:[^\n]*\n/m);
  const at = title ? title.index + title[0].length : 0;
  view.dispatch({ changes: { from: at, insert: `${wanted}\n` } });
}

// The two views of the lesson: its source, and the events form.

const eventsForm = window.lessonpressEventsForm(CM, view, $("#form"));

function showView(form) {
  $("#editor").hidden = form;
  $("#form").hidden = !form;
  $("#show-source").setAttribute("aria-selected", String(!form));
  $("#show-form").setAttribute("aria-selected", String(form));
  if (form) eventsForm.render();
}

// Wiring.

$("#show-source").addEventListener("click", () => showView(false));
$("#show-form").addEventListener("click", () => showView(true));

$("#lesson").addEventListener("change", (event) => openLesson(event.target.value));
$("#save").addEventListener("click", saveLesson);
$("#start").addEventListener("click", () => $("#start-dialog").showModal());
$("#from-starter").addEventListener("click", () =>
  started(postJson("/api/start", { from: "starter", title: "my-lesson" })));
$("#from-example").addEventListener("click", () =>
  started(postJson("/api/start", { from: "example", example: $("#example").value })));
$("#from-text").addEventListener("click", () =>
  started(api("/api/import?format=text", {
    method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" },
    body: $("#pasted").value,
  })));
$("#sheet").addEventListener("change", (event) => {
  const [file] = event.target.files;
  if (!file) return;
  const title = file.name.replace(/\.[^.]*$/, "");
  started(api(`/api/import?format=timelinejs-csv&title=${encodeURIComponent(title)}`, {
    method: "POST", headers: { "Content-Type": "text/csv" }, body: file,
  }));
  event.target.value = "";
});
for (const control of ["#edition", "#poster-size", "#theme"]) {
  $(control).addEventListener("change", () => refreshPreview(true));
}
for (const radio of document.querySelectorAll("input[name=output]")) {
  radio.addEventListener("change", () => refreshPreview());
}
$("#theme-settings").addEventListener("toggle", showThemeSettings);
$("#theme").addEventListener("change", showThemeSettings);
$("#primary").addEventListener("change", (event) => saveThemeSettings({ primary: event.target.value }));
$("#accent").addEventListener("change", (event) => saveThemeSettings({ accent: event.target.value }));
$("#heading-font").addEventListener("change", (event) => {
  if (event.target.value) saveThemeSettings({ heading_font: event.target.value });
});
$("#body-font").addEventListener("change", (event) => {
  if (event.target.value) saveThemeSettings({ body_font: event.target.value });
});
$("#handout-paper").addEventListener("change", (event) => {
  if (event.target.value) saveThemeSettings({ handout_paper: event.target.value });
});
$("#logo").addEventListener("change", (event) => uploadToTheme("logo", event.target));
$("#template").addEventListener("change", (event) => uploadToTheme("template", event.target));
for (const button of document.querySelectorAll("[data-download]")) {
  button.addEventListener("click", () => download(button.dataset.download));
}
document.addEventListener("keydown", (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); saveLesson(); }
});
window.addEventListener("beforeunload", (event) => { if (!state.saved) event.preventDefault(); });

api("/api/schema").then((schema) => { completeKeys = window.lessonpressCompletion(schema); });
loadFolder().then((folder) => {
  if (folder.lessons.length === 1) openLesson(folder.lessons[0]);
}).catch((error) => setStatus(error.message));
