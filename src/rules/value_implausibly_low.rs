use crate::knowledge::money::format_amount;
use crate::report::Finding;
use crate::rules::context::Context;
use rust_decimal::Decimal;

declare_rule! {
    /// **What it checks**: that a unit price is not far below what such goods can cost:
    /// a smartphone at USD 3, a laptop at USD 10, gold jewellery at USD 2. The floors are
    /// per product (vocabulary.rs, each with its rationale) and deliberately low; goods
    /// that really are cheap (hair clips, notebooks, phone cases) have no floor and are
    /// never flagged.
    /// **Why customs cares**: under-declaration is what customs look for first in small
    /// parcels; an implausible value sends the parcel to review and revaluation, with
    /// penalties (China Customs Law art. 24; WTO Valuation Agreement).
    /// **What to do**: declare the price actually paid; for used or refurbished goods say
    /// so in the description.
    pub static RULE = "value-implausibly-low", "PC404", Warning;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let currency = ctx.decl.currency.as_deref().unwrap_or("");
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let (Some(price), Some(best)) = (item.unit_price, facts.products.first()) else { continue };
        let Some(min) = best.product.min_usd.and_then(|m| Decimal::from_str_exact(m).ok()) else { continue };
        if price <= Decimal::ZERO {
            continue;
        }
        // Parts, covers, lights and toys of a product are not the product: "Bicycle Rear
        // Light", "Bike Bell", "Chair Cover" carry the product's name but not its price.
        let words = facts.words();
        let own_term: Vec<String> = best.product.terms.iter().flat_map(|t| crate::base::text::norm_words(t)).collect();
        let accessories = crate::knowledge::data::store::word_list("accessory");
        let accessory = words.iter().any(|w| accessories.contains(&w.as_str()) && !own_term.contains(w))
            || facts.phrases.any_of_list("accessory-zh-phrases");
        if accessory {
            continue;
        }
        let Some((usd, _)) = ctx.rates.convert(price, currency, "USD") else { continue };
        if usd < min {
            // Named as the title names it ("gold necklace"), not by the row's first term
            // ("gold ring"): the row's term the vocabulary's own matchers find in the title.
            use crate::knowledge::vocabulary::{chinese_terms, english_matches, product_name};
            let of_row = |p: &'static crate::knowledge::vocabulary::Product| std::ptr::eq(p, best.product);
            let in_title = english_matches(words).into_iter().find(|m| of_row(m.2.product)).map(|m| m.2.words.text()).or_else(|| {
                let zh = chinese_terms()?;
                zh.found_in(&facts.folded).into_iter().map(|i| zh.terms[i]).find(|t| of_row(t.1)).map(|t| t.0)
            });
            let product = in_title.or_else(|| product_name(best.product)).unwrap_or("such goods");
            out.push(ctx.finding(
                &RULE,
                item.field("unitPrice"),
                // A price in US dollars is not converted again ("26.56 USD (USD 26.56)").
                if currency == "USD" { "value-implausibly-low.in-usd" } else { "value-implausibly-low" },
                &[
                    ("price", &format!("{price} {currency}")),
                    ("usd", &format!("USD {}", format_amount(usd, "USD"))),
                    ("product", product),
                    ("min", &min.to_string()),
                ],
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    fn low(description: &str, price: &str) -> bool {
        let d = with(
            with(with(base(), "/items/0/description", json!(description)), "/items/0/unitPrice", json!(price)),
            "/items/0/totalPrice",
            json!(null),
        );
        !fired(d, "value-implausibly-low").is_empty()
    }

    #[test]
    fn table() {
        assert!(low("Android smartphone 128GB", "3"));
        assert!(low("Laptop computer 15.6 inch", "10"));
        assert!(!low("Android smartphone 128GB", "120"));
        assert!(!low("Phone case for smartphone", "0.5"));
        assert!(!low("Zinc alloy hair clips", "0.05"));
        assert!(!low("Spiral notebook A5", "0.3"));
        assert!(!low("Bicycle Rear Light USB Rechargeable", "3"));
        assert!(!low("Bike Bell Aluminum Bicycle Horn Loud", "2"));
        assert!(low("Mountain bicycle 26 inch 21 speed", "3"));
        // The goods are named as the title names them, not by their row's first term.
        let d = with(with(base(), "/items/0/description", json!("Gold necklace 18K")), "/items/0/unitPrice", json!("3"));
        let f = fired(with(d, "/items/0/totalPrice", json!(null)), "value-implausibly-low");
        assert!(f[0].message.contains("gold necklace") && !f[0].message.contains("gold ring"), "{}", f[0].message);
    }

    /// A price in US dollars is said once; another currency's with its dollar value.
    #[test]
    fn a_dollar_price_is_not_converted_again() {
        let phone = with(with(base(), "/items/0/description", json!("Android smartphone 128GB")), "/items/0/unitPrice", json!("3"));
        let phone = with(phone, "/items/0/totalPrice", json!(null));
        let in_usd = &fired(phone.clone(), "value-implausibly-low")[0].message;
        assert!(in_usd.starts_with("Unit price 3 USD is far below") && !in_usd.contains("(USD"), "{in_usd}");
        let in_cny = &fired(with(phone, "/currency", json!("CNY")), "value-implausibly-low")[0].message;
        assert!(in_cny.starts_with("Unit price 3 CNY (USD 0.4"), "{in_cny}");
    }
}
