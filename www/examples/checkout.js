// The checkout example: the element loads from ../pkg (its package), takes part in the
// shop's form, and the order is "placed" here by showing what the form would send.
import "../pkg/export-precheck-define.js";

const form = document.getElementById("checkout");
const precheck = document.getElementById("precheck");
precheck.value = {
  origin: "CN", destination: "FR", currency: "EUR", channel: "postal", purpose: "sale",
  items: [{ description: "Silk scarf", descriptionZh: "真丝围巾", hsCode: "6214.10", quantity: "1", unitPrice: "35" }],
};
form.addEventListener("submit", (event) => {
  event.preventDefault(); // an example: nothing is sent anywhere
  const sent = new FormData(form);
  document.getElementById("submitted").textContent = `${[...sent.keys()].join(", ")}: ${sent.get("declaration")?.length ?? 0} characters of declaration`;
});
