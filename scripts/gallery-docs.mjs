// node scripts/gallery-docs.mjs — copies the chart gallery into docs/gallery/ so docs/ serves it on its own:
// examples/gallery.html (its script src rewritten to ./duibiao.global.js), examples/gallery-data.json and
// dist/duibiao.global.js. Run after `npm run build` and `node examples/gallery-data.mjs`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const from = {
  html: join(root, "examples", "gallery.html"),
  data: join(root, "examples", "gallery-data.json"),
  bundle: join(root, "dist", "duibiao.global.js"),
};
const missing = Object.values(from).filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.error(`gallery-docs: missing ${missing.map((f) => relative(root, f)).join(", ")} (run npm run build and node examples/gallery-data.mjs first)`);
  process.exit(1);
}

const out = join(root, "docs", "gallery");
mkdirSync(out, { recursive: true });
const source = '<script src="../dist/duibiao.global.js"></script>';
const html = readFileSync(from.html, "utf8");
if (!html.includes(source)) {
  console.error(`gallery-docs: ${relative(root, from.html)} no longer has ${source}`);
  process.exit(1);
}
writeFileSync(join(out, "index.html"), html.replace(source, '<script src="./duibiao.global.js"></script>'));
copyFileSync(join(out, "index.html"), join(out, "gallery.html"));
copyFileSync(from.data, join(out, "gallery-data.json"));
// The bundle without its source map: the map's sources point into ../src, which docs/ does not have.
writeFileSync(join(out, "duibiao.global.js"), readFileSync(from.bundle, "utf8").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n"));
console.log(`Wrote ${relative(process.cwd(), out)}/: index.html, gallery.html, gallery-data.json, duibiao.global.js`);
