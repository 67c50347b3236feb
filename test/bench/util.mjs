export function time(f) {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}
export const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
/** Collects garbage thoroughly: array buffers are released only after a few collections and a tick. */
export async function gc() {
  if (typeof globalThis.gc !== "function") return;
  for (let k = 0; k < 3; k++) globalThis.gc();
  await new Promise((resolve) => setTimeout(resolve, 50));
  globalThis.gc();
}
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
