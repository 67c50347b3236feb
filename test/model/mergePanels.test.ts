import { describe, expect, it } from "vitest";
import { createIndicators, createPanel, DuibiaoError, mergePanels } from "../../src/index.js";

describe("mergePanels", () => {
  const a = createPanel([{ entity: "z", indicator: "rev", period: "2018-01/07", value: 693.46, growth: 0.139, flags: "revised" }]);
  const b = createPanel([{ entity: "z", indicator: "inv", period: "2018-01/07", value: 145.68 }], { indicators: createIndicators([{ id: "inv", name: "重点项目完成投资" }]) });

  it("mergePanels([a, b]) holds every observation of both, with values, growth and flags", () => {
    const m = mergePanels([a, b]);
    expect(m.size).toBe(2);
    expect(m.get("z", "rev", "2018-01/07")).toMatchObject({ value: 693.46, growth: 0.139, flags: ["revised"] });
    expect(m.value("z", "重点项目完成投资", "2018-01/07")).toBe(145.68); // b's definitions are kept
  });

  it("mergePanels([]) is empty; mergePanels([a]) equals a", () => {
    expect(mergePanels([]).size).toBe(0);
    expect(mergePanels([a]).toRows()).toEqual(a.toRows());
  });

  it("mergePanels([a, a]) reports each clash with the panels it came from", () => {
    let error: DuibiaoError | undefined;
    try {
      mergePanels([a, b, a]);
    } catch (e) {
      error = e as DuibiaoError;
    }
    expect(error?.code).toBe("E_LOAD");
    expect(error?.issues.map((i) => i.code)).toEqual(["E_DUPLICATE_KEY"]);
    expect(error?.issues[0].message).toBe("panel 3: duplicate observation z × rev × 2018-01/07: panel 1 already has it — remove one of the two");
  });
});
