// <export-precheck>: a declaration form that pre-checks itself as the person types.
// Plain ES module, no framework, no bundler. Native labelled inputs in light DOM, so
// forms, autofill and screen readers keep working. Everything runs on the device.

import init, { check, suggestHsCodes, declarationElements, renderDocument } from "./pkg/precheck.js";

// The documents the element can print from the form (renderDocument's kinds).
const PRINTABLE = ["cn22", "cn23", "commercial-invoice", "packing-list"];

const ready = init();

const TEXT = {
  en: {
    title: "Export declaration pre-check", shipment: "Shipment", goods: "Goods", origin: "Origin country (ISO code)",
    destination: "Destination country (ISO code)", currency: "Currency (ISO code)", channel: "Channel", purpose: "Purpose",
    invoiceTotal: "Invoice total", shippingCost: "Shipping cost", grossWeightKg: "Gross weight (kg)", parcels: "Parcels",
    date: "Date", description: "Description (English)", descriptionZh: "Description (Chinese)", hsCode: "HS code",
    quantity: "Quantity", unit: "Unit", unitPrice: "Unit price", totalPrice: "Line total", brand: "Brand",
    addItem: "Add goods line", removeItem: "Remove line", item: "Line", notChosen: "(not chosen)",
    postal: "Post (EMS, ePacket)", express: "Express (DHL, UPS, FedEx)", "general-trade": "General trade",
    sale: "Sale", gift: "Gift", sample: "Sample", documents: "Documents", return: "Return", other: "Other",
    verdict: "Verdict", ready: "Ready to file", review: "Review before filing", blocked: "Blocked: fix the errors",
    lane: "Likely customs lane", fast: "Fast (automatic)", manual: "Manual review", inspection: "Inspection",
    suggestedChannel: "Suggested channel", documentsNeeded: "Documents", required: "required", recommended: "recommended",
    have: "have", totals: "Goods total", destinationPanel: "At the destination", dutyThreshold: "Duty threshold",
    taxThreshold: "Tax threshold", none: "none", dutyLikely: "Duty likely", taxLikely: "Import VAT/GST at the border likely",
    yes: "yes", no: "no", taxEstimate: "Estimated import VAT/GST", flatDuty: "Flat duty", source: "Source",
    otherFindings: "Other findings", useCode: "Use", suggestions: "HS code suggestions", dataVersion: "Reference data",
    loading: "Loading the pre-check…", checkedAt: "Rules as of",
    exporterType: "Sender", company: "A business", individual: "A person", salesModel: "How it is sold",
    b2c: "Retail to consumers (B2C)", b2b: "To a business (B2B)", "overseas-warehouse": "To an overseas warehouse",
    wantsTaxRefund: "Claim the export VAT refund", clearancePanel: "Leaving China", category: "Clearance category",
    "personal-articles": "Personal articles", "low-value-goods": "Express low-value goods", "formal-declaration": "Formal declaration (报关单)",
    mode: "Customs mode", valueCny: "Goods value in CNY", taxRefund: "Export VAT refund", refundPossible: "possible",
    refundNotPossible: "not possible", rate: "rate", elements: "Declaration elements (申报要素)", optional: "if any",
    next: "If not fixed",
    preview: "Preview and print", print: "Print", close: "Close",
  },
  zh: {
    title: "出口申报预检", shipment: "货物信息", goods: "商品明细", origin: "起运国（代码）", destination: "目的国（代码）",
    currency: "币种（代码）", channel: "渠道", purpose: "寄递目的", invoiceTotal: "发票总额", shippingCost: "运费",
    grossWeightKg: "毛重（千克）", parcels: "包裹数", date: "日期", description: "英文品名", descriptionZh: "中文品名",
    hsCode: "HS编码", quantity: "数量", unit: "单位", unitPrice: "单价", totalPrice: "总价", brand: "品牌",
    addItem: "添加商品", removeItem: "删除此行", item: "第", notChosen: "（未选择）",
    postal: "邮政（EMS、e邮宝）", express: "快递（DHL、UPS、FedEx）", "general-trade": "一般贸易",
    sale: "销售", gift: "礼品", sample: "样品", documents: "文件", return: "退运", other: "其他",
    verdict: "结论", ready: "可以申报", review: "申报前请复核", blocked: "有错误：请先修正",
    lane: "预计通关方式", fast: "快速放行（系统审核）", manual: "人工审单", inspection: "查验",
    suggestedChannel: "建议渠道", documentsNeeded: "所需单证", required: "必需", recommended: "建议",
    have: "已有", totals: "货值合计", destinationPanel: "目的国", dutyThreshold: "关税起征点", taxThreshold: "税费起征点",
    none: "无", dutyLikely: "可能征收关税", taxLikely: "入境时可能征收增值税", yes: "是", no: "否",
    taxEstimate: "预计进口增值税", flatDuty: "定额关税", source: "来源", otherFindings: "其他提示", useCode: "使用",
    suggestions: "HS编码建议", dataVersion: "参考数据", loading: "正在加载预检…", checkedAt: "规则日期",
    exporterType: "发货人", company: "企业", individual: "个人", salesModel: "销售模式",
    b2c: "零售给消费者（B2C）", b2b: "销售给企业（B2B）", "overseas-warehouse": "出口至海外仓",
    wantsTaxRefund: "申请出口退税", clearancePanel: "中国出境通关", category: "通关类别",
    "personal-articles": "个人物品", "low-value-goods": "快件低值货物", "formal-declaration": "正式报关（报关单）",
    mode: "监管方式", valueCny: "货值（人民币）", taxRefund: "出口退税", refundPossible: "可以退税",
    refundNotPossible: "不能退税", rate: "退税率", elements: "申报要素", optional: "如有",
    next: "如不更正",
    preview: "预览并打印", print: "打印", close: "关闭",
  },
};

const SHIPMENT_FIELDS = [
  ["destination", "text", { maxlength: 2, autocomplete: "country" }],
  ["currency", "text", { maxlength: 3 }],
  ["channel", "select", { options: ["", "postal", "express", "general-trade"] }],
  ["purpose", "select", { options: ["sale", "gift", "sample", "documents", "return", "other"] }],
  ["invoiceTotal", "text", { inputmode: "decimal" }],
  ["shippingCost", "text", { inputmode: "decimal" }],
  ["grossWeightKg", "text", { inputmode: "decimal" }],
  ["parcels", "text", { inputmode: "numeric" }],
  ["date", "date", {}],
  ["exporterType", "select", { options: ["", "company", "individual"] }],
  ["salesModel", "select", { options: ["", "b2c", "b2b", "overseas-warehouse"] }],
  ["wantsTaxRefund", "checkbox", {}],
];
const ITEM_FIELDS = [
  ["description", "text", { size: 28 }],
  ["descriptionZh", "text", { size: 14, lang: "zh" }],
  ["hsCode", "text", { size: 12, inputmode: "numeric", role: "combobox" }],
  ["quantity", "text", { size: 5, inputmode: "decimal" }],
  ["unit", "text", { size: 5 }],
  ["unitPrice", "text", { size: 7, inputmode: "decimal" }],
  ["totalPrice", "text", { size: 8, inputmode: "decimal" }],
  ["brand", "text", { size: 10 }],
];

let nextId = 0;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

export class ExportPrecheckElement extends HTMLElement {
  static observedAttributes = ["lang"];

  static define(tag = "export-precheck", registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

  #id = `precheck-${++nextId}`;
  #value = { destination: "", currency: "", items: [{ description: "", quantity: "", unitPrice: "" }] };
  #report = null;
  #pending = 0;
  #form = null;
  #summary = null;
  #connected = false;

  get lang() {
    return this.getAttribute("lang") === "zh" ? "zh" : "en";
  }
  set lang(v) {
    this.setAttribute("lang", v === "zh" ? "zh" : "en");
  }

  /** The declaration shown in the form (a copy; unknown fields are kept). */
  get value() {
    return structuredClone(this.#value);
  }
  set value(declaration) {
    const d = declaration && typeof declaration === "object" ? structuredClone(declaration) : {};
    if (!Array.isArray(d.items) || d.items.length === 0) d.items = [{ description: "", quantity: "", unitPrice: "" }];
    this.#value = d;
    if (this.#connected) {
      this.#render();
      this.#schedule();
    }
  }

  /** The last Report, or null before the first check. */
  get report() {
    return this.#report;
  }

  connectedCallback() {
    this.#connected = true;
    this.#render();
    this.#schedule();
  }

  disconnectedCallback() {
    this.#connected = false;
  }

  attributeChangedCallback() {
    if (this.#connected) {
      this.#render();
      this.#schedule();
    }
  }

  get #t() {
    return TEXT[this.lang];
  }

  #fieldId(path) {
    return `${this.#id}-${path.replace(/[^a-zA-Z0-9]/g, "-")}`;
  }

  #input(path, type, attrs, value) {
    const id = this.#fieldId(path);
    const describedBy = `${id}-msg`;
    let input;
    if (type === "select") {
      input = el("select", { id, name: path, "data-field": path, "aria-describedby": describedBy });
      for (const option of attrs.options) {
        input.append(el("option", { value: option, text: option ? this.#t[option] || option : this.#t.notChosen }));
      }
      input.value = value ?? attrs.options[0];
    } else if (type === "checkbox") {
      input = el("input", { id, name: path, type, "data-field": path, "aria-describedby": describedBy });
      input.checked = value === true || value === "true";
    } else {
      const { options, ...rest } = attrs;
      input = el("input", { id, name: path, type, "data-field": path, "aria-describedby": describedBy, autocomplete: "off", ...rest });
      if (rest.role === "combobox") {
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-controls", `${id}-list`);
      }
      input.value = value == null ? "" : String(value);
    }
    return input;
  }

  #render() {
    const t = this.#t;
    this.replaceChildren();
    const form = el("form", { class: "precheck-form", novalidate: true, "aria-label": t.title });
    form.addEventListener("submit", (e) => e.preventDefault());
    form.addEventListener("input", (e) => this.#onInput(e));
    form.addEventListener("change", (e) => this.#onInput(e));
    form.addEventListener("keydown", (e) => this.#onKey(e));

    const shipment = el("fieldset", { class: "precheck-shipment" }, el("legend", { text: t.shipment }));
    for (const [name, type, attrs] of SHIPMENT_FIELDS) {
      const input = this.#input(name, type, attrs, this.#value[name]);
      shipment.append(el("div", { class: "precheck-field" },
        el("label", { for: input.id, text: t[name] }), input, el("p", { id: `${input.id}-msg`, class: "precheck-msg" })));
    }
    form.append(shipment);

    const goods = el("fieldset", { class: "precheck-goods" }, el("legend", { text: t.goods }));
    const table = el("table", { class: "precheck-items" });
    const head = el("tr", {}, el("th", { scope: "col", text: "#" }));
    for (const [name] of ITEM_FIELDS) head.append(el("th", { scope: "col", text: t[name] }));
    head.append(el("th", { scope: "col" }, el("span", { class: "visually-hidden", text: t.removeItem })));
    table.append(el("thead", {}, head));
    const body = el("tbody");
    this.#value.items.forEach((item, i) => body.append(this.#itemRow(item ?? {}, i), this.#elementsRow(i)));
    table.append(body);
    goods.append(table);
    const add = el("button", { type: "button", class: "precheck-add", text: t.addItem });
    add.addEventListener("click", () => {
      this.#value.items.push({ description: "", quantity: "", unitPrice: "" });
      this.#render();
      this.#schedule();
      this.querySelector(`[data-field="items[${this.#value.items.length - 1}].description"]`)?.focus();
    });
    goods.append(add, el("p", { id: `${this.#fieldId("items")}-msg`, class: "precheck-msg" }));
    form.append(goods);

    const summary = el("section", { class: "precheck-summary", "aria-live": "polite", "aria-label": t.verdict },
      el("p", { text: t.loading }));
    this.#form = form;
    this.#summary = summary;
    this.append(form, summary);
  }

  #itemRow(item, i) {
    const t = this.#t;
    const row = el("tr", {}, el("th", { scope: "row", text: String(i + 1) }));
    for (const [name, type, attrs] of ITEM_FIELDS) {
      const path = `items[${i}].${name}`;
      const input = this.#input(path, type, attrs, item[name]);
      input.setAttribute("aria-label", `${t[name]} ${i + 1}`);
      const cell = el("td", {}, input, el("p", { id: `${input.id}-msg`, class: "precheck-msg" }));
      if (name === "hsCode") {
        cell.classList.add("precheck-hs");
        cell.append(el("ul", { id: `${input.id}-list`, role: "listbox", class: "precheck-listbox", "aria-label": t.suggestions, hidden: true }));
      }
      row.append(cell);
    }
    const remove = el("button", { type: "button", class: "precheck-remove", "aria-label": `${t.removeItem} ${i + 1}`, text: "×" });
    remove.addEventListener("click", () => {
      this.#value.items.splice(i, 1);
      if (this.#value.items.length === 0) this.#value.items.push({ description: "", quantity: "", unitPrice: "" });
      this.#render();
      this.#schedule();
    });
    row.append(el("td", {}, remove));
    return row;
  }

  // The declaration elements (申报要素) of the line's code: one labelled input each,
  // filled in after the tariff is loaded and whenever the code changes.
  #elementsRow(i) {
    const row = el("tr", { class: "precheck-elements-row", "data-elements-for": String(i), hidden: true });
    row.append(el("td"), el("td", { colspan: String(ITEM_FIELDS.length + 1) }));
    ready.then(() => this.#showElements(i));
    return row;
  }

  #showElements(i) {
    const row = this.querySelector(`[data-elements-for="${i}"]`);
    const item = this.#value.items[i];
    if (!row || !item) return;
    const cell = row.lastElementChild;
    let info;
    try {
      info = (item.hsCode ?? "").replace(/\D/g, "").length >= 6 ? declarationElements(item.hsCode) : null;
    } catch {
      info = null; // not loaded yet: the row fills in once ready resolves
    }
    if (!info || info.elements.length === 0) {
      row.hidden = true;
      cell.replaceChildren(el("p", { id: `${this.#fieldId(`items[${i}].elements`)}-msg`, class: "precheck-msg" }));
      return;
    }
    const t = this.#t;
    const group = el("fieldset", { class: "precheck-elements" },
      el("legend", { text: `${t.elements} · ${info.code}${info.nameZh ? ` ${info.nameZh}` : ""}` }));
    const given = item.elements ?? {};
    info.elements.forEach((e, k) => {
      const path = `items[${i}].elements.${e.name}`;
      const id = `${this.#fieldId(`items[${i}].elements`)}-${k}`;
      const value = given[e.name] ?? given[e.base] ?? "";
      const input = el("input", { id, type: "text", "data-field": path, autocomplete: "off", lang: "zh" });
      input.value = value;
      const label = `${e.name}${this.lang === "en" && e.en ? ` · ${e.en}` : ""}${e.optional ? ` (${t.optional})` : ""}`;
      group.append(el("div", { class: "precheck-field" }, el("label", { for: id, text: label }), input));
    });
    group.append(el("p", { id: `${this.#fieldId(`items[${i}].elements`)}-msg`, class: "precheck-msg" }));
    cell.replaceChildren(group);
    row.hidden = false;
  }

  #onInput(event) {
    const field = event.target?.dataset?.field;
    if (!field) return;
    const value = event.target.type === "checkbox" ? event.target.checked : event.target.value;
    const e = field.match(/^items\[(\d+)\]\.elements\.(.+)$/);
    const m = field.match(/^items\[(\d+)\]\.(\w+)$/);
    if (e) {
      const item = (this.#value.items[Number(e[1])] ??= {});
      const elements = (item.elements ??= {});
      if (value === "") delete elements[e[2]];
      else elements[e[2]] = value;
      if (Object.keys(elements).length === 0) delete item.elements;
    } else if (m) {
      const item = (this.#value.items[Number(m[1])] ??= {});
      if (value === "") delete item[m[2]];
      else item[m[2]] = value;
      if (m[2] === "description" || m[2] === "hsCode") this.#showSuggestions(Number(m[1]));
      if (m[2] === "hsCode") this.#showElements(Number(m[1]));
    } else if (value === "" || value === false) {
      delete this.#value[field];
    } else {
      this.#value[field] = field === "parcels" && /^\d+$/.test(value) ? Number(value) : value;
    }
    this.#schedule();
  }

  // Keyboard for the HS listbox: arrows move, Enter picks, Escape closes.
  #onKey(event) {
    const input = event.target;
    if (input?.getAttribute?.("role") !== "combobox") return;
    const list = this.querySelector(`#${CSS.escape(input.id)}-list`);
    if (!list || list.hidden) return;
    const options = [...list.querySelectorAll("[role=option]")];
    let index = options.findIndex((o) => o.getAttribute("aria-selected") === "true");
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      index = event.key === "ArrowDown" ? Math.min(index + 1, options.length - 1) : Math.max(index - 1, 0);
      options.forEach((o, i) => o.setAttribute("aria-selected", String(i === index)));
      input.setAttribute("aria-activedescendant", options[index]?.id ?? "");
    } else if (event.key === "Enter" && index >= 0) {
      event.preventDefault();
      options[index].click();
    } else if (event.key === "Escape") {
      this.#closeList(input, list);
    }
  }

  #closeList(input, list) {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  async #showSuggestions(i) {
    await ready;
    const item = this.#value.items[i] ?? {};
    const text = [item.description, item.descriptionZh].filter(Boolean).join(" ");
    const input = this.querySelector(`[data-field="items[${i}].hsCode"]`);
    const list = input && this.querySelector(`#${CSS.escape(input.id)}-list`);
    if (!list) return;
    list.replaceChildren();
    const suggestions = text.trim().length >= 3 ? suggestHsCodes(text, 5) : [];
    if (suggestions.length === 0 || (item.hsCode ?? "").replace(/\D/g, "").length >= 6) {
      this.#closeList(input, list);
      return;
    }
    suggestions.forEach((s, k) => {
      const option = el("li", { role: "option", id: `${input.id}-opt-${k}`, "aria-selected": "false", tabindex: "-1" },
        el("strong", { text: s.code }), " ", el("span", { text: s.description }));
      option.addEventListener("mousedown", (e) => e.preventDefault());
      option.addEventListener("click", () => this.#setField(`items[${i}].hsCode`, s.code));
      list.append(option);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  #setField(path, value) {
    const input = this.querySelector(`[data-field="${CSS.escape(path)}"]`);
    if (input) {
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const list = this.querySelector(`#${CSS.escape(input.id)}-list`);
      if (list) this.#closeList(input, list);
      input.focus();
    }
  }

  // Re-check on the next frame: typing stays instant, and a burst of input checks once.
  #schedule() {
    cancelAnimationFrame(this.#pending);
    this.#pending = requestAnimationFrame(() => this.#run());
  }

  async #run() {
    await ready;
    if (!this.#connected) return;
    let report;
    try {
      report = check(this.#value, { lang: this.lang });
    } catch (error) {
      this.#summary.replaceChildren(el("p", { class: "precheck-error", text: String(error?.message ?? error) }));
      return;
    }
    this.#report = report;
    this.#showFindings(report);
    this.#showSummary(report);
    this.dispatchEvent(new CustomEvent("precheck-result", { detail: report, bubbles: true, composed: true }));
  }

  #showFindings(report) {
    for (const msg of this.querySelectorAll(".precheck-msg")) msg.replaceChildren();
    for (const input of this.querySelectorAll("[data-field]")) input.removeAttribute("aria-invalid");
    const orphans = [];
    for (const f of report.findings) {
      const input = this.querySelector(`[data-field="${CSS.escape(f.field)}"]`);
      const msg = input
        ? this.querySelector(`#${CSS.escape(input.id)}-msg`)
        : this.querySelector(`#${CSS.escape(this.#fieldId(f.field))}-msg`) ?? this.querySelector(`#${CSS.escape(this.#fieldId(f.field.split("[")[0]))}-msg`);
      if (!msg) {
        orphans.push(f);
        continue;
      }
      if (input && f.severity !== "info") input.setAttribute("aria-invalid", "true");
      msg.append(this.#findingNode(f, f.field));
    }
    this.#orphans = orphans;
  }

  #orphans = [];

  #findingNode(f, field) {
    const t = this.#t;
    const node = el("span", { class: `precheck-finding precheck-${f.severity}`, "data-rule": f.rule },
      el("span", { class: "precheck-message", text: f.message }));
    if (f.help) node.append(" ", el("span", { class: "precheck-help", text: f.help }));
    if (f.next) node.append(" ", el("span", { class: "precheck-next", text: `${t.next}: ${f.next}` }));
    const codes = field.endsWith(".hsCode") ? (f.suggestions ?? []).map((s) => s.split(" ")[0]).filter((c) => /^\d{4}\.\d{2}/.test(c)) : [];
    if (codes.length) {
      const fixes = el("span", { class: "precheck-fixes" });
      for (const code of codes.slice(0, 3)) {
        const button = el("button", { type: "button", class: "precheck-fix", text: `${t.useCode} ${code}` });
        button.addEventListener("click", () => this.#setField(field, code));
        fixes.append(" ", button);
      }
      node.append(fixes);
    } else if (f.suggestions?.length) {
      node.append(" ", el("span", { class: "precheck-suggestions", text: `→ ${f.suggestions.slice(0, 3).join("; ")}` }));
    }
    return node;
  }

  // The document in a dialog, as it will print; its own Print button prints only it.
  #preview(kind) {
    const t = this.#t;
    let html;
    try {
      html = renderDocument(this.#value, kind, {});
    } catch (error) {
      this.#summary.append(el("p", { class: "precheck-error", text: String(error?.message ?? error) }));
      return;
    }
    this.querySelector("dialog.precheck-document")?.remove();
    const frame = el("iframe", { class: "precheck-document-frame", title: kind });
    frame.srcdoc = html;
    const print = el("button", { type: "button", text: t.print });
    print.addEventListener("click", () => frame.contentWindow?.print());
    const close = el("button", { type: "button", text: t.close });
    const dialog = el("dialog", { class: "precheck-document", "aria-label": kind, "data-document": kind },
      el("div", { class: "precheck-document-actions" }, print, close), frame);
    close.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => dialog.remove());
    this.append(dialog);
    dialog.showModal();
  }

  #showSummary(r) {
    const t = this.#t;
    const dl = el("dl", { class: "precheck-facts" });
    const fact = (term, ...defs) => dl.append(el("dt", { text: term }), el("dd", {}, ...defs));
    fact(t.verdict, el("strong", { class: `precheck-verdict precheck-verdict-${r.verdict}`, text: t[r.verdict] }));
    fact(t.lane, el("span", { text: t[r.lane] }), el("ul", {}, ...r.laneReasons.map((s) => el("li", { text: s }))));
    fact(t.suggestedChannel, el("span", { text: t[r.channel.suggested] }),
      el("ul", {}, ...r.channel.reasons.map((s) => el("li", { text: s })),
        ...r.channel.unsuitable.map((u) => el("li", { class: "precheck-unsuitable", text: `${t[u.channel]}: ${u.reason}` }))));
    fact(t.totals, el("span", { text: `${r.totals.goods} ${r.totals.currency} · ${r.totals.items}` }));
    fact(t.documentsNeeded, el("ul", {}, ...r.documents.map((d) => {
      const li = el("li", { text: `${d.kind} (${t[d.status]}${d.have ? `, ${t.have}` : ""}): ${d.reason}` });
      if (PRINTABLE.includes(d.kind)) {
        const button = el("button", { type: "button", class: "precheck-preview", "data-document": d.kind, text: `${t.preview}: ${d.kind}` });
        button.addEventListener("click", () => this.#preview(d.kind));
        li.append(" ", button);
      }
      return li;
    })));
    const dest = r.destination;
    if (dest.country) {
      const th = (x, y) => (x ? `${x.amount} ${x.currency}${y ? ` ≈ ${y.amount} ${y.currency}` : ""} (${x.basis})` : t.none);
      const panel = el("ul", {},
        el("li", { text: `${t.dutyThreshold}: ${th(dest.dutyThreshold, dest.dutyThresholdDeclared)}` }),
        el("li", { text: `${t.taxThreshold}: ${th(dest.taxThreshold, dest.taxThresholdDeclared)}` }),
        el("li", { text: `${t.dutyLikely}: ${dest.dutyLikely ? t.yes : t.no}` }),
        el("li", { text: `${t.taxLikely}: ${dest.taxLikely ? t.yes : t.no}` }));
      if (dest.taxEstimate) panel.append(el("li", { text: `${t.taxEstimate}: ${dest.taxEstimate.amount} ${dest.taxEstimate.currency} (${dest.taxEstimate.basis})` }));
      if (dest.flatDuty) panel.append(el("li", { text: `${t.flatDuty}: ${dest.flatDuty.amount} ${dest.flatDuty.currency} (${dest.flatDuty.basis})` }));
      for (const note of dest.notes) panel.append(el("li", { class: "precheck-note", text: note }));
      panel.append(el("li", { class: "precheck-source", text: `${t.source}: ${dest.source}` }));
      fact(`${t.destinationPanel}: ${dest.country}`, panel);
    }
    const c = r.clearance;
    if (c) {
      const refund = c.taxRefund;
      const panel = el("ul", {},
        el("li", { text: `${t.category}: ${t[c.category] ?? c.category}${c.mode ? ` · ${t.mode} ${c.mode}` : ""}` }),
        el("li", { text: `${t.valueCny}: ${c.valueCny || "?"}` }),
        ...c.reasons.map((s) => el("li", { text: s })),
        ...(c.modeNeeds ?? []).map((s) => el("li", { class: "precheck-note", text: s })),
        el("li", { text: `${t.taxRefund}: ${refund.possible ? t.refundPossible : t.refundNotPossible}${refund.rate ? ` · ${t.rate} ${refund.rate}%` : ""}. ${refund.reason}` }),
        ...(refund.items ?? []).map((x) => el("li", { class: "precheck-note", text: `${x.field} ${x.code}: ${x.rate ? `${x.rate}%` : "?"} (${x.source})` })),
        el("li", { class: "precheck-source", text: `${t.source}: ${c.source}` }));
      fact(t.clearancePanel, panel);
    }
    if (this.#orphans.length) {
      fact(t.otherFindings, el("ul", {}, ...this.#orphans.map((f) => el("li", {}, this.#findingNode(f, f.field)))));
    }
    fact(t.dataVersion, el("span", { text: `${r.dataVersion} · ${t.checkedAt} ${r.date}` }));
    this.#summary.replaceChildren(dl);
  }
}
