use crate::knowledge::vocabulary::flag;
use crate::report::{Finding, Severity};
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: goods admitted only with a licence, permit or special
    /// documents: food, plants and seeds (phytosanitary and food-safety rules), medicines
    /// and medical devices (registration, prescription), cosmetics (ingredient rules),
    /// goods under China's export controls (drones, night-vision and thermal imagers,
    /// encryption, gallium, germanium, antimony, graphite, rare earths: MOFCOM/GAC
    /// announcements 2023-2025), radio transmitters (type approval), cultural relics,
    /// fossils (an exit approval, Regulations on the Protection of Fossils 2010, art. 33),
    /// goods whose 10-digit code carries a supervision condition that asks for a permit
    /// on export (gold J, medicines L, pesticides S, toxic chemicals X, fossils z ...), and
    /// by express dangerous goods and magnets.
    /// **Why customs cares**: without the documents the goods are held, returned or
    /// destroyed, and exporting controlled items without a licence is an offence (Export
    /// Control Law of the PRC, 2020).
    /// **What to do**: get the licence or documents listed in the report before shipping,
    /// or leave the goods out.
    pub static RULE = "restricted-item", "PC502", Warning;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let text = item.description.as_deref().or(item.description_zh.as_deref()).unwrap_or("");
        let f = facts.flags;
        let cases: [(u32, &str, Severity); 8] = [
            // Goods of a kind China controls by specification, no control matched: a
            // "may", so a warning that asks for the specification (export-controlled
            // errs when a control or the tariff line says the goods are controlled).
            (flag::EXPORT_CONTROLLED, "restricted-item.export-control", Severity::Warning),
            (flag::ANTIQUE, "restricted-item.antique", Severity::Error),
            (flag::MEDICINE, "restricted-item.medicine", Severity::Warning),
            (flag::FOOD, "restricted-item.food", Severity::Warning),
            (flag::COSMETIC, "restricted-item.cosmetic", Severity::Warning),
            (flag::RADIO, "restricted-item.radio", Severity::Warning),
            (flag::MAGNETIC, "restricted-item.magnetic", Severity::Warning),
            (flag::DANGEROUS, "restricted-item.dangerous", Severity::Warning),
        ];
        // A relic of 1912-1949 (ethnic-minority relics up to 1966) leaves only with a relic
        // export licence.
        if let Some(crate::facts::controls::Relic::NeedsLicence(year)) = facts.controls.relic {
            let licensed = ctx.decl.documents.as_ref().is_some_and(|d| d.contains(&crate::input::declaration::DocumentKind::ExportLicence));
            let finding =
                ctx.finding(&RULE, item.field("yearMade"), "restricted-item.relic", &[("text", text), ("year", &year.to_string())]);
            out.push(finding.with_severity(if licensed { Severity::Info } else { Severity::Error }).with_source(RELIC_SOURCE));
            continue;
        }
        // A line that names a relic or its period outright ("Qing dynasty vase", 清代瓷瓶)
        // without the year it was made: the year decides (above, and prohibited-item
        // before 1912), so it is asked for. Goods read as antiques are told so below.
        if item.year_made.is_none() && f & flag::ANTIQUE == 0 && facts.phrases.any_of_list("relic-named-phrases") {
            let finding = ctx.finding(&RULE, item.field("yearMade"), "restricted-item.relic-year-missing", &[("text", text)]);
            out.push(finding.with_severity(Severity::Warning).with_source(RELIC_SOURCE));
            continue;
        }
        // Hazardous chemicals: dangerous goods, by express only as such (post: prohibited-item).
        if let (Some((name, cas)), false) = (facts.controls.hazardous, ctx.channel.effective == crate::input::declaration::Channel::Postal)
        {
            out.push(
                ctx.finding(
                    &RULE,
                    item.field("description"),
                    "restricted-item.hazardous-chemical",
                    &[("text", text), ("name", name), ("cas", cas)],
                )
                .with_severity(Severity::Warning)
                .with_source(super::prohibited_item::HAZARDOUS_SOURCE),
            );
            continue;
        }
        // The destination's and carriers' own rules on these goods (data).
        if let Some(finding) = destination_rule(ctx, item, facts, text) {
            out.push(finding);
            continue;
        }
        // A supervision condition of the code that asks for a permit on export (gold,
        // medicines, pesticides, toxic chemicals, fossils): what the line needs whatever
        // its words say.
        if let (Some(permit), Some(code)) = (facts.controls.permit, facts.valid_digits()) {
            let document = if ctx.lang == crate::knowledge::messages::Lang::Zh { permit.document_zh } else { permit.document_en };
            let mut condition = [0u8; 4];
            let params = [("text", text), ("code", code), ("document", document), ("condition", permit.code.encode_utf8(&mut condition))];
            let finding = ctx.finding(&RULE, item.field("hsCode"), "restricted-item.permit", &params).with_severity(Severity::Warning);
            out.push(finding.with_source(crate::knowledge::data::china::mark_secondary(permit.source)));
            continue;
        }
        // One finding a line: the weightiest reason. Export control has its own rule
        // (export-controlled) when the controls know the goods.
        let known_control = facts.controls.licence.is_some() || facts.controls.partly_controlled.is_some();
        if let Some((_, key, severity)) =
            cases.iter().find(|(bit, key, _)| f & bit != 0 && !(known_control && *key == "restricted-item.export-control"))
        {
            if *key == "restricted-item.dangerous" && ctx.channel.effective == crate::input::declaration::Channel::Postal {
                continue; // prohibited-item says it for post.
            }
            out.push(ctx.finding(&RULE, item.field("description"), key, &[("text", text)]).with_severity(*severity));
        }
    }
}

/// The first destination rule in force that names the line's goods.
fn destination_rule(
    ctx: &Context,
    item: &crate::input::declaration::Item,
    facts: &crate::facts::goods::ItemFacts,
    text: &str,
) -> Option<Finding> {
    let (flags, phrases) = (facts.flags, &facts.phrases);
    let destination = ctx.decl.destination.as_deref().unwrap_or("");
    let channel = ctx.channel.effective;
    let exporter = match ctx.decl.exporter_type {
        crate::input::declaration::ExporterType::Individual => "individual",
        crate::input::declaration::ExporterType::Company => "company",
    };
    let rule = crate::knowledge::data::china::destination_rules().iter().find(|r| {
        let by_flag = !r.flag.is_empty() && crate::knowledge::vocabulary::flag::by_name(r.flag).is_some_and(|bit| flags & bit != 0);
        (by_flag || phrases.may_hold_any(r.words_sieve) && phrases.any(&r.words))
            && !phrases.any(&r.excludes)
            && r.in_force(ctx.date)
            && r.applies_to(destination, channel.name(), exporter)
    })?;
    let severity = r_sev(if channel == crate::input::declaration::Channel::Postal { rule.postal_severity } else { rule.other_severity });
    // Its messages are the rule's own, a part of the data (`destination-rule.<id>`).
    let key = ["destination-rule.", rule.id].concat();
    Some(
        ctx.finding(&RULE, item.field("description"), &key, &[("text", text), ("destination", destination)])
            .with_severity(severity)
            .with_source(crate::knowledge::data::china::mark_secondary(rule.source())),
    )
}

fn r_sev(name: &str) -> Severity {
    match name {
        "error" => Severity::Error,
        "info" => Severity::Info,
        _ => Severity::Warning,
    }
}

const RELIC_SOURCE: &str = "Cultural Relics Protection Law of the PRC; relic export rules (2007): 1912-1949, and ethnic-minority relics up to 1966, leave only with a relic export licence (compliance/china_export_controls.csv) [SEC]";

#[cfg(test)]
mod tests {
    use crate::report::Severity;
    use crate::rules::testing::*;
    use serde_json::json;

    fn destination(description: &str, dest: &str, channel: &str, purpose: &str, date: &str) -> Option<(String, crate::report::Severity)> {
        let d = with(with(base(), "/items/0/description", json!(description)), "/destination", json!(dest));
        let d = with(with(with(d, "/channel", json!(channel)), "/purpose", json!(purpose)), "/date", json!(date));
        let r = crate::check_json(&d, &crate::Options::default()).unwrap();
        r.findings.into_iter().find(|f| f.rule == "restricted-item").map(|f| (f.message, f.severity))
    }

    #[test]
    fn destination_rules() {
        use crate::report::Severity;
        let cpnp = destination("Hyaluronic acid face serum 30ml", "DE", "express", "sale", "2026-07-01").unwrap();
        assert!(cpnp.0.contains("CPNP"), "{cpnp:?}");
        assert!(
            !destination("Hyaluronic acid face serum 30ml", "US", "express", "sale", "2026-07-01").is_some_and(|f| f.0.contains("CPNP"))
        );
        let pn = destination("Green tea leaves 250g", "US", "postal", "sale", "2026-10-01").unwrap();
        assert!(pn.0.contains("tracking"), "{pn:?}");
        let pn_before = destination("Green tea leaves 250g", "US", "postal", "sale", "2026-09-30").unwrap();
        assert!(pn_before.0.contains("prior notice") && !pn_before.0.contains("tracking"), "{pn_before:?}");
        // Seafood crackers are a tool, no food ("Lobster & Crab Crackers": the biscuits'
        // "cracker" no longer lends its FOOD flag).
        assert!(destination("Lobster & Crab Crackers Set of 4", "US", "postal", "sale", "2026-10-01").is_none());
        // Live plants are no food: phytosanitary documents, not FDA prior notice.
        let plant = destination("Live succulent plant", "US", "postal", "sale", "2026-10-01").unwrap();
        assert!(plant.0.contains("phytosanitary") && !plant.0.contains("prior notice"), "{plant:?}");
        assert_eq!(destination("Eau de parfum 50ml", "GB", "postal", "sale", "2026-07-01").map(|f| f.1), Some(Severity::Error));
        assert_eq!(destination("Eau de parfum 50ml", "GB", "express", "sale", "2026-07-01").map(|f| f.1), Some(Severity::Warning));
        assert_eq!(destination("Tomato seeds 100 pcs", "GB", "postal", "gift", "2026-07-01").map(|f| f.1), Some(Severity::Error));
        assert_eq!(destination("Tomato seeds 100 pcs", "GB", "express", "sale", "2026-07-01").map(|f| f.1), Some(Severity::Warning));
        assert!(destination("Glass seed beads 2mm for jewelry making", "GB", "express", "sale", "2026-07-01").is_none());
        // Fossils leave China only with an exit approval, by any channel, to anywhere; a
        // Fossil watch or bag, a resin replica or a fossil print are none.
        for fossil in ["Trilobite fossil specimen Morocco", "Ammonite Fossil Pair Polished", "三叶虫化石 标本", "Megalodon Tooth 4 inch"]
        {
            let found = destination(fossil, "US", "express", "sale", "2026-07-01");
            assert!(found.as_ref().is_some_and(|f| f.0.contains("fossil") && f.1 == Severity::Error), "{fossil}: {found:?}");
        }
        for not_fossil in
            ["Fossil Gen 6 Smartwatch 44mm", "Fossil Leather Crossbody Bag", "Resin Dinosaur Fossil Replica", "Fossil Print T-Shirt"]
        {
            assert!(
                !destination(not_fossil, "US", "express", "sale", "2026-07-01").is_some_and(|f| f.0.contains("fossil")),
                "{not_fossil}"
            );
        }
        // Not before the regulations were in force.
        assert!(destination("Trilobite fossil specimen", "US", "express", "sale", "2010-12-31").is_none_or(|f| !f.0.contains("fossil")));
        // Drug paraphernalia to the US (21 U.S.C. 863), by any channel; a tobacco pipe, a
        // kitchen herb grinder, a bong sticker are none, and other destinations' law differs.
        for paraphernalia in ["Glass Bong Water Pipe 10 inch", "Weed Grinder 4 Piece Aluminium", "Dab Rig Glass 7 inch"] {
            let found = destination(paraphernalia, "US", "express", "sale", "2026-07-01");
            assert!(
                found.as_ref().is_some_and(|f| f.0.contains("paraphernalia") && f.1 == Severity::Warning),
                "{paraphernalia}: {found:?}"
            );
            assert!(destination(paraphernalia, "DE", "express", "sale", "2026-07-01").is_none_or(|f| !f.0.contains("paraphernalia")));
        }
        // Laser pointers to Australia: above 1 mW only with written permission (from
        // 2008-07-01); a 1 mW pointer, a laser level or a presenter is none.
        let laser = destination("Green Laser Pointer 5mW Star Pointer", "AU", "postal", "sale", "2026-07-01");
        assert!(laser.as_ref().is_some_and(|f| f.0.contains("1 mW") && f.1 == Severity::Warning), "{laser:?}");
        assert!(destination("Green Laser Pointer 5mW Star Pointer", "AU", "postal", "sale", "2008-06-30").is_none());
        assert!(destination("Green Laser Pointer 5mW Star Pointer", "GB", "postal", "sale", "2026-07-01").is_none());
        for allowed in ["Laser Pointer 1mW Class 2", "Green Laser Level Self-Leveling", "Wireless Presenter with Laser Pointer"] {
            assert!(destination(allowed, "AU", "postal", "sale", "2026-07-01").is_none(), "{allowed}");
        }
        // Soil to the US (7 CFR 330.300): potting mixes and compost count; a soil tester,
        // a compostable bag or soil sent elsewhere does not.
        let soil = destination("Succulent Potting Soil Mix 2L", "US", "postal", "sale", "2026-07-01");
        assert!(soil.as_ref().is_some_and(|f| f.0.contains("soil") && f.1 == Severity::Warning), "{soil:?}");
        for not_soil in ["Soil Moisture Meter 3 in 1", "Compostable Trash Bags 30 Count"] {
            assert!(destination(not_soil, "US", "postal", "sale", "2026-07-01").is_none(), "{not_soil}");
        }
        assert!(destination("Succulent Potting Soil Mix 2L", "GB", "postal", "sale", "2026-07-01").is_none());
        // Chewing gum to Singapore: prohibited in any quantity (Rg 4, from 1995-12-01); a
        // bubble-gum-pink dress, a gum remover or gum to Malaysia is none.
        let gum = destination("Chewing Gum Mint 10 Packs", "SG", "postal", "gift", "2026-07-01");
        assert!(gum.as_ref().is_some_and(|f| f.0.contains("Singapore") && f.1 == Severity::Error), "{gum:?}");
        assert!(destination("Chewing Gum Mint 10 Packs", "SG", "postal", "gift", "1995-11-30").is_none());
        assert!(destination("Chewing Gum Mint 10 Packs", "MY", "postal", "gift", "2026-07-01").is_none());
        for not_gum in ["Bubble Gum Pink Bodycon Dress", "Chewing Gum Remover Spray 200ml"] {
            assert!(destination(not_gum, "SG", "postal", "sale", "2026-07-01").is_none(), "{not_gum}");
        }
        // E-cigarettes to Thailand (from 2014-12-26), India (from 2019-09-18), Hong Kong
        // (from 2022-04-30), Singapore (in its present words from 2016-08-01), Brazil (from
        // 2009-08-28), Taiwan (from 2023-03-22) and Mexico (from 2020-02-20), by any
        // channel; hookah charcoal to Thailand, or a vape to Germany, is none.
        for (vape, to, from, day_before) in [
            ("Disposable Vape 8000 Puffs", "TH", "2014-12-26", "2014-12-25"),
            ("Pod System E-cigarette Kit", "IN", "2019-09-18", "2019-09-17"),
            ("Heated Tobacco Device Kit", "HK", "2022-04-30", "2022-04-29"),
            ("Vape Pod Refill 3 Pack", "SG", "2016-08-01", "2016-07-31"),
            ("Disposable Vape Pen 5000 Puffs", "BR", "2009-08-28", "2009-08-27"),
            ("Electronic Cigarette Pod Kit", "TW", "2023-03-22", "2023-03-21"),
            ("Vape Kit 2ml Pod Starter", "MX", "2020-02-20", "2020-02-19"),
        ] {
            let found = destination(vape, to, "express", "sale", "2026-07-01");
            assert!(found.as_ref().is_some_and(|f| f.0.contains("e-cigarette") && f.1 == Severity::Error), "{vape}: {found:?}");
            assert!(destination(vape, to, "express", "sale", from).is_some());
            assert!(destination(vape, to, "express", "sale", day_before).is_none_or(|f| !f.0.contains("prohibits importing")));
        }
        // Australia: disposable vapes from 2024-01-01, every vaping good from 2024-03-01,
        // only with an Office of Drug Control licence and permit.
        let au = |vape: &str, date: &str| destination(vape, "AU", "express", "sale", date).filter(|f| f.0.contains("Drug Control"));
        assert!(au("Disposable Vape 6000 Puffs", "2024-01-01").is_some_and(|f| f.0.contains("disposable") && f.1 == Severity::Error));
        assert!(au("Disposable Vape 6000 Puffs", "2023-12-31").is_none());
        assert!(au("Refillable Vape Pod Kit", "2024-02-29").is_none());
        assert!(au("Refillable Vape Pod Kit", "2024-03-01").is_some_and(|f| f.1 == Severity::Error));
        assert!(au("Disposable Vape 6000 Puffs", "2026-07-01").is_some());
        assert!(destination("Coconut Hookah Charcoal 1kg", "TH", "express", "sale", "2026-07-01").is_none());
        // Chocolate with a toy sealed inside, to the US (21 U.S.C. 342(d)(1)): before the
        // food rules, which would only ask for prior notice; Kinder Joy is admitted.
        let egg = destination("Kinder Surprise Chocolate Eggs 3pcs", "US", "postal", "sale", "2026-07-01");
        assert!(egg.as_ref().is_some_and(|f| f.0.contains("toy sealed inside") && f.1 == Severity::Error), "{egg:?}");
        assert!(
            destination("Kinder Joy Chocolate 3 Pack", "US", "postal", "sale", "2026-07-01").is_none_or(|f| !f.0.contains("toy sealed"))
        );
        assert!(destination("Kinder Surprise Chocolate Eggs 3pcs", "GB", "postal", "sale", "2026-07-01")
            .is_none_or(|f| !f.0.contains("toy sealed")));
        // Prop money is counterfeit currency, to anywhere; children's play money is not.
        for prop in ["Prop Money Movie Fake Dollars", "道具钞 100张"] {
            let found = destination(prop, "GB", "express", "sale", "2026-07-01");
            assert!(found.as_ref().is_some_and(|f| f.0.contains("counterfeit currency") && f.1 == Severity::Error), "{prop}: {found:?}");
        }
        for not_prop in ["Play Money Set for Kids", "Money Box Piggy Bank", "Bar Props Photo Booth Set 20pcs"] {
            assert!(destination(not_prop, "US", "postal", "sale", "2026-07-01").is_none_or(|f| !f.0.contains("counterfeit")), "{not_prop}");
        }
        // Knives to the UK: no delivery to a home or a locker from a seller abroad, since
        // 2022-04-06; a sharpener, a cutlery set or a putty knife is no bladed product.
        for knife in ["Kitchen Chef Knife 8 inch Damascus", "Folding Pocket Knife Stainless Steel", "不锈钢菜刀 厨师刀"] {
            let found = destination(knife, "GB", "express", "sale", "2026-07-01");
            assert!(found.as_ref().is_some_and(|f| f.0.contains("bladed product") && f.1 == Severity::Warning), "{knife}: {found:?}");
        }
        assert!(destination("Kitchen Chef Knife 8 inch Damascus", "GB", "express", "sale", "2022-04-05").is_none());
        assert!(destination("Kitchen Chef Knife 8 inch Damascus", "DE", "express", "sale", "2026-07-01").is_none());
        for not_bladed in
            ["Electric Knife Sharpener 3 Stage", "Stainless Steel Cutlery Set 24 Pieces Knife Fork Spoon", "Putty Knife Set 4 Pieces"]
        {
            assert!(destination(not_bladed, "GB", "postal", "sale", "2026-07-01").is_none_or(|f| !f.0.contains("bladed")), "{not_bladed}");
        }
        // Gel blasters to Australia are imitation firearms; their refill beads are not.
        let gel = destination("Toy Gun Gel Blaster Orbeez", "AU", "express", "sale", "2026-07-01");
        assert!(gel.as_ref().is_some_and(|f| f.0.contains("imitation firearm") && f.1 == Severity::Error), "{gel:?}");
        assert!(destination("Gel Blaster Refill Water Beads 50000pcs", "AU", "express", "sale", "2026-07-01").is_none());
        assert!(destination("Toy Gun Gel Blaster Orbeez", "US", "express", "sale", "2026-07-01").is_none());
        // Kratom: an offence to import into the UK from 2016-05-26 and prohibited in
        // Australia (errors); detained by the FDA (a warning); nothing said elsewhere.
        let kratom = |to: &str, on: &str| destination("Red Vein Kratom Powder 100g", to, "express", "sale", on);
        assert!(kratom("GB", "2026-07-01").is_some_and(|f| f.0.contains("Psychoactive Substances Act") && f.1 == Severity::Error));
        assert!(kratom("GB", "2016-05-25").is_none());
        assert!(kratom("AU", "2026-07-01").is_some_and(|f| f.0.contains("Schedule 9") && f.1 == Severity::Error));
        assert!(kratom("US", "2026-07-01").is_some_and(|f| f.0.contains("54-15") && f.1 == Severity::Warning));
        assert!(kratom("DE", "2026-07-01").is_none());
        assert!(destination("卡痛叶粉 100克", "GB", "postal", "sale", "2026-07-01").is_some());
        assert!(destination("Disposable Vape 8000 Puffs", "DE", "express", "sale", "2026-07-01").is_none());
        for not_paraphernalia in ["Wooden Tobacco Pipe", "Herb Grinder 4 Piece Aluminium", "Bong Sticker Pack"] {
            assert!(
                destination(not_paraphernalia, "US", "postal", "sale", "2026-07-01").is_none_or(|f| !f.0.contains("paraphernalia")),
                "{not_paraphernalia}"
            );
        }
    }

    fn restricted(description: &str) -> Option<String> {
        fired(with(base(), "/items/0/description", json!(description)), "restricted-item").first().map(|f| f.message.clone())
    }

    #[test]
    fn table() {
        assert!(restricted("Oolong tea leaves 500g").is_some());
        // Gunpowder tea (China's rolled green tea, grade 3505) is food, not an explosive.
        assert!(restricted("Green tea gunpowder 3505").is_some_and(|m| m.contains("food")));
        assert!(restricted("Gunpowder 1kg").is_some_and(|m| m.contains("dangerous")));
        assert!(restricted("Vitamin C tablets").is_some());
        assert!(restricted("Matte lipstick").is_some());
        assert!(restricted("Camera drone with 4K camera").is_some_and(|m| m.contains("specification")));
        // A consumer drone is not controlled (MOFCOM/GACC 2023 No.28): a warning, not an error.
        let drone = fired(with(base(), "/items/0/description", json!("Camera drone with 4K camera")), "restricted-item");
        assert_eq!(drone[0].severity, Severity::Warning);
        assert!(restricted("Women's knitted cotton T-shirt").is_none());
        assert!(restricted("Ceramic coffee mug").is_none());
        // A needle for sewing or knitting is not a medical needle: the longer term decides.
        assert!(restricted("Insulin syringe needle").is_some());
        assert!(restricted("Hand sewing needles assorted sizes").is_none());
        assert!(restricted("Bamboo knitting needles set").is_none());
        // "Tablet" is a pill only when the title names what it holds.
        assert!(restricted("Ibuprofen 200mg tablets").is_some());
        assert!(restricted("Tablet 10.1 inch 4GB RAM 64GB ROM WiFi").is_none());
        // An antique may be a relic; an antique-brass finish is a colour of new hardware.
        assert!(restricted("Antique").is_some_and(|m| m.contains("relic")));
        assert!(restricted("Craftcart Flat Antique Brass Cabinet/Draw Pull").is_none());
        assert!(restricted("Antique Bronze Finish Door Knocker").is_none());
        // A relic or its period named outright, with no year of making: the year is asked.
        assert!(restricted("Qing dynasty blue and white porcelain vase").is_some_and(|m| m.contains("year of making")));
        assert!(restricted("清代青花瓷瓶").is_some_and(|m| m.contains("year of making")));
        assert!(restricted("Porcelain vase, blue and white").is_none());
    }

    /// A line coded under a tariff line whose supervision conditions ask for a permit.
    fn coded(description: &str, hs: &str) -> Vec<crate::report::Finding> {
        let d = with(with(base(), "/items/0/description", json!(description)), "/items/0/hsCode", json!(hs));
        fired(d, "restricted-item")
    }

    #[test]
    fn a_code_whose_supervision_conditions_ask_for_a_permit_names_it() {
        // A fossil coded as one but described as a specimen: the code's condition z.
        let fossil = coded("Specimen for collection", "9705290010");
        assert!(fossil.iter().any(|f| f.message.contains("fossil exit approval") && f.field == "items[0].hsCode"), "{fossil:?}");
        // Gold compounds (J) and a pesticide (S): their documents, from the data.
        let gold = coded("Potassium gold cyanide", "2843300010");
        assert!(gold.iter().any(|f| f.message.contains("gold")), "{gold:?}");
        // A T-shirt's code asks for none.
        assert!(coded("Women's knitted cotton T-shirt", "6109100010").is_empty());
    }

    #[test]
    fn a_named_relic_with_its_year_is_judged_by_the_year() {
        let d = with(with(base(), "/items/0/description", json!("Qing dynasty porcelain vase")), "/items/0/yearMade", json!(1930));
        let found = fired(d, "restricted-item");
        assert!(found.iter().any(|f| f.message.contains("1930") && f.field == "items[0].yearMade"), "{found:?}");
        assert!(!found.iter().any(|f| f.message.contains("year of making")));
        // Made in 2024: a reproduction; nothing to ask.
        let d = with(with(base(), "/items/0/description", json!("Qing dynasty style porcelain vase")), "/items/0/yearMade", json!(2024));
        assert!(fired(d, "restricted-item").is_empty());
    }

    /// By post to the United States, where food, perfume and e-cigarettes each have a rule:
    /// the restricted or prohibited findings of a line described in `zh` or English.
    fn posted_to_us(description: &str) -> Vec<String> {
        let d = with(with(base(), "/destination", json!("US")), "/channel", json!("postal"));
        let key = if description.is_ascii() { "/items/0/description" } else { "/items/0/descriptionZh" };
        let d = with(with(d, key, json!(description)), "/items/0/hsCode", json!(""));
        let d = if description.is_ascii() { d } else { with(d, "/items/0/description", json!("")) };
        findings(d).into_iter().filter(|f| f.rule == "restricted-item" || f.rule == "prohibited-item").map(|f| f.rule.to_string()).collect()
    }

    #[test]
    fn what_holds_or_serves_restricted_goods_is_not_them() {
        // The head of a Chinese compound is its last word: a wine glass, cabinet, stopper or
        // opener, a cigarette case, a honey dipper, an oil bottle hold no wine, tobacco or food.
        for zh in ["玻璃酒杯", "酒柜", "酒瓶塞", "开酒器", "香烟盒", "蜂蜜勺", "精油瓶", "便携药箱"] {
            assert_eq!(posted_to_us(zh), Vec::<String>::new(), "{zh}");
        }
        for en in ["Empty Perfume Bottle 10ml Refillable", "Coffee Bean Storage Canister", "Wine Aerator Pourer"] {
            assert_eq!(posted_to_us(en), Vec::<String>::new(), "{en}");
        }
        // The goods themselves still are; and so are an e-cigarette's case and pouch: USPS
        // counts an ENDS's components, parts and accessories as ENDS (news.usps.com,
        // 2021-10-21).
        for goods in [
            "红酒",
            "香烟",
            "Eau de parfum 50ml",
            "Disposable vape 5000 puffs",
            "Roasted coffee beans 500g",
            "火药",
            "Vape Case Carrying Pouch",
            "Case for Electronic Cigarette",
            "电子烟盒",
        ] {
            assert!(!posted_to_us(goods).is_empty(), "{goods}");
        }
    }
}
