// Defines <export-precheck>. Import this file from a plain <script type="module">.
import { ExportPrecheckElement } from "./export-precheck.js";

ExportPrecheckElement.define();

export { ExportPrecheckElement };
