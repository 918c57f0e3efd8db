// <export-precheck>: a declaration form that pre-checks itself as the person types.
// Plain ES module, no framework, no bundler; everything runs on the device.
//
// Package source (www/package/): the build copies it into pkg/, next to precheck.js, the module it
// loads by default. Open shadow DOM, so a shop's CSS cannot break the form and the form's
// CSS cannot leak into the shop; theming goes through CSS custom properties and ::part
// (README, "The element"). Form-associated: inside a checkout <form> it submits the
// declaration as JSON under its `name` and renders no <form> of its own.
//
// Attributes: lang (any "zh…" is Chinese; else the nearest lang, else English),
// module (URL of precheck.js), data (URL of the folder holding precheck_data.tsv and parts/),
// kiosk (large type, full screen, for postal counters), name, required, disabled.

// The default engine, imported with the element: its downloads (module, data and the
// parts the form's value needs) start as the element connects, before it draws the form.
import * as defaultEngine from "./precheck.js";

// The documents the element can print from the form (renderDocument's kinds).
const PRINTABLE = ["cn22", "cn23", "commercial-invoice", "packing-list"];
const DEFAULT_MODULE = new URL("./precheck.js", import.meta.url).href;
const STYLESHEET = new URL("./export-precheck.css", import.meta.url).href;
// Currencies offered first in the picker: what sellers in China invoice in.
const COMMON_CURRENCIES = ["CNY", "USD", "EUR", "GBP", "HKD", "JPY"];

// Rules whose first suggestion is the value their finding's field should hold (others
// suggest things to write, such as specific descriptions, shown as text).
const REPLACES_VALUE = new Set(["field-malformed", "description-zh-missing"]);

const TEXT = {
  en: {
    title: "Export declaration pre-check", shipment: "Shipment", goods: "Goods", origin: "Origin country",
    destination: "Destination country", currency: "Currency", channel: "Channel", purpose: "Purpose",
    invoiceTotal: "Invoice total", shippingCost: "Shipping cost", grossWeightKg: "Gross weight (kg)", parcels: "Parcels",
    date: "Date", description: "Description (English)", descriptionZh: "Description (Chinese)", hsCode: "HS code",
    quantity: "Quantity", unit: "Unit", unitPrice: "Unit price", totalPrice: "Line total", brand: "Brand",
    addItem: "Add goods line", removeItem: "Remove line", item: "Line", notChosen: "(not chosen)", common: "Common",
    allCurrencies: "All currencies",
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
    preview: "Preview and print", print: "Print", close: "Close",
    loadFailed: "The pre-check could not load.", loadFailedHelp: "Check the element's module and data attributes and the connection, then try again.",
    retry: "Try again", pageSize: "Page", label: "4 × 6 in label", newDeclaration: "New declaration", fullScreen: "Full screen",
    errors: (n) => `${n} ${n === 1 ? "error" : "errors"}`, warnings: (n) => `${n} ${n === 1 ? "warning" : "warnings"}`,
    goodsLines: (n) => `${n} ${n === 1 ? "goods line" : "goods lines"}`,
    noProblems: "no problems found",
  },
  zh: {
    title: "出口申报预检", shipment: "货物信息", goods: "商品明细", origin: "原产国/起运国", destination: "目的国",
    currency: "币种", channel: "渠道", purpose: "寄递目的", invoiceTotal: "发票总额", shippingCost: "运费",
    grossWeightKg: "毛重（千克）", parcels: "包裹数", date: "日期", description: "英文品名", descriptionZh: "中文品名",
    hsCode: "HS编码", quantity: "数量", unit: "单位", unitPrice: "单价", totalPrice: "总价", brand: "品牌",
    addItem: "添加商品", removeItem: "删除此行", item: "第", notChosen: "（未选择）", common: "常用", allCurrencies: "全部币种",
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
    preview: "预览并打印", print: "打印", close: "关闭",
    loadFailed: "预检无法加载。", loadFailedHelp: "请检查元素的 module 和 data 属性以及网络连接，然后重试。",
    retry: "重试", pageSize: "纸张", label: "4×6 英寸标签", newDeclaration: "新申报", fullScreen: "全屏",
    errors: (n) => `${n} 个错误`, warnings: (n) => `${n} 个警告`, noProblems: "未发现问题",
    goodsLines: (n) => `${n} 项商品`,
  },
};

const SHIPMENT_FIELDS = [
  ["origin", "country", {}],
  ["destination", "country", {}],
  ["currency", "currency", {}],
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
  ["description", "text", { class: "precheck-wide" }],
  ["descriptionZh", "text", { lang: "zh" }],
  ["hsCode", "text", { inputmode: "numeric", role: "combobox" }],
  ["quantity", "text", { inputmode: "decimal" }],
  ["unit", "text", {}],
  ["unitPrice", "text", { inputmode: "decimal" }],
  ["totalPrice", "text", { inputmode: "decimal" }],
  ["brand", "text", {}],
];
const emptyItem = () => ({ description: "", quantity: "", unitPrice: "" });

// One engine per module URL and data folder, shared by every element on the page:
// `started` its module and init() (the default engine's at once; another's once
// imported), `loading` the module once init() is done.
const engines = new Map();
let defaults = { module: DEFAULT_MODULE, data: null };

function loadEngine(moduleUrl, dataFolder) {
  const key = `${moduleUrl} ${dataFolder ?? ""}`;
  if (!engines.has(key)) {
    // The parts of the data come when a check first needs them (the element asks again
    // once they are in): the first report waits for a few parts, not 3 MB.
    const files = dataFolder ? { data: new URL("precheck_data.tsv", dataFolder).href } : {};
    const start = (api) => ({ api, done: api.default({ ...files, parts: "when-needed" }) });
    // Another engine (the module attribute) is imported when asked for.
    const started = moduleUrl === DEFAULT_MODULE ? start(defaultEngine) : import(moduleUrl).then(start);
    const loading = Promise.resolve(started).then(({ api, done }) => done.then(() => api));
    loading.catch(() => engines.delete(key)); // a later attempt (Try again) starts afresh
    engines.set(key, { started, loading });
  }
  return engines.get(key);
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c != null && c !== false) node.append(c);
  return node;
}

// The severity counts, as the one short line screen readers hear after each check.
function statusLine(t, report) {
  const count = (s) => report.findings.filter((f) => f.severity === s).length;
  const parts = [count("error") && t.errors(count("error")), count("warning") && t.warnings(count("warning"))].filter(Boolean);
  return `${t[report.verdict]}: ${parts.length ? parts.join(", ") : t.noProblems}`;
}

// Countries sorted by name in each language, read from the data once per engine: every
// render of every element (origin and destination) reuses them. The Chinese names come
// with the Chinese messages (a part of the data): a list drawn before they are loaded
// names the countries in English and is not kept.
const countryLists = new WeakMap();
function sortedCountries(api, lang, collator) {
  const lists = countryLists.get(api) ?? {};
  countryLists.set(api, lists);
  if (lists[lang]) return lists[lang];
  const list = api.countries().map((c) => ({ code: c.code, name: (lang === "zh" ? c.nameZh : c.name) || c.name }))
    .sort((a, b) => collator.compare(a.name, b.name));
  if (countriesNamed(api, lang)) lists[lang] = list;
  return list;
}

// Whether the countries can be named in `lang` now (Chinese names: once loaded).
const countriesNamed = (api, lang) => lang !== "zh" || api.countries().some((c) => c.nameZh);

// The first suggestion reads the prepared word index (about 15 ms in wasm): do it once,
// when the page is idle after the first report, not on the first keystroke.
let warmed = false;
function warmSuggestions(api) {
  if (warmed) return;
  warmed = true;
  const later = globalThis.requestIdleCallback ?? ((f) => setTimeout(f, 200));
  later(() => {
    try {
      api.suggestHsCodes("warm", 1);
    } catch (error) {
      error?.ready?.catch(() => {}); // the parts it wanted load; nothing waits for them
    }
  });
}

let nextId = 0;

export class ExportPrecheckElement extends HTMLElement {
  static observedAttributes = ["lang", "module", "data", "kiosk"];
  static formAssociated = true;

  static define(tag = "export-precheck", registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

  /** Where every element without its own attributes loads precheck.js and the data files. */
  static configure({ module, data } = {}) {
    defaults = { module: module ? new URL(module, document.baseURI).href : DEFAULT_MODULE, data: data ?? null };
  }

  #id = `precheck-${++nextId}`;
  #value = { destination: "", currency: "", items: [emptyItem()] };
  #initial = null;
  #report = null;
  #api = null;
  #loadError = null;
  #pending = 0;
  #connected = false;
  #internals;
  #root;
  #summary;
  #status;
  #orphans = [];
  // Country and currency pickers wait for their full lists until the first report has
  // painted (building ~420 options through Intl took 35-75 ms before the first check):
  // meanwhile each shows its current value, and focusing one fills it at once.
  #listsReady = false;
  // Set when the engine arrives under a form drawn without it: the lines' declaration
  // elements are added after the next report.
  #elementsPending = false;
  #deferredPickers = [];
  // Set when a country picker was drawn in Chinese before the Chinese names were loaded:
  // the pickers are drawn again after the next report (whose Chinese messages bring them).
  #pickersUnnamed = false;

  constructor() {
    super();
    this.#internals = this.attachInternals?.();
    const shadow = this.attachShadow({ mode: "open" });
    this.#root = el("div", { class: "precheck", part: "base" });
    shadow.append(el("link", { rel: "stylesheet", href: STYLESHEET }), this.#root);
    // A value the page set before the element was defined sits on the instance as a
    // plain property that hides the class's setter: taken over here, so the first render
    // already shows it (a page that sets it first has the form drawn once, not twice).
    if (Object.hasOwn(this, "value")) {
      const given = this.value;
      delete this.value;
      this.value = given;
    }
  }

  get lang() {
    const given = this.getAttribute("lang") ?? this.parentElement?.closest("[lang]")?.getAttribute("lang") ?? "";
    return /^zh(?![a-z])/i.test(given) ? "zh" : "en";
  }
  set lang(v) {
    this.setAttribute("lang", v);
  }

  /** The declaration shown in the form (a copy; unknown fields are kept). */
  get value() {
    return structuredClone(this.#value);
  }
  set value(declaration) {
    const d = declaration && typeof declaration === "object" ? structuredClone(declaration) : {};
    if (!Array.isArray(d.items) || d.items.length === 0) d.items = [emptyItem()];
    this.#value = d;
    // What a form reset returns to: the declaration the page last set, not the user's edits.
    this.#initial = structuredClone(d);
    if (this.#connected) this.#refresh();
  }

  /** The last Report, or null before the first check. */
  get report() {
    return this.#report;
  }

  get form() {
    return this.#internals?.form ?? null;
  }

  connectedCallback() {
    this.#connected = true;
    this.#load();
    this.#refresh();
  }

  disconnectedCallback() {
    this.#connected = false;
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#connected || before === after) return;
    if (name === "module" || name === "data") this.#load();
    this.#refresh();
  }

  // Form association: reset, restore and disable as native controls do.
  formResetCallback() {
    this.value = this.#initial ?? {};
  }
  formStateRestoreCallback(state) {
    try {
      this.value = JSON.parse(state);
    } catch {
      // a state this element did not write: keep the form as it is
    }
  }
  formDisabledCallback(disabled) {
    for (const control of this.#root.querySelectorAll("input, select, button")) control.disabled = disabled;
  }

  #load() {
    this.#api = null;
    this.#loadError = null;
    const module = this.getAttribute("module") ? new URL(this.getAttribute("module"), document.baseURI).href : defaults.module;
    const data = this.getAttribute("data") ? new URL(this.getAttribute("data"), document.baseURI).href : defaults.data;
    const { started, loading } = loadEngine(module, data);
    // The parts of the data the value will likely need load alongside the engine (a
    // check that reaches for parts not loaded loads them and asks again).
    Promise.resolve(started).then(({ api }) => api.prefetch?.(this.#value, { lang: this.lang })).catch(() => {});
    this.ready = loading.then(() => undefined);
    this.ready.catch(() => {});
    loading.then(
      (api) => {
        this.#api = api;
        if (!this.#connected) return;
        // The form is on the page already: not drawn again (that took about 30 ms), only
        // its pickers named. The first check runs in a task of its own, not on the next
        // frame (that waited up to a frame for nothing), and still after code that awaits
        // `ready` has added its listeners, so they hear the first precheck-result; each
        // line's declaration elements follow that first report. It does not wait for the
        // prefetched parts: while they download it meets the engine's first-call costs
        // (compiling, preparing its matchers), names the parts it lacks, and runs again
        // once they are in (a few ms instead of about 20).
        this.#namePickers();
        this.#elementsPending = true;
        cancelAnimationFrame(this.#pending);
        setTimeout(() => this.#run(), 0);
      },
      (error) => {
        this.#loadError = `${error?.message ?? error}`;
        if (this.#connected) this.#showLoadError();
      },
    );
  }

  #refresh() {
    this.#render();
    this.#schedule();
  }

  get #t() {
    return TEXT[this.lang];
  }

  #fieldId(path) {
    return `${this.#id}-${path.replace(/[^a-zA-Z0-9]/g, "-")}`;
  }

  #q(selector) {
    return this.shadowRoot.querySelector(selector);
  }

  #byField(path) {
    return this.#q(`[data-field="${CSS.escape(path)}"]`);
  }

  #input(path, type, attrs, value) {
    const id = this.#fieldId(path);
    const common = { id, "data-field": path, "aria-describedby": `${id}-msg`, part: "input" };
    let input;
    if (type === "select" || type === "country" || type === "currency") {
      input = el("select", common);
      if (type === "select") {
        for (const option of attrs.options) input.append(el("option", { value: option, text: option ? this.#t[option] || option : this.#t.notChosen }));
      } else {
        this.#pickerOptions(input, type, value == null ? "" : String(value));
      }
      const given = value == null ? "" : String(value);
      if (given && ![...input.options].some((o) => o.value === given)) input.append(el("option", { value: given, text: given }));
      input.value = type === "select" ? value ?? attrs.options[0] : given;
    } else if (type === "checkbox") {
      input = el("input", { ...common, type });
      input.checked = value === true || value === "true";
    } else {
      input = el("input", { ...common, type, autocomplete: "off", ...attrs });
      if (attrs.role === "combobox") {
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-controls", `${id}-list`);
      }
      input.value = value == null ? "" : String(value);
    }
    return input;
  }

  // Countries and currencies from the reference data, named in the element's language.
  #pickerOptions(select, type, current = "") {
    const t = this.#t;
    const locale = this.lang === "zh" ? "zh-CN" : "en";
    select.append(el("option", { value: "", text: t.notChosen }));
    if (!this.#api) return;
    if (type === "country" && !countriesNamed(this.#api, this.lang)) this.#pickersUnnamed = true;
    if (!this.#listsReady) {
      const country = type === "country" && current ? this.#api.countries().find((c) => c.code === current) : null;
      const name = country && ((this.lang === "zh" ? country.nameZh : country.name) || country.name);
      if (current) select.append(el("option", { value: current, text: name ? `${name} (${current})` : current }));
      this.#deferredPickers.push([select, type]);
      select.addEventListener("focus", () => this.#fillPickers(), { once: true });
      return;
    }
    const collator = new Intl.Collator(locale);
    if (type === "country") {
      for (const c of sortedCountries(this.#api, this.lang, collator)) select.append(el("option", { value: c.code, text: `${c.name} (${c.code})` }));
      return;
    }
    let names;
    try {
      names = new Intl.DisplayNames([locale], { type: "currency" });
    } catch {
      names = { of: (code) => code };
    }
    const label = (code) => { const name = names.of(code); return name && name !== code ? `${name} (${code})` : code; };
    const all = this.#api.currencies();
    const common = el("optgroup", { label: t.common });
    for (const code of COMMON_CURRENCIES) if (all.includes(code)) common.append(el("option", { value: code, text: label(code) }));
    const rest = el("optgroup", { label: t.allCurrencies });
    const sorted = all.filter((c) => !COMMON_CURRENCIES.includes(c)).map((code) => ({ code, text: label(code) }));
    sorted.sort((a, b) => collator.compare(a.text, b.text));
    for (const c of sorted) rest.append(el("option", { value: c.code, text: c.text }));
    select.append(common, rest);
  }

  #field(input, labelText) {
    const wide = input.classList.contains("precheck-wide");
    const field = el("div", { class: `precheck-field${wide ? " precheck-wide" : ""}${input.type === "checkbox" ? " precheck-check" : ""}`, part: "field" });
    const label = el("label", { for: input.id, text: labelText, part: "label" });
    field.append(...(input.type === "checkbox" ? [input, label] : [label, input]), el("p", { id: `${input.id}-msg`, class: "precheck-msg" }));
    return field;
  }

  #render() {
    const t = this.#t;
    const focused = this.shadowRoot.activeElement?.dataset?.field;
    this.#root.replaceChildren();
    this.#root.lang = this.lang === "zh" ? "zh-CN" : "en";
    const form = el("div", { class: "precheck-form", role: "group", "aria-label": t.title, part: "form" });
    form.addEventListener("input", (e) => this.#onInput(e));
    form.addEventListener("change", (e) => this.#onInput(e));
    form.addEventListener("keydown", (e) => this.#onKey(e));

    if (this.hasAttribute("kiosk")) form.append(this.#kioskBar());

    const shipment = el("fieldset", { class: "precheck-shipment", part: "shipment" }, el("legend", { text: t.shipment }));
    for (const [name, type, attrs] of SHIPMENT_FIELDS) shipment.append(this.#field(this.#input(name, type, attrs, this.#value[name]), t[name]));
    form.append(shipment);

    const goods = el("fieldset", { class: "precheck-goods", part: "goods" }, el("legend", { text: t.goods }));
    this.#value.items.forEach((item, i) => goods.append(this.#line(item ?? {}, i)));
    const add = el("button", { type: "button", class: "precheck-add", part: "button", text: t.addItem });
    add.addEventListener("click", () => {
      this.#value.items.push(emptyItem());
      this.#refresh();
      this.#byField(`items[${this.#value.items.length - 1}].description`)?.focus();
    });
    goods.append(add, el("p", { id: `${this.#fieldId("items")}-msg`, class: "precheck-msg" }));
    form.append(goods);

    this.#status = el("p", { class: "visually-hidden", role: "status", part: "status" });
    this.#summary = el("section", { class: "precheck-summary", "aria-label": t.verdict, part: "summary" }, el("p", { text: t.loading }));
    this.#root.append(form, this.#status, this.#summary);
    if (this.#internals?.form && this.matches(":disabled")) this.formDisabledCallback(true);
    if (focused) this.#byField(focused)?.focus();
    if (this.#loadError) this.#showLoadError();
  }

  // Counter staff start over for each customer and may run the form full screen.
  #kioskBar() {
    const t = this.#t;
    const fresh = el("button", { type: "button", part: "button", text: t.newDeclaration });
    fresh.addEventListener("click", () => {
      this.value = { origin: this.#value.origin, currency: this.#value.currency, channel: this.#value.channel, items: [emptyItem()] };
      this.#byField("destination")?.focus();
    });
    const bar = el("div", { class: "precheck-kiosk-bar" }, fresh);
    if (document.fullscreenEnabled) {
      const full = el("button", { type: "button", part: "button", text: t.fullScreen });
      full.addEventListener("click", () => (document.fullscreenElement ? document.exitFullscreen() : this.requestFullscreen()).catch(() => {}));
      bar.append(full);
    }
    return bar;
  }

  // A goods line as a card: every field labelled, so it reads the same at any width.
  #line(item, i) {
    const t = this.#t;
    const line = el("fieldset", { class: "precheck-line", part: "line", "data-line": String(i) },
      el("legend", { text: this.lang === "zh" ? `${t.item} ${i + 1} 行` : `${t.item} ${i + 1}` }));
    for (const [name, type, attrs] of ITEM_FIELDS) {
      const input = this.#input(`items[${i}].${name}`, type, attrs, item[name]);
      const field = this.#field(input, t[name]);
      if (name === "hsCode") {
        field.classList.add("precheck-hs");
        field.insertBefore(el("ul", { id: `${input.id}-list`, role: "listbox", class: "precheck-listbox", "aria-label": t.suggestions, hidden: true, part: "listbox" }),
          field.lastChild);
      }
      line.append(field);
    }
    const remove = el("button", { type: "button", class: "precheck-remove", part: "button", text: `${t.removeItem} ${i + 1}` });
    remove.addEventListener("click", () => {
      this.#value.items.splice(i, 1);
      if (this.#value.items.length === 0) this.#value.items.push(emptyItem());
      this.#refresh();
    });
    line.append(el("div", { class: "precheck-elements-slot", "data-elements-for": String(i), hidden: true }), remove);
    if (this.#api) queueMicrotask(() => this.#showElements(i));
    return line;
  }

  // The declaration elements (申报要素) of the line's code: one labelled input each.
  #showElements(i) {
    const slot = this.#q(`[data-elements-for="${i}"]`);
    const item = this.#value.items[i];
    if (!slot || !item || !this.#api) return;
    let info = null;
    try {
      info = (item.hsCode ?? "").replace(/\D/g, "").length >= 6 ? this.#api.declarationElements(item.hsCode) : null;
    } catch (error) {
      // The code's tariff chapter still loading: shown once it is in.
      error?.ready?.then(() => this.#showElements(i), () => {});
      info = null;
    }
    const msg = el("p", { id: `${this.#fieldId(`items[${i}].elements`)}-msg`, class: "precheck-msg" });
    if (!info || info.elements.length === 0) {
      slot.hidden = true;
      slot.replaceChildren(msg);
      return;
    }
    const t = this.#t;
    const group = el("fieldset", { class: "precheck-elements", part: "elements" },
      el("legend", { text: `${t.elements} · ${info.code}${info.nameZh ? ` ${info.nameZh}` : ""}` }));
    const given = item.elements ?? {};
    info.elements.forEach((e, k) => {
      const id = `${this.#fieldId(`items[${i}].elements`)}-${k}`;
      const input = el("input", { id, type: "text", "data-field": `items[${i}].elements.${e.name}`, autocomplete: "off", lang: "zh", part: "input" });
      input.value = given[e.name] ?? given[e.base] ?? "";
      const label = `${e.name}${this.lang === "en" && e.en ? ` · ${e.en}` : ""}${e.optional ? ` (${t.optional})` : ""}`;
      group.append(el("div", { class: "precheck-field", part: "field" }, el("label", { for: id, text: label, part: "label" }), input));
    });
    group.append(msg);
    slot.replaceChildren(group);
    slot.hidden = false;
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
      if (m[2] === "description" || m[2] === "descriptionZh" || m[2] === "hsCode") this.#showSuggestions(Number(m[1]));
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
    const list = this.#q(`#${CSS.escape(input.id)}-list`);
    if (!list || list.hidden) return;
    const options = [...list.querySelectorAll("[role=option]")];
    let index = options.findIndex((o) => o.getAttribute("aria-selected") === "true");
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      index = event.key === "ArrowDown" ? Math.min(index + 1, options.length - 1) : Math.max(index - 1, 0);
      options.forEach((o, k) => o.setAttribute("aria-selected", String(k === index)));
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

  #showSuggestions(i) {
    if (!this.#api) return;
    const item = this.#value.items[i] ?? {};
    const text = [item.description, item.descriptionZh].filter(Boolean).join(" ");
    const input = this.#byField(`items[${i}].hsCode`);
    const list = input && this.#q(`#${CSS.escape(input.id)}-list`);
    if (!list) return;
    list.replaceChildren();
    let suggestions = [];
    try {
      suggestions = text.trim().length >= 2 ? this.#api.suggestHsCodes(text, { limit: 5, lang: this.lang }) : [];
    } catch (error) {
      // Parts of the word index still loading: suggested once they are in.
      if (!error?.ready) throw error;
      error.ready.then(() => this.#showSuggestions(i), () => {});
      return;
    }
    if (suggestions.length === 0 || (item.hsCode ?? "").replace(/\D/g, "").length >= 6) {
      this.#closeList(input, list);
      return;
    }
    suggestions.forEach((s, k) => {
      const option = el("li", { role: "option", id: `${input.id}-opt-${k}`, "aria-selected": "false", tabindex: "-1", part: "option" },
        el("strong", { text: s.code }), " ", el("span", { text: s.description }),
        s.confidence ? el("span", { class: "precheck-confidence", text: ` · ${Math.round(s.confidence * 100)}%` }) : null);
      option.addEventListener("mousedown", (e) => e.preventDefault());
      option.addEventListener("click", () => this.#setField(`items[${i}].hsCode`, s.code));
      list.append(option);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  #setField(path, value) {
    const input = this.#byField(path);
    if (!input) return;
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const list = this.#q(`#${CSS.escape(input.id)}-list`);
    if (list) this.#closeList(input, list);
    input.focus();
  }

  // Re-check on the next frame: typing stays instant, and a burst of input checks once.
  #schedule() {
    cancelAnimationFrame(this.#pending);
    this.#pending = requestAnimationFrame(() => this.#run());
  }

  #run() {
    if (!this.#connected || !this.#api) return;
    let report;
    try {
      report = this.#api.check(this.#value, { lang: this.lang });
    } catch (error) {
      // The parts of the data this declaration needs are loading: check again once they
      // are in (a failed download shows its message like any other error).
      if (error?.ready) {
        error.ready.then(() => this.#run(), (failed) => this.#summary.replaceChildren(
          el("p", { class: "precheck-error", role: "alert", text: String(failed?.message ?? failed) })));
        return;
      }
      this.#summary.replaceChildren(el("p", { class: "precheck-error", role: "alert", text: String(error?.message ?? error) }));
      return;
    }
    this.#report = report;
    warmSuggestions(this.#api);
    this.#showFindings(report);
    this.#showSummary(report);
    const status = statusLine(this.#t, report);
    if (this.#status.textContent !== status) this.#status.textContent = status;
    this.#internals?.setFormValue(JSON.stringify(this.#value), JSON.stringify(this.#value));
    if (this.hasAttribute("required") && report.verdict === "blocked") {
      this.#internals?.setValidity({ customError: true }, status, this.#q("[aria-invalid=true]") ?? undefined);
    } else {
      this.#internals?.setValidity({});
    }
    this.dispatchEvent(new CustomEvent("precheck-result", { detail: report, bubbles: true, composed: true }));
    if (this.#pickersUnnamed && countriesNamed(this.#api, this.lang)) {
      this.#pickersUnnamed = false;
      this.#namePickers();
    }
    if (this.#elementsPending) {
      this.#elementsPending = false;
      this.#value.items.forEach((_, i) => this.#showElements(i));
    }
    if (!this.#listsReady) (globalThis.requestIdleCallback ?? ((f) => setTimeout(f, 0)))(() => this.#fillPickers(), { timeout: 300 });
  }

  // The country and currency pickers drawn before the engine was there: their current
  // value named, the full lists to follow (#fillPickers).
  #namePickers() {
    for (const [name, type] of SHIPMENT_FIELDS.filter(([, type]) => type === "country" || type === "currency")) {
      const select = this.#byField(name);
      if (select) this.#redrawPicker(select, type);
    }
  }

  // The full country and currency lists, into the pickers that wait for them, keeping
  // each picker's value.
  #fillPickers() {
    if (this.#listsReady) return;
    this.#listsReady = true;
    for (const [select, type] of this.#deferredPickers.splice(0)) this.#redrawPicker(select, type);
  }

  // A picker's options drawn again as things stand now, keeping its value.
  #redrawPicker(select, type) {
    const value = select.value;
    select.replaceChildren();
    this.#pickerOptions(select, type, value);
    if (value && ![...select.options].some((o) => o.value === value)) select.append(el("option", { value, text: value }));
    select.value = value;
  }

  #showLoadError() {
    const t = this.#t;
    const retry = el("button", { type: "button", part: "button", text: t.retry });
    retry.addEventListener("click", () => {
      this.#load();
      this.#refresh();
    });
    this.#summary?.replaceChildren(el("div", { class: "precheck-load-error", role: "alert", part: "error" },
      el("p", {}, el("strong", { text: t.loadFailed }), " ", t.loadFailedHelp),
      el("p", { class: "precheck-note", text: this.#loadError }), retry));
    if (this.#status) this.#status.textContent = t.loadFailed;
  }

  #showFindings(report) {
    for (const msg of this.shadowRoot.querySelectorAll(".precheck-msg")) msg.replaceChildren();
    for (const input of this.shadowRoot.querySelectorAll("[data-field]")) input.removeAttribute("aria-invalid");
    const orphans = [];
    for (const f of report.findings) {
      const input = this.#byField(f.field);
      const msg = input
        ? this.#q(`#${CSS.escape(input.id)}-msg`)
        : this.#q(`#${CSS.escape(this.#fieldId(f.field))}-msg`) ?? this.#q(`#${CSS.escape(this.#fieldId(f.field.split("[")[0]))}-msg`);
      if (!msg) {
        orphans.push(f);
        continue;
      }
      if (input && f.severity !== "info") input.setAttribute("aria-invalid", "true");
      msg.append(this.#findingNode(f, f.field));
    }
    this.#orphans = orphans;
  }

  #findingNode(f, field) {
    const t = this.#t;
    const node = el("span", { class: `precheck-finding precheck-${f.severity}`, "data-rule": f.rule, part: `finding finding-${f.severity}` },
      el("span", { class: "precheck-message", text: f.message }));
    if (f.help) node.append(" ", el("span", { class: "precheck-help", text: f.help }));
    if (f.next) node.append(" ", el("span", { class: "precheck-next", text: f.next })); // it says "If not fixed: …" itself
    const codes = field.endsWith(".hsCode") ? (f.suggestions ?? []).map((s) => s.split(" ")[0]).filter((c) => /^\d{4}\.\d{2}/.test(c)) : [];
    if (codes.length) {
      const fixes = el("span", { class: "precheck-fixes" });
      for (const code of codes.slice(0, 3)) {
        const button = el("button", { type: "button", class: "precheck-fix", part: "button", text: `${t.useCode} ${code}` });
        button.addEventListener("click", () => this.#setField(field, code));
        fixes.append(" ", button);
      }
      node.append(fixes);
    } else if (REPLACES_VALUE.has(f.rule) && f.suggestions?.length && this.#byField(field)) {
      // The value the field should hold ("12.50" for "12,50", "GB" for "UK", the Chinese
      // name typed in the English field for the Chinese one): one click puts it there.
      const fixes = el("span", { class: "precheck-fixes" });
      const value = f.suggestions[0];
      const button = el("button", { type: "button", class: "precheck-fix", part: "button", text: `${t.useCode} ${value}` });
      button.addEventListener("click", () => this.#setField(field, value));
      fixes.append(" ", button);
      node.append(fixes);
    } else if (f.suggestions?.length) {
      node.append(" ", el("span", { class: "precheck-suggestions", text: `→ ${f.suggestions.slice(0, 3).join("; ")}` }));
    }
    return node;
  }

  // The document in a dialog, as it will print; its own Print button prints only it.
  // The frame inherits the page's Content-Security-Policy, which may forbid inline
  // styles (style-src 'self'): the document's <style> is applied as a constructed
  // stylesheet instead, which the policy does not govern.
  #preview(kind, size = "a4") {
    const t = this.#t;
    let html;
    try {
      html = this.#api.renderDocument(this.#value, kind, { size });
    } catch (error) {
      this.#summary.append(el("p", { class: "precheck-error", role: "alert", text: String(error?.message ?? error) }));
      return;
    }
    const styles = [];
    const body = html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css) => {
      styles.push(css);
      return "";
    });
    this.#q("dialog.precheck-document")?.remove();
    const frame = el("iframe", { class: "precheck-document-frame", title: kind, part: "document-frame" });
    frame.addEventListener("load", () => {
      const win = frame.contentWindow;
      if (!win || !styles.length) return;
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(styles.join("\n"));
      win.document.adoptedStyleSheets = [sheet];
    });
    frame.srcdoc = body;
    const print = el("button", { type: "button", part: "button", text: t.print });
    print.addEventListener("click", () => frame.contentWindow?.print());
    const close = el("button", { type: "button", part: "button", text: t.close });
    const actions = el("div", { class: "precheck-document-actions" }, print, close);
    if (kind === "cn22") {
      // The CN22 also prints on a 4 x 6 in label, as counters and label printers use it.
      const id = `${this.#id}-document-size`;
      const sizes = el("select", { id, part: "input" },
        el("option", { value: "a4", text: "A4" }), el("option", { value: "label", text: t.label }));
      sizes.value = size;
      sizes.addEventListener("change", () => this.#preview(kind, sizes.value));
      actions.append(el("label", { for: id, text: t.pageSize }), sizes);
    }
    const dialog = el("dialog", { class: "precheck-document", "aria-label": kind, "data-document": kind, part: "document" }, actions, frame);
    close.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => dialog.remove());
    this.#root.append(dialog);
    dialog.showModal();
  }

  #showSummary(r) {
    const t = this.#t;
    const dl = el("dl", { class: "precheck-facts" });
    const fact = (term, ...defs) => dl.append(el("dt", { text: term }), el("dd", {}, ...defs));
    fact(t.verdict, el("strong", { class: `precheck-verdict precheck-verdict-${r.verdict}`, part: `verdict verdict-${r.verdict}`, text: t[r.verdict] }));
    fact(t.lane, el("span", { text: t[r.lane] }), el("ul", {}, ...r.laneReasons.map((s) => el("li", { text: s }))));
    fact(t.suggestedChannel, el("span", { text: t[r.channel.suggested] }),
      el("ul", {}, ...r.channel.reasons.map((s) => el("li", { text: s })),
        ...r.channel.unsuitable.map((u) => el("li", { class: "precheck-unsuitable", text: `${t[u.channel]}: ${u.reason}` }))));
    fact(t.totals, el("span", { text: `${r.totals.goods} ${r.totals.currency} · ${t.goodsLines(r.totals.items)}` }));
    fact(t.documentsNeeded, el("ul", {}, ...r.documents.map((d) => {
      const li = el("li", { text: `${d.name ?? d.kind} (${t[d.status]}${d.have ? `, ${t.have}` : ""}): ${d.reason}` });
      if (PRINTABLE.includes(d.kind)) {
        const button = el("button", { type: "button", class: "precheck-preview", "data-document": d.kind, part: "button", text: `${t.preview}: ${d.name ?? d.kind}` });
        button.addEventListener("click", () => this.#preview(d.kind));
        li.append(" ", button);
      }
      return li;
    })));
    const dest = r.destination;
    if (dest.country) {
      // The declared currency's figure only when it is another currency ("135 GBP ≈ 135 GBP" says nothing).
      const th = (x, y) => (x ? `${x.amount} ${x.currency}${y && y.currency !== x.currency ? ` ≈ ${y.amount} ${y.currency}` : ""} (${x.basis})` : t.none);
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
