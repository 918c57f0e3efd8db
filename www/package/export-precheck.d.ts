// Types for <export-precheck> (export-precheck.js; export-precheck-define.js defines the tag).
import type { Declaration, Report } from "./precheck.js";

export declare class ExportPrecheckElement extends HTMLElement {
  static readonly formAssociated: true;
  static readonly observedAttributes: string[];
  /** Defines the element under `tag` (default "export-precheck") unless already defined. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof ExportPrecheckElement;
  /**
   * Where elements without `module`/`data` attributes load precheck.js (default: next to
   * export-precheck.js) and the data files (default: next to precheck.js). Call before define().
   */
  static configure(options: { module?: string; data?: string }): void;
  /** The declaration shown in the form (a copy; unknown fields are kept). */
  value: Declaration;
  /** The last report, or null before the first check. */
  readonly report: Report | null;
  /** Resolves when the module and data have loaded; rejects (and the element shows why) if they cannot. */
  readonly ready: Promise<void>;
  /** The form the element belongs to, if any (it submits the declaration as JSON under its name). */
  readonly form: HTMLFormElement | null;
  /** "zh" for any lang attribute (or inherited lang) starting with "zh", else "en". */
  lang: string;
}

declare global {
  interface HTMLElementTagNameMap {
    "export-precheck": ExportPrecheckElement;
  }
  interface HTMLElementEventMap {
    "precheck-result": CustomEvent<Report>;
  }
}
