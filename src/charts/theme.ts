/**
 * The charts' look, as CSS with custom properties: override any `--duibiao-*` property on the page (or
 * on `<duibiao-chart>`) to theme them. Dark mode follows `prefers-color-scheme`; print drops the
 * background. The font stack renders Chinese labels on Windows, macOS, Linux (Noto CJK) and Android.
 * @internal
 */
export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/** @internal */
export const STYLE = `
.duibiao{--db-bg:var(--duibiao-background,#fff);--db-fg:var(--duibiao-foreground,#1f2933);--db-muted:var(--duibiao-muted,#9aa5b1);--db-grid:var(--duibiao-grid,#e4e7eb);--db-mark:var(--duibiao-mark,#7b93b8);--db-subject:var(--duibiao-subject,#c0392b);--db-peer:var(--duibiao-peer,#2f6fb3);--db-far:var(--duibiao-far,#7d3c98);--db-green:var(--duibiao-green,#2e9e5b);--db-blue:var(--duibiao-blue,#2f6fb3);--db-yellow:var(--duibiao-yellow,#e0a800);--db-red:var(--duibiao-red,#c0392b);background:var(--db-bg);color:var(--db-fg);font-family:${FONT_FAMILY}}
.duibiao text{fill:var(--db-fg)}.duibiao .db-axis text,.duibiao .db-note{fill:var(--db-muted)}
.duibiao .db-grid line,.duibiao .db-axis line{stroke:var(--db-grid)}
.duibiao .db-mark rect,.duibiao .db-mark circle{fill:var(--db-mark)}.duibiao .db-mark line,.duibiao .db-mark path{stroke:var(--db-mark)}
.duibiao .db-subject rect,.duibiao .db-subject circle{fill:var(--db-subject)}.duibiao .db-subject line,.duibiao .db-subject path{stroke:var(--db-subject)}
.duibiao .db-peer rect,.duibiao .db-peer circle{fill:var(--db-peer)}.duibiao .db-peer line,.duibiao .db-peer path{stroke:var(--db-peer)}
.duibiao .db-far rect,.duibiao .db-far circle{fill:var(--db-far)}.duibiao .db-far line,.duibiao .db-far path{stroke:var(--db-far)}
.duibiao .db-muted rect,.duibiao .db-muted circle{fill:var(--db-muted)}.duibiao .db-muted line,.duibiao .db-muted path{stroke:var(--db-muted);opacity:.5}
.duibiao .db-bars path{fill:var(--db-mark);stroke:none}.duibiao .db-bars .db-subject path{fill:var(--db-subject)}.duibiao .db-bars .db-peer path{fill:var(--db-peer)}
.duibiao .db-bars text:first-of-type{fill:var(--db-muted);text-anchor:end}.duibiao .db-bars text:nth-of-type(2){text-anchor:end}.duibiao .db-bars .db-subject text:nth-of-type(2){font-weight:700}
.duibiao .db-line path{stroke-width:1.5;stroke-linejoin:round;stroke-linecap:round}.duibiao .db-line.db-subject path,.duibiao .db-line.db-peer path{stroke-width:3}
.duibiao .db-cutoff line{stroke:var(--db-fg);stroke-dasharray:4 3}
.duibiao [tabindex]:focus{outline:2px solid var(--db-subject);outline-offset:1px}
.duibiao .db-card-green{fill:var(--db-green)}.duibiao .db-card-blue{fill:var(--db-blue)}.duibiao .db-card-yellow{fill:var(--db-yellow)}.duibiao .db-card-red{fill:var(--db-red)}
@media (prefers-color-scheme:dark){.duibiao{--db-bg:var(--duibiao-background,#111827);--db-fg:var(--duibiao-foreground,#e5e7eb);--db-grid:var(--duibiao-grid,#374151);--db-mark:var(--duibiao-mark,#6b8cc4)}}
@media print{.duibiao{--db-bg:transparent}}
.duibiao-table{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.duibiao-figure{margin:0;position:relative;overflow:hidden}.duibiao-figure figcaption{font:600 14px ${FONT_FAMILY}}
`.trim();
