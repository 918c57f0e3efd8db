// Hand-written declarations for the precheck wasm module (the contract, v1 and the v2 additions of section 5).

export type Decimal = string | number;
export type Channel = "postal" | "express" | "general-trade";
export type DocumentKind =
  | "commercial-invoice" | "packing-list" | "sales-contract" | "certificate-of-origin"
  | "quality-certificate" | "export-licence" | "cn22" | "cn23" | "msds"
  | "battery-test-summary" | "vat-special-invoice";

export interface Item {
  description: string;
  descriptionZh?: string;
  hsCode?: string;
  quantity: Decimal;
  unit?: string;
  unitPrice: Decimal;
  totalPrice?: Decimal;
  netWeightKg?: Decimal;
  originCountry?: string;
  brand?: string;
  material?: string;
  battery?: {
    chemistry: "li-ion" | "li-metal";
    packing: "installed" | "packed-with" | "alone";
    wattHours?: Decimal;
    lithiumGrams?: Decimal;
    cells?: number;
    batteries?: number;
  };
  yearMade?: number;
  /** Declaration elements (申报要素) by their Chinese name, e.g. { "成分含量": "100% cotton" }. */
  elements?: { [name: string]: string };
}

export interface Party {
  name?: string; company?: string; address?: string[]; city?: string; postcode?: string;
  country?: string; phone?: string; email?: string; taxId?: string;
}

export interface Declaration {
  origin?: string;
  destination: string;
  currency: string;
  channel?: Channel;
  purpose?: "sale" | "gift" | "sample" | "documents" | "return" | "other";
  invoiceTotal?: Decimal;
  shippingCost?: Decimal;
  grossWeightKg?: Decimal;
  parcels?: number;
  date?: string;
  documents?: DocumentKind[];
  wantsTaxRefund?: boolean;
  exporterType?: "individual" | "company";
  salesModel?: "b2c" | "b2b" | "overseas-warehouse";
  invoiceNumber?: string;
  incoterm?: string;
  shipper?: Party;
  consignee?: Party;
  items: Item[];
}

export interface Finding {
  rule: string;
  code: string;
  severity: "error" | "warning" | "info";
  field: string;
  message: string;
  help?: string;
  suggestions?: string[];
  /** The regulation or list the finding rests on, with its date; secondary sources say so. */
  source?: string;
  /** Extension: what customs does if an error or warning is not fixed. */
  next?: string;
}

export interface Clearance {
  channel: Channel;
  category: "documents" | "personal-articles" | "low-value-goods" | "formal-declaration";
  mode?: "9610" | "9710" | "9810" | "1210" | "0110";
  /** The goods value in CNY that decided the category; "" when it could not be converted. */
  valueCny: string;
  reasons: string[];
  taxRefund: {
    possible: boolean;
    rate?: string;
    reason: string;
    /** Extension: each coded line's rate and its source. */
    items?: { field: string; code: string; rate?: string; source: string }[];
  };
  /** Extension: what the mode needs. */
  modeNeeds?: string[];
  /** Extension: the limits and modes the category rests on. */
  source: string;
}

export interface CodeElements {
  code: string;
  lines: number;
  nameZh?: string;
  elements: { name: string; base: string; en?: string; optional: boolean }[];
}

export interface Threshold { amount: string; currency: string; basis: string }

export interface DestinationInfo {
  country: string;
  dutyThreshold?: Threshold;
  taxThreshold?: Threshold;
  dutyLikely: boolean;
  taxLikely: boolean;
  notes: string[];
  source: string;
  /** Extensions: thresholds in the declared currency, estimated VAT/GST, flat duty. */
  dutyThresholdDeclared?: Threshold;
  taxThresholdDeclared?: Threshold;
  taxEstimate?: Threshold;
  flatDuty?: Threshold;
  vatRate?: string;
  effectiveFrom?: string;
  confidence?: string;
}

export interface RateUsed { base: string; quote: string; rate: string; date: string; source: string }

export interface Report {
  verdict: "ready" | "review" | "blocked";
  lane: "fast" | "manual" | "inspection";
  laneReasons: string[];
  findings: Finding[];
  totals: { goods: string; currency: string; items: number };
  destination: DestinationInfo;
  /** `unsuitable[].source` (extension): the source of the figure a reason rests on (a weight limit). */
  channel: { suggested: Channel; reasons: string[]; unsuitable: { channel: Channel; reason: string; source?: string }[] };
  /** `name`: the document's name in the report's language ("Commercial invoice", "商业发票"). */
  documents: { kind: DocumentKind; name: string; status: "required" | "recommended"; reason: string; have: boolean }[];
  clearance: Clearance;
  dataVersion: string;
  date: string;
  /** Extension: every exchange rate the report relied on. */
  exchangeRates: RateUsed[];
}

export interface Options {
  lang?: "en" | "zh";
  /** YYYY-MM-DD; overrides the declaration's date. */
  date?: string;
  /** Fresher exchange rates; they replace the embedded ones pair by pair. */
  rates?: { base: string; quote: string; rate: Decimal; date?: string; source?: string }[];
}

export interface HsSuggestion {
  code: string;
  description: string;
  /** 0 to 1: how well the description matches. */
  score: number;
  /** 0 to 1: how often a suggestion at this rank and score named the right heading when measured (README, "Quality"). */
  confidence: number;
}
export interface RuleDoc { rule: string; code: string; severity: "error" | "warning" | "info"; explanation: string }

/** Loads the wasm module; call once before the other functions. */
export interface InitOptions {
  /** The .wasm file (default: precheck_core_bg.wasm next to this module). */
  module_or_path?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
  /** The reference-data file's URL (default: precheck_data.tsv next to this module), or its contents. */
  data?: string | URL;
  /** China's whole tariff chunk's URL or contents, for a page that has it (the package ships it in parts). */
  tariff?: string | URL;
  /** Where the data's parts are (default: parts/ next to the data file). */
  partsFolder?: string | URL;
  /**
   * "all" (default): every part of the data is loaded before init() resolves, so every call answers at once.
   * "when-needed": a call that needs a part not loaded yet throws a {@link PartsNeeded} error; see {@link settle}.
   */
  parts?: "all" | "when-needed";
}
/** What check, suggestHsCodes, declarationElements and rules throw, after init({ parts: "when-needed" }), for data not loaded yet. */
export interface PartsNeeded extends Error {
  /** The parts of the data the call reached for. */
  parts: string[];
  /** Resolves once they are loaded: ask again then. */
  ready: Promise<void>;
}
/** Instantiates the module and loads the reference data; await it once before anything else. */
export default function init(options?: InitOptions): Promise<void>;
/** `call`'s answer once the parts of the data it needs are loaded, e.g. `await settle(() => check(declaration))`. */
export function settle<T>(call: () => T): Promise<T>;
/** Starts loading the parts of the data a check of the declaration with these options will likely need (a hint; after init() was called). */
export function prefetch(declaration: Declaration | unknown, options?: Options): Promise<void>;
/** Loads parts of the reference data by name. */
export function loadParts(names: string[]): Promise<void>;
/** Installs the reference-data file by hand (init() does this); throws for a file of another data version. */
export function loadData(text: string): void;
export function check(declaration: Declaration | unknown, options?: Options): Report;
export function suggestHsCodes(description: string, limitOrOptions?: number | { limit?: number; lang?: "en" | "zh"; digits?: 6 | 10 }): HsSuggestion[];
/** The declaration elements China's 2026 tariff asks for under a code (6 to 10 digits). */
export function declarationElements(code: string): CodeElements;
/** The contract field a listings table's column header names ("HS code", "商品名称" and "Qty" name hsCode, description and quantity; "order" groups rows), or "" for none. After init(). */
export function csvColumn(header: string): string;
/** A complete, self-contained, printable HTML document (A4, or a 4 x 6 in label) from a declaration. */
export function renderDocument(declaration: Declaration | unknown, kind: "cn22" | "cn23" | "commercial-invoice" | "packing-list", options?: { size?: "a4" | "label" }): string;
/** Installs the whole tariff chunk by hand (init() does this when given one). */
export function loadTariff(text: string): void;
export function rules(): RuleDoc[];
export function version(): string;
/** What the reference data is (its release version and what it holds), as the data files name it; "" before init(). */
export function dataVersion(): string;
/** The countries the reference data knows, for pickers; empty before init(). */
export function countries(): { code: string; name: string; nameZh: string; currency: string }[];
/** The active ISO 4217 currency codes the reference data knows; empty before init(). */
export function currencies(): string[];
