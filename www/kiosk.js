// The postal-counter layout: the element full screen, in the language the URL asks for
// (?lang=en), Chinese by default; postal channel preset, as counters take mail.
import "./pkg/export-precheck-define.js";
import { registerOffline } from "./offline.js";

registerOffline();
const kiosk = document.getElementById("kiosk");
const lang = new URLSearchParams(location.search).get("lang") ?? document.documentElement.lang;
kiosk.setAttribute("lang", lang);
document.documentElement.lang = lang;
kiosk.value = { origin: "CN", channel: "postal", currency: "CNY", items: [{ description: "", quantity: "", unitPrice: "" }] };
