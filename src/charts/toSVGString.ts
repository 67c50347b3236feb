import { escape, SVG_NS, XHTML_NS } from "./_node.js";

/**
 * Serialises a chart element built with a DOM (see e.g. {@link rankingChart}) to a standalone string:
 * an SVG with its namespace, or a figure's HTML — the same markup {@link renderToString} writes for the
 * same chart. It walks the nodes itself rather than trusting the document's serialiser (linkedom's
 * `outerHTML` leaves `<` and `&` unescaped inside attributes), so text and attributes are always
 * escaped.
 *
 * @param element - an element returned by a chart
 * @category Charts
 * @example
 * typeof toSVGString // => "function"
 */
export function toSVGString(element: Element): string {
  return serialize(element, null);
}

function serialize(node: Element, parentNs: string | null): string {
  const ns = node.namespaceURI ?? (node.localName === "svg" ? SVG_NS : XHTML_NS);
  let out = `<${node.localName}`;
  if (ns !== parentNs) out += ` xmlns="${ns}"`;
  for (const a of Array.from(node.attributes)) if (a.name !== "xmlns") out += ` ${a.name}="${escape(a.value)}"`;
  const children = Array.from(node.childNodes);
  if (children.length === 0) return `${out}${ns === XHTML_NS && VOID.has(node.localName) ? ">" : "/>"}`;
  out += ">";
  for (const c of children) {
    if (c.nodeType === 1) out += serialize(c as Element, ns);
    else if (c.nodeType === 3) out += escape((c as Text).data);
  }
  return `${out}</${node.localName}>`;
}

const VOID = new Set(["br", "hr", "img", "input", "meta", "link"]);
