use crate::knowledge::money::format_amount;
use crate::report::{Finding, Severity};
use crate::rules::context::Context;
use rust_decimal::Decimal;

declare_rule! {
    /// **What it checks**: signs of trademark infringement: words that admit a copy
    /// ("replica", "AAA quality", "高仿", "复刻"; "fake", "inspired" next to a brand), and a
    /// well-known brand (in the brand field or the text) at a small fraction of its
    /// genuine price (of several brands named, the dearest one's: "Nike Air Jordan" is
    /// held to Jordan's floor). A famous brand at a normal price is only noted.
    /// **Why customs cares**: customs on both sides seize infringing goods, destroy them and
    /// fine the sender; postal operators refuse counterfeits (Regulations of the PRC on
    /// Customs Protection of IPR; EU Reg. 608/2013; UPU Convention art. 19).
    /// **What to do**: keep an authorisation letter or proof of purchase from the brand
    /// owner; if the goods are unbranded, do not name the brand.
    pub static RULE = "infringement-risk", "PC504", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let currency = ctx.decl.currency.as_deref().unwrap_or("");
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let text = item.description.as_deref().or(item.description_zh.as_deref()).unwrap_or("");
        let field = if item.brand.is_some() && facts.brand.is_some() { item.field("brand") } else { item.field("description") };
        if let Some(word) = facts.replica_word {
            out.push(
                ctx.finding(&RULE, item.field("description"), "infringement-risk.replica", &[("text", text), ("word", word)])
                    .with_severity(Severity::Error),
            );
            continue;
        }
        let Some((brand, floor)) = facts.brand else { continue };
        let floor = Decimal::from_str_exact(floor).unwrap_or(Decimal::ZERO);
        let usd = item.unit_price.and_then(|p| ctx.rates.convert(p, currency, "USD")).map(|(v, _)| v);
        let shown = brand.split(' ').map(|w| capitalise(w, brand)).collect::<Vec<_>>().join(" ");
        match (item.unit_price, usd) {
            (Some(price), Some(usd)) if usd < floor => {
                out.push(
                    ctx.finding(
                        &RULE,
                        field,
                        if currency == "USD" { "infringement-risk.cheap-brand-in-usd" } else { "infringement-risk.cheap-brand" },
                        &[
                            ("brand", &shown),
                            ("price", &format!("{price} {currency}")),
                            ("usd", &format!("USD {}", format_amount(usd, "USD"))),
                            ("min", &floor.to_string()),
                        ],
                    )
                    .with_severity(Severity::Error),
                );
            }
            _ => out.push(ctx.finding(&RULE, field, "infringement-risk.brand", &[("brand", &shown)]).with_severity(Severity::Info)),
        }
    }
}

/// A word of the brand `name` as a message shows it: capitalised, and an abbreviation in
/// capitals ("LV", "JBL", "SK II", "Apple TV").
fn capitalise(word: &str, name: &str) -> String {
    let mut shown = word.to_string();
    let upper = if word.len() <= 2 || word.len() == 3 && name.len() == 3 { word.len() } else { word.len().min(1) };
    // (A Chinese name has no capitals; `get_mut` also keeps to its characters' bounds.)
    if let Some(head) = shown.get_mut(..upper) {
        head.make_ascii_uppercase();
    }
    shown
}

#[cfg(test)]
mod tests {
    use crate::report::Severity;
    use crate::rules::testing::*;
    use serde_json::json;

    fn risk(description: &str, brand: Option<&str>, price: &str) -> Option<Severity> {
        let mut d = with(
            with(with(base(), "/items/0/description", json!(description)), "/items/0/unitPrice", json!(price)),
            "/items/0/totalPrice",
            json!(null),
        );
        if let Some(b) = brand {
            d = with(d, "/items/0/brand", json!(b));
        }
        fired(d, "infringement-risk").first().map(|f| f.severity)
    }

    #[test]
    fn table() {
        assert_eq!(risk("Nike Air running shoes", None, "8"), Some(Severity::Error));
        assert_eq!(risk("Running shoes", Some("Nike"), "8"), Some(Severity::Error));
        assert_eq!(risk("Nike Air running shoes", None, "95"), Some(Severity::Info));
        assert_eq!(risk("AAA quality designer handbag", None, "30"), Some(Severity::Error));
        assert_eq!(risk("高仿包包", None, "30"), Some(Severity::Error));
        // "AAA", "copy", "fake" name ordinary goods too; next to a brand they admit a copy.
        assert_eq!(risk("AAA Batteries Alkaline 1.5V 24 Pack", None, "5"), None);
        assert_eq!(risk("Fake Flowers Artificial Silk Roses", None, "3"), None);
        assert_eq!(risk("Fake Yeezy Boost 350", None, "300"), Some(Severity::Error));
        // "Replica" admits a copy, except of a thing (a skull, a scale model, a helmet)
        // where no brand is named.
        assert_eq!(risk("Replica Watch Men Luxury Automatic", None, "30"), Some(Severity::Error));
        assert_eq!(risk("Dinosaur Skull Replica Resin", None, "30"), None);
        assert_eq!(risk("Titanic Ship Replica Model 1:400", None, "30"), None);
        assert_eq!(risk("Viking Helmet Replica Steel", None, "30"), None);
        assert_eq!(risk("Gucci Replica Helmet", None, "30"), Some(Severity::Error));
        // A sports brand's "replica" grade (below its match version) is the brand's own
        // goods: the price floor decides; an unbranded replica jersey stays a copy.
        let ball = "ADIDAS BRAZUCA SOCCER BALL SIZE 5 MATCH BALL REPLICA CAPITANO";
        assert_eq!(risk(ball, None, "30"), Some(Severity::Info));
        assert_eq!(risk(ball, None, "5"), Some(Severity::Error));
        assert_eq!(risk("Replica Football Jersey 2024 Home", None, "30"), Some(Severity::Error));
        assert_eq!(risk("Nike Replica Jersey AAA Quality", None, "30"), Some(Severity::Error));
        // Apple is named by its products, not by the fruit.
        assert_eq!(risk("Stainless Steel Apple Slicer and Corer", None, "4"), None);
        // Off-white in a title is a colour; in the brand field, the label.
        assert_eq!(risk("LA LOFT Women Off-White Floral Printed Shirt Style Top", None, "8"), None);
        assert_eq!(risk("Arrows Hoodie", Some("Off-White"), "20"), Some(Severity::Error));
        // Nor is omega-3 an Omega; its watches are, named with the model or in the field.
        assert_eq!(risk("Fish Oil Omega 3 Capsules 1000mg", None, "8"), None);
        assert_eq!(risk("Omega Seamaster Automatic Watch", None, "50"), Some(Severity::Error));
        assert_eq!(risk("Automatic dive watch", Some("Omega"), "50"), Some(Severity::Error));
        assert_eq!(risk("Plain canvas tote bag", None, "3"), None);
        // A short brand name inside a model code, hyphenated to a number, is no brand.
        assert_eq!(risk("HS-200-LV Replacement Filter", None, "12"), None);
        assert_eq!(risk("LV-200 Water Filter Cartridge", None, "12"), None);
        assert_eq!(risk("LV Monogram Canvas Handbag", None, "12"), Some(Severity::Error));
        assert_eq!(risk("JBL-Flip5 Bluetooth Speaker", None, "5"), Some(Severity::Error));
        // Several brands named: the dearest one's floor (Jordan's, not Nike's).
        assert_eq!(risk("Nike Air Jordan 1 Retro High", None, "30"), Some(Severity::Error));
        assert_eq!(risk("Nike Air Zoom Pegasus", None, "30"), Some(Severity::Info));
        // Jordan's shoes are named by their models; a player, an author or the country is
        // no claim (in the brand field, the label).
        assert_eq!(risk("Jordan 4 Retro Military Black", None, "30"), Some(Severity::Error));
        assert_eq!(risk("Jumpman Basketball Shoes Men", None, "30"), Some(Severity::Error));
        assert_eq!(risk("2018-19 Panini Prizm Jordan Clarkson Signed Card", None, "30"), None);
        assert_eq!(risk("Dead Sea Mud Mask from Jordan 250g", None, "5"), None);
        assert_eq!(risk("Basketball shoes", Some("Jordan"), "30"), Some(Severity::Error));
        // A brand the goods fit, before or after the goods ("For iPhone ..." is how many
        // listings start), is no claim to be the brand.
        assert_eq!(risk("Silicone case for iPhone 15 Pro Max", None, "3"), None);
        assert_eq!(risk("For iPhone 15 Pro Max Case Silicone Shockproof", None, "3"), None);
        assert_eq!(risk("Compatible Samsung Galaxy S24 screen protector", None, "2"), None);
        assert_eq!(risk("适用苹果15手机壳", None, "3"), None);
        // A device brand before an accessory noun names the device too ("Samsung Galaxy
        // S24 phone case"); a fashion brand before one, or a device alone, is the claim.
        assert_eq!(risk("Samsung Galaxy S24 Ultra phone case", None, "3"), None);
        assert_eq!(risk("Apple Watch band 45mm silicone", None, "3"), None);
        // ... or after one ("Clear Case iPhone 15"); another brand the design claims stays.
        assert_eq!(risk("Clear Phone Case iPhone 15 Pro Max Shockproof", None, "3"), None);
        assert_eq!(risk("Jordan 1 Phone Case iPhone 15", None, "5"), Some(Severity::Error));
        assert_eq!(risk("Samsung Galaxy S24 256GB with case", None, "3"), Some(Severity::Error));
        // Headphone, speaker, tumbler and watch makers too: their parts and straps fit them.
        assert_eq!(risk("Bose QuietComfort 45 replacement ear cushions", None, "8"), None);
        assert_eq!(risk("Stanley 40 oz Tumbler Replacement Straws 6 Pack", None, "5"), None);
        assert_eq!(risk("Casio G-Shock replacement band", None, "6"), None);
        assert_eq!(risk("Bose QuietComfort 45 headphones", None, "8"), Some(Severity::Error));
        assert_eq!(risk("Samsung Galaxy S24 Ultra 256GB", None, "3"), Some(Severity::Error));
        assert_eq!(risk("Apple AirPods Pro 2 wireless earbuds", None, "6"), Some(Severity::Error));
        assert_eq!(risk("Apple iPhone 15 Pro Max 256GB with case", None, "30"), Some(Severity::Error));
        assert_eq!(risk("Gucci phone case", None, "3"), Some(Severity::Error));
        // ... unless the brand field claims it.
        assert_eq!(risk("For iPhone 15 case", Some("Apple"), "3"), Some(Severity::Error));
    }

    /// A brand's abbreviation is shown in capitals, other names capitalised.
    #[test]
    fn abbreviations_are_shown_in_capitals() {
        let message = |description: &str| {
            let d = with(with(base(), "/items/0/description", json!(description)), "/items/0/unitPrice", json!("8"));
            fired(with(d, "/items/0/totalPrice", json!(null)), "infringement-risk")[0].message.clone()
        };
        assert!(message("LV Monogram Canvas Handbag").starts_with("LV at 8 USD"));
        assert!(message("SK-II Facial Treatment Essence").starts_with("SK II at 8 USD"));
        assert!(message("Louis Vuitton Neverfull").starts_with("Louis Vuitton at 8 USD"));
        assert!(message("Miu Miu Sunglasses").starts_with("Miu Miu at 8 USD"));
        assert!(message("香奈儿 女士 手提包").starts_with("香奈儿 at 8 USD"));
    }

    /// A price in US dollars is said once; another currency's with its dollar value.
    #[test]
    fn a_dollar_price_is_not_converted_again() {
        let shoes = with(with(base(), "/items/0/description", json!("Nike Air running shoes")), "/items/0/unitPrice", json!("8"));
        let shoes = with(shoes, "/items/0/totalPrice", json!(null));
        let in_usd = &fired(shoes.clone(), "infringement-risk")[0].message;
        assert!(in_usd.starts_with("Nike at 8 USD a piece is far below") && !in_usd.contains("(USD"), "{in_usd}");
        let in_cny = &fired(with(shoes, "/currency", json!("CNY")), "infringement-risk")[0].message;
        assert!(in_cny.starts_with("Nike at 8 CNY (USD 1.1"), "{in_cny}");
    }
}
