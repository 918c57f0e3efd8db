// Defines <export-precheck>. Import this file from a plain <script type="module">
// (package source, www/package/; shipped next to precheck.js).
import { ExportPrecheckElement } from "./export-precheck.js";

ExportPrecheckElement.define();

export { ExportPrecheckElement };
