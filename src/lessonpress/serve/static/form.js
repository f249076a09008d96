// The events form: each event's main fields as inputs, for those who prefer them to
// the source. A change replaces only that value in the lesson's text, where it is, so
// every comment and line around it stays as the teacher wrote it.
"use strict";

window.lessonpressEventsForm = (CM, view, container) => {
  const FIELDS = [
    { key: "title", label: "Title", kind: "line" },
    { key: "date", label: "Date", kind: "line", hint: "1917, March 1917, c. 1850, 1939 - 1941…" },
    { key: "category", label: "Category", kind: "category" },
    { key: "text", label: "What happened", kind: "block" },
    { key: "significance", label: "Why it matters", kind: "block" },
    { key: "highlight", label: "Key event", kind: "check" },
  ];
  const RESERVED = /^(true|false|yes|no|on|off|null|~)$/i;
  const WRAP_AT = 88;

  const text = () => view.state.doc.toString();
  const column = (source, offset) => offset - (source.lastIndexOf("\n", offset - 1) + 1);
  const endOf = (source, node) => {
    let end = node.range[1];
    while (end > node.range[0] && /\s/.test(source[end - 1])) end--;
    return end;
  };

  // A long paragraph as a folded block, wrapped as the importer wraps it.
  function folded(value, indent) {
    const lines = [];
    let line = "";
    for (const word of value.trim().split(/\s+/)) {
      if (line && indent + line.length + 1 + word.length > WRAP_AT) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
    return ">-\n" + lines.map((l) => " ".repeat(indent) + l).join("\n");
  }

  function serialize(value, kind, keyColumn) {
    if (kind === "check") return value ? "true" : "false";
    if (kind === "block" && value.includes("\n")) {
      const indent = " ".repeat(keyColumn + 2);
      return "|-\n" + value.split("\n").map((line) => (line ? indent + line : "")).join("\n");
    }
    if (kind === "block" && keyColumn + value.length > WRAP_AT) return folded(value, keyColumn + 2);
    const line = value.replace(/\s*\n\s*/g, " ");
    const plain = /^[A-Za-z0-9(][^\n]*$/.test(line) && !/: | #|:$/.test(line)
      && !RESERVED.test(line) && line.trim() === line;
    return plain ? line : JSON.stringify(line);
  }

  function events(source) {
    const doc = CM.parseDocument(source);
    if (doc.errors.length) return { error: "the file has a mistake the form cannot read past" };
    const seq = doc.get("events", true);
    if (seq !== undefined && !CM.isSeq(seq)) return { error: "the events are not a list" };
    return { doc, seq, categories: Object.keys(doc.toJS()?.categories || {}) };
  }

  function write(index, field, value) {
    const source = text();
    const { seq, error } = events(source);
    const item = seq?.items[index];
    if (error || !CM.isMap(item)) return;
    const keyColumn = column(source, item.items[0].key.range[0]);
    const serialized = serialize(value, field.kind, keyColumn);
    const pair = item.items.find((p) => p.key?.value === field.key);
    if (pair?.value?.range) {
      const [from, to] = pair.value.range;
      const trailing = source.slice(from, to).match(/\s*$/)[0];
      view.dispatch({ changes: { from, to, insert: serialized + trailing } });
    } else {
      const at = endOf(source, item.items.at(-1).value ?? item.items.at(-1).key);
      const insert = `\n${" ".repeat(keyColumn)}${field.key}: ${serialized}`;
      view.dispatch({ changes: { from: at, insert } });
    }
  }

  function addEvent() {
    const source = text();
    const { seq, error } = events(source);
    if (error) return;
    const last = seq?.items.at(-1);
    if (!CM.isMap(last)) {
      const block = "\nevents:\n  - title: A new event\n    date: 1900\n";
      view.dispatch({ changes: { from: source.length, insert: block } });
    } else {
      const keyColumn = column(source, last.items[0].key.range[0]);
      const date = last.get("date", true);
      const dateText = date ? source.slice(date.range[0], endOf(source, date)) : "1900";
      const insert = `\n\n${" ".repeat(keyColumn - 2)}- title: A new event\n`
        + `${" ".repeat(keyColumn)}date: ${dateText}`;
      view.dispatch({ changes: { from: endOf(source, last), insert } });
    }
    render();
    container.querySelector(".event:last-of-type input")?.focus();
  }

  function input(field, value, categories, onChange) {
    let control;
    if (field.kind === "block") {
      control = document.createElement("textarea");
      control.rows = 3;
      control.value = value ?? "";
    } else if (field.kind === "check") {
      control = document.createElement("input");
      control.type = "checkbox";
      control.checked = value === true;
    } else if (field.kind === "category" && categories.length) {
      control = document.createElement("select");
      control.append(new Option("(none)", ""), ...categories.map((c) => new Option(c, c)));
      control.value = value ?? "";
    } else {
      control = document.createElement("input");
      control.value = value ?? "";
      if (field.hint) control.placeholder = field.hint;
    }
    control.name = field.key;
    control.addEventListener("change", () =>
      onChange(field.kind === "check" ? control.checked : control.value));
    const label = document.createElement("label");
    label.append(field.label, control);
    return label;
  }

  function render() {
    const { seq, categories, error } = events(text());
    container.replaceChildren();
    const note = document.createElement("p");
    if (error) {
      note.textContent = `The form cannot show the events: ${error}. Fix it in the source.`;
      container.append(note);
      return;
    }
    note.textContent = "Each change goes into the lesson's text at once; the rest of the file stays as it is.";
    container.append(note);
    (seq?.items || []).forEach((item, index) => {
      const card = document.createElement("fieldset");
      card.className = "event";
      const legend = document.createElement("legend");
      legend.textContent = `Event ${index + 1}`;
      card.append(legend);
      if (!CM.isMap(item)) {
        card.append("This event is written in a way the form cannot edit; use the source.");
      } else {
        const values = item.toJSON();
        for (const field of FIELDS) {
          const value = field.kind === "check" || values[field.key] == null
            ? values[field.key] : String(values[field.key]);
          card.append(input(field, value, categories, (changed) => write(index, field, changed)));
        }
      }
      container.append(card);
    });
    const add = document.createElement("button");
    add.type = "button";
    add.textContent = "Add an event";
    add.addEventListener("click", addEvent);
    container.append(add);
  }

  return { render };
};
