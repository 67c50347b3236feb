// jsdom 29 ships no types, and @types/jsdom is not a dev dependency: the little the chart tests use.
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string, options?: { contentType?: string; url?: string });
    readonly window: Window & typeof globalThis;
  }
}
