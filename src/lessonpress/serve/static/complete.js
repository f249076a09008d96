// Completion of the lesson's keys from the format's JSON Schema: at the start of a
// line, the editor offers the fields the mapping it is in may hold, with their help.
"use strict";

window.lessonpressCompletion = (schema) => {
  const resolve = (node) => {
    while (node) {
      if (node.$ref) node = schema.$defs[node.$ref.split("/").pop()];
      else if (node.anyOf) node = node.anyOf.find((n) => n.$ref || n.properties || n.items);
      else return node;
    }
    return null;
  };

  // The keys and list items leading from the top of the file to the cursor's line.
  // ``level`` is the column of the cursor's key, or of its "- " when it starts an item.
  function pathAt(doc, lineNumber, level, startsItem) {
    const path = startsItem ? ["[]"] : [];
    for (let n = lineNumber - 1; n >= 1 && level > 0; n--) {
      const text = doc.line(n).text;
      const match = text.match(/^(\s*)(- +)?([A-Za-z_][\w-]*)?\s*:?/);
      if (!text.trim() || text.trim().startsWith("#") || !match) continue;
      const column = match[1].length;
      const keyColumn = column + (match[2] ? match[2].length : 0);
      if (match[2] && keyColumn <= level && column < level) {
        path.unshift("[]");
        level = column;
      } else if (!match[2] && column < level && match[3]) {
        path.unshift(match[3]);
        level = column;
      }
    }
    return path;
  }

  function fieldsAt(path) {
    let node = resolve(schema);
    for (const step of path) {
      if (!node) return null;
      node = resolve(step === "[]" ? node.items : node.properties?.[step]);
    }
    return node?.properties || null;
  }

  return (context) => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const match = before.match(/^(\s*)(- +)?([A-Za-z_]*)$/);
    if (!match || (!match[3] && !context.explicit)) return null;
    const level = match[1].length;
    const fields = fieldsAt(pathAt(context.state.doc, line.number, level, !!match[2]));
    if (!fields) return null;
    return {
      from: context.pos - match[3].length,
      options: Object.entries(fields).map(([key, field]) => ({
        label: key,
        type: "property",
        apply: `${key}: `,
        info: field.description || field.title || "",
      })),
      validFor: /^[A-Za-z_]*$/,
    };
  };
};
