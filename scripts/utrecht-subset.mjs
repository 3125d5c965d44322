// Writes the part of the Utrecht component library that Samenspel's pages use.
// Usage: node scripts/utrecht-subset.mjs INDEX.CSS OUT.CSS
// Called by scripts/refresh-assets.sh. Keeps the licence comments, every rule
// whose selector names only the components listed below (block, __element and
// --modifier classes alike), @media/@supports blocks around such rules, and the
// @keyframes those rules animate with. A selector that also names a component
// not listed (e.g. ".utrecht-accordion .utrecht-button") is dropped.
// Which components and why: src/Samenspel.Web/wwwroot/lib/README.md. A test
// (LightPagesTests) fails when a page uses a utrecht-* class of a component
// missing here.
import { readFileSync, writeFileSync } from "node:fs";

const components = [
  "alert", "body", "button", "button-group", "button-link", "checkbox", "code", "document",
  "form-field", "form-field-description", "form-field-error-message", "form-fieldset", "form-label",
  "heading-1", "heading-2", "heading-3", "link", "nav-bar", "nav-list", "ordered-list", "paragraph",
  "select", "status-badge", "table", "textarea", "textbox", "unordered-list",
];

const [input, output] = process.argv.slice(2);
const css = readFileSync(input, "utf8");

// Top-level items of a CSS text: comments, statements ("@charset ...;") and blocks (prelude { body }).
function parse(text) {
  const items = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i])) { i++; continue; }
    if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i) + 2;
      items.push({ comment: text.slice(i, end) });
      i = end;
      continue;
    }
    let j = i, depth = 0, quote = null, open = -1;
    for (; j < text.length; j++) {
      const c = text[j];
      if (quote) { if (c === "\\") j++; else if (c === quote) quote = null; continue; }
      if (c === '"' || c === "'") quote = c;
      else if (text.startsWith("/*", j)) j = text.indexOf("*/", j) + 1;
      else if (c === ";" && depth === 0) break;
      else if (c === "{") { if (depth++ === 0) open = j; }
      else if (c === "}" && --depth === 0) break;
    }
    if (open < 0) items.push({ statement: text.slice(i, j + 1) });
    else items.push({ prelude: text.slice(i, open).trim(), body: text.slice(open + 1, j) });
    i = j + 1;
  }
  return items;
}

// Splits a selector list on commas outside parentheses.
function selectors(prelude) {
  const parts = [];
  let depth = 0, start = 0;
  for (let i = 0; i < prelude.length; i++) {
    if (prelude[i] === "(") depth++;
    else if (prelude[i] === ")") depth--;
    else if (prelude[i] === "," && depth === 0) { parts.push(prelude.slice(start, i).trim()); start = i + 1; }
  }
  parts.push(prelude.slice(start).trim());
  return parts;
}

const kept = new Set(components);
const block = (cls) => cls.split("__")[0].split("--")[0];
function keepSelector(selector) {
  const classes = [...selector.matchAll(/\.utrecht-([a-z0-9_-]+)/g)].map((m) => block(m[1]));
  return classes.length > 0 && classes.every((c) => kept.has(c));
}

const keyframes = [];
function filter(items, indent) {
  const out = [];
  for (const item of items) {
    if (item.comment !== undefined || item.statement !== undefined) {
      if (indent === "") out.push(item.comment ?? item.statement);
    } else if (/^@(media|supports|container|layer)\b/.test(item.prelude)) {
      const inner = filter(parse(item.body), indent + "  ");
      if (inner.length) out.push(`${indent}${item.prelude} {\n${inner.join("\n")}\n${indent}}`);
    } else if (item.prelude.startsWith("@keyframes")) {
      keyframes.push(item);
    } else {
      const list = selectors(item.prelude).filter(keepSelector);
      if (list.length) out.push(`${indent}${list.join(",\n" + indent)} {${item.body.replace(/\s+$/, "")}\n${indent}}`);
    }
  }
  return out;
}

const rules = filter(parse(css), "");
const text = rules.join("\n");
const animations = keyframes.filter((k) => text.includes(k.prelude.split(/\s+/)[1]))
  .map((k) => `${k.prelude} {${k.body.replace(/\s+$/, "")}\n}`);
writeFileSync(output, [...rules, ...animations].join("\n") + "\n");
