use crate::input::declaration::Channel;
use crate::knowledge::data::china::ControlState;
use crate::knowledge::vocabulary::flag;
use crate::report::{Finding, Severity};
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: goods that are not admitted: weapons and their replicas,
    /// ammunition, narcotics, goods that admit being counterfeit, live animals and
    /// protected wildlife products; by post also dangerous goods, tobacco and valuables.
    /// **Why customs cares**: prohibited goods are detained and may be handed to the
    /// anti-smuggling authorities, with penalties (UPU Convention art. 19; China's list of
    /// articles prohibited from leaving the country; IATA Dangerous Goods Regulations).
    /// **What to do**: do not ship them. If the description is wrong ("toy gun" that is
    /// a water pistol), describe the goods exactly.
    pub static RULE = "prohibited-item", "PC501", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let postal = ctx.channel.effective == Channel::Postal;
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let text = item.description.as_deref().or(item.description_zh.as_deref()).unwrap_or("");
        // Goods named "gun" that are toys or tools carry no WEAPON flag (facts/goods.rs).
        let f = facts.flags;
        let field = item.field("description");
        let key = if f & flag::WEAPON != 0 {
            Some("prohibited-item.weapon")
        } else if f & flag::NARCOTIC != 0 {
            Some("prohibited-item.narcotic")
        } else if f & flag::LIVE_ANIMAL != 0 && !facts.phrases.any_of_list("imitation-phrases") {
            Some("prohibited-item.live-animal")
        } else if postal && f & flag::DANGEROUS != 0 && f & flag::COSMETIC == 0 {
            Some("prohibited-item.dangerous")
        } else if postal && f & flag::TOBACCO != 0 {
            Some("prohibited-item.tobacco")
        } else if postal && f & flag::VALUABLE != 0 && facts.phrases.any_of_list("valuable-phrases") {
            Some("prohibited-item.valuable")
        } else {
            None
        };
        let controls = &facts.controls;
        let cash = postal && facts.phrases.any_of_list("cash-phrases");
        if let Some(key) = key {
            let channel = ctx.say(&["channel.", ctx.channel.effective.name()].concat(), &[]);
            out.push(ctx.finding(&RULE, field, key, &[("text", text), ("channel", &channel)]));
        } else if let (Some(word), Some(_)) = (facts.replica_word, facts.brand) {
            out.push(ctx.finding(&RULE, field, "prohibited-item.counterfeit", &[("text", text), ("word", word)]));
        } else if let Some(crate::facts::controls::Relic::Prohibited(year)) = controls.relic {
            out.push(
                ctx.finding(&RULE, item.field("yearMade"), "prohibited-item.relic", &[("text", text), ("year", &year.to_string())])
                    .with_source(RELIC_SOURCE),
            );
        } else if let Some(hit) = &controls.prohibited {
            let params = [("text", text), ("basis", &hit.basis), ("destination", hit.destinations), ("until", hit.suspended_until)];
            let finding = match (hit.destinations.is_empty(), hit.state) {
                (true, _) => ctx.finding(&RULE, field, "prohibited-item.export-banned", &params),
                // A ban on exports to this destination: while suspended, a warning that it
                // returns (the goods' licence, if any, is export-controlled's); once the
                // suspension has ended, the ban, and that MOFCOM may have extended it.
                (false, ControlState::Suspended) => {
                    ctx.finding(&RULE, field, "prohibited-item.export-ban-suspended", &params).with_severity(Severity::Warning)
                }
                (false, ControlState::Resumed) => ctx.finding(&RULE, field, "prohibited-item.export-ban-resumed", &params),
                (false, _) => ctx.finding(&RULE, field, "prohibited-item.export-banned-to", &params),
            };
            out.push(finding.with_source(hit.source.clone()));
        } else if let Some(hit) = &controls.cites {
            out.push(
                ctx.finding(&RULE, field, "prohibited-item.cites", &[("text", text), ("basis", &hit.basis)])
                    .with_source(hit.source.clone()),
            );
        } else if let (true, Some((name, cas))) = (postal, controls.hazardous) {
            out.push(
                ctx.finding(&RULE, field, "prohibited-item.hazardous-chemical", &[("text", text), ("name", name), ("cas", cas)])
                    .with_source(HAZARDOUS_SOURCE),
            );
        } else if cash {
            out.push(ctx.finding(&RULE, field, "prohibited-item.currency", &[("text", text)]).with_source(CURRENCY_SOURCE));
        }
    }
}

pub const HAZARDOUS_SOURCE: &str = "China's catalogue of hazardous chemicals (危险化学品目录, 2015 edition as amended; cn_tariff_2026/hazardous_chemicals.csv); UPU Convention art. 19 and IATA DGR";
const CURRENCY_SOURCE: &str = "UPU Convention art. 19 (coins, banknotes and currency notes not admitted) [OFF summary, Chunghwa Post]; China Post prohibited items incl. domestic and foreign currency (china-grt.com 2017) [SEC]";
const RELIC_SOURCE: &str = "Cultural Relics Protection Law of the PRC and its implementing regulations; relics made in or before 1911 may not leave China; 1912-1949 (ethnic-minority relics up to 1966) only with a relic export licence (compliance/china_export_controls.csv) [SEC]";

#[cfg(test)]
mod tests {
    use crate::report::Severity;
    use crate::rules::testing::*;
    use serde_json::json;

    fn prohibited(description: &str) -> bool {
        !fired(with(base(), "/items/0/description", json!(description)), "prohibited-item").is_empty()
    }

    /// The prohibited-item findings of a line described so, sent by post.
    fn posted(description: &str) -> Vec<crate::report::Finding> {
        fired(with(with(base(), "/items/0/description", json!(description)), "/channel", json!("postal")), "prohibited-item")
    }

    #[test]
    fn table() {
        assert!(prohibited("Airsoft gun metal replica pistol"));
        assert!(prohibited("CBD oil 10ml"));
        assert!(prohibited("Replica Rolex watch"));
        assert!(!prohibited("Plastic water gun toy for kids"));
        assert!(!prohibited("Women's knitted cotton T-shirt"));
        assert!(!prohibited("Cordless massage gun"));
        // A shop's tag gun shoots plastic fasteners into garments, not rounds.
        assert!(!prohibited("Price Tag Gun with 5000 Barbs"));
        assert!(!prohibited("Clothing Tagging Guns 2 Pack"));
        assert!(!prohibited("Welding Gun MIG 250A Euro Connector"));
        assert!(!prohibited("Packing Tape Gun Dispenser 2 Inch"));
        // A bullet camera (a CCTV form) and Royal Enfield's Bullet are no ammunition.
        assert!(prohibited("9mm Bullets 50 Rounds"));
        assert!(!prohibited("Bullet Camera CCTV 4MP Outdoor"));
        assert!(!prohibited("Royal Enfield Bullet Bike Showpiece"));
        // A weapon or pyrotechnic named before what it is built into or sold as is still
        // one: the flashlight is a stun gun, the candles sparklers; and gas chargers and
        // fuel cleaners are dangerous goods the post refuses.
        assert!(prohibited("Stun Gun Flashlight Rechargeable"));
        assert!(prohibited("Pepper Spray Keychain"));
        assert!(!posted("Sparkler Candles Birthday 10 Pack").is_empty());
        assert!(!posted("Nitrous Oxide Cream Chargers 24 Pack").is_empty());
        assert!(!posted("Fuel Injector Cleaner 300ml").is_empty());
        assert!(posted("Whipped Cream Dispenser 500ml Aluminium").is_empty());
        // An airbag module or a belt pretensioner holds a gas generator (UN 3268, class 9):
        // no post takes it. Its cover and its control unit are no dangerous goods.
        assert!(!posted("2016-2019 Toyota RAV4 Driver Airbag Module OEM").is_empty());
        assert!(!posted("Seat Belt Pretensioner Front Left").is_empty());
        assert!(posted("Steering Wheel Airbag Cover Trim").is_empty());
        assert!(posted("2018 Honda Civic SRS Airbag Control Module").is_empty());
        // A car battery is dangerous goods (acid); its cable or terminal is not, "OEM" after
        // it or not.
        assert!(!posted("Car Starter Battery 12V 45Ah").is_empty());
        assert!(posted("Car Battery Cable 4 AWG 24 Inch").is_empty());
        assert!(posted("2018 - 2020 Honda Accord Positive Starter Battery Cable OEM").is_empty());
        assert!(posted("Car Battery Terminal Clamps").is_empty());
        // Oxidisers and calcium carbide named in English, as in Chinese.
        assert!(!posted("Ammonium Nitrate Fertilizer 1kg").is_empty());
        assert!(!posted("Calcium Carbide 500g").is_empty());
        assert!(!prohibited("Firework Print Dress"));
        // Martial-arts weapons and batons are weapons; a relay or conductor's baton is no
        // police baton. Road flares and lamp oil are dangerous goods the post refuses; a
        // lamp that burns it is a lamp.
        assert!(prohibited("Nunchucks Foam Padded Training 2 Pack"));
        assert!(prohibited("Expandable Baton 21 Inch Steel"));
        assert!(!prohibited("Relay Batons Aluminium 4pcs"));
        assert!(!posted("Emergency Road Flares 3 Pack").is_empty());
        assert!(!posted("Kerosene Lamp Oil 1L").is_empty());
        assert!(posted("Vintage Kerosene Lamp Glass Chimney").is_empty());
        // A fire extinguisher is a pressurised container; its bracket, and a lighter's
        // holder, are not.
        assert!(!posted("Fire Extinguisher 2kg ABC Powder").is_empty());
        assert!(posted("Fire Extinguisher Bracket Wall Mount").is_empty());
        assert!(posted("Lighter Holder Leather").is_empty());
        assert!(!posted("Oxygen Tank 10L Portable").is_empty());
        assert!(posted("Oxygen Tank Regulator CGA540").is_empty());
        // The same in Chinese: a bullet-shaped lipstick is no bullet; a stun baton is a
        // weapon; pesticides are poisons the post refuses.
        assert!(!prohibited("子弹头 口红 哑光"));
        assert!(prohibited("电击棒 防身"));
        assert!(!posted("杀虫剂 喷雾 家用").is_empty());
        assert!(!posted("老鼠药 强效").is_empty());
        // A holster names the gun it fits; it is none.
        assert!(!prohibited("Holster for Airsoft Gun"));
        // China's prohibited exports: wood charcoal but not bamboo charcoal, natural sand, musk.
        assert!(prohibited("Hardwood lump charcoal for BBQ 10kg"));
        assert!(prohibited("烧烤木炭 10公斤"));
        assert!(!prohibited("Bamboo charcoal air purifying bags"));
        assert!(!prohibited("Activated charcoal teeth whitening powder"));
        assert!(prohibited("Natural quartz sand for aquarium 5kg"));
        assert!(!prohibited("Sandpaper sheets 120 grit"));
        assert!(prohibited("天然麝香 1克"));
        assert!(!prohibited("White musk perfume 50ml eau de parfum"));
        assert!(prohibited("Dried hair moss nostoc 发菜"));
        // By code: supervision condition 8 on every line.
        let wood = with(with(base(), "/items/0/description", json!("Charcoal")), "/items/0/hsCode", json!("4402900010"));
        assert!(!fired(wood, "prohibited-item").is_empty());
        let bamboo = with(with(base(), "/items/0/description", json!("Charcoal")), "/items/0/hsCode", json!("4402100000"));
        assert!(fired(bamboo, "prohibited-item").is_empty());
        // CITES goods without a permit.
        assert!(prohibited("Carved ivory figurine"));
        assert!(!prohibited("Ivory white lace wedding dress"));
        // Ivory as the colour of other goods, before or after them, is no ivory; elephant
        // or carved ivory is.
        assert!(!prohibited("Ivory Wedding Dress Lace"));
        assert!(!prohibited("Lace Trim Ivory 10m"));
        assert!(!prohibited("Cake Topper Ivory Wedding"));
        assert!(prohibited("Elephant ivory tusk"));
        assert!(prohibited("Antique Ivory Carving Figurine"));
        assert!(prohibited("Ivory Carved Bangle Bracelet"));
        assert!(prohibited("Real Ivory Chopsticks Pair"));
        assert!(!prohibited("Ivory White Ceramic Vase Carved"));
        // So is a tortoiseshell pattern on acetate or plastic; a pangolin toy is no pangolin.
        assert!(!prohibited("Tortoiseshell Hair Claw Clip Large"));
        assert!(!prohibited("Acetate Tortoiseshell Glasses Frame"));
        assert!(!prohibited("Pangolin Plush Toy"));
        assert!(prohibited("Hawksbill Turtle Shell Bracelet"));
        assert!(prohibited("Dalbergia rosewood carved box"));
        // Precious (red) coral: China's own Appendix III listing; a colour or a fleece is none.
        assert!(prohibited("Natural Red Coral Bead Necklace"));
        assert!(prohibited("天然红珊瑚手串"));
        assert!(!prohibited("Coral Color Lipstick Matte"));
        assert!(!prohibited("Coral Fleece Throw Blanket"));
        assert!(!prohibited("珊瑚绒毛毯"));
        // Stony and black corals (Appendix II) as natural coral; coral the colour of a dress
        // or a wallet, coral calcium and glass beads are none.
        assert!(prohibited("Natural Coral Beads Bracelet"));
        assert!(prohibited("Dried Coral Aquarium Decoration Real"));
        assert!(prohibited("天然黑珊瑚手串"));
        assert!(!prohibited("Women Coral Maxi Dress Natural Cotton"));
        assert!(!prohibited("Genuine Leather Wallet Coral"));
        assert!(!prohibited("Natural Coral Calcium Powder 500g"));
        assert!(!prohibited("Coral Bead Glass Seed Beads 500pcs"));
        // Turtle shell (sea turtles Appendix I, tortoises Appendix II); its pattern and a
        // sea-turtle pendant are none.
        assert!(prohibited("Turtle Shell Comb Handmade"));
        assert!(prohibited("龟甲 500g"));
        assert!(!prohibited("Turtle Shell Pattern Phone Case"));
        assert!(!prohibited("Sea Turtle Necklace Sterling Silver"));
        // Shark fin: the species most fins come from are in Appendix II since 2023-11-25;
        // a car's shark-fin antenna or a shark-fin hat is none.
        assert!(prohibited("Dried shark fin 500g"));
        assert!(prohibited("鲨鱼翅 干货"));
        assert!(!prohibited("Car Shark Fin Antenna"));
        assert!(!prohibited("Shark Fin Hat Kids"));
        // The tariff's endangered shark-fin lines (supervision E) stay CITES goods by code at
        // any date: the words' control, dated 2023-11-25, does not date those lines.
        let coded = with(with(base(), "/items/0/description", json!("Dried hammerhead fin")), "/items/0/hsCode", json!("0305710010"));
        let in_2020 = crate::Options { date: crate::base::date::Date::parse("2020-01-01"), ..crate::Options::default() };
        assert!(crate::check_json(&coded, &in_2020).unwrap().findings.iter().any(|f| f.rule == "prohibited-item"));
        // A weapon sold as a paperweight is a weapon.
        assert!(prohibited("Brass Knuckles Paperweight"));
        // A primer of ammunition is no make-up primer; a switchblade named with its knife
        // is the weapon; psilocybin mushrooms are narcotics, oyster mushrooms are food.
        assert!(prohibited("Ammunition Reloading Primers"));
        assert!(prohibited("CCI Small Pistol Primers 1000ct"));
        assert!(!prohibited("Face Primer Matte Makeup Base"));
        assert!(prohibited("Switchblade Knife"));
        assert!(!prohibited("Folding Pocket Knife Stainless Steel"));
        assert!(prohibited("Psilocybin Mushroom Capsules"));
        assert!(!prohibited("Oyster Mushroom Grow Kit"));
        // An imitation of a wildlife product is not one; colours and grains named after one
        // are none either.
        assert!(prohibited("Rhino horn cup"));
        assert!(!prohibited("Imitation Rhino Horn Cup Resin"));
        assert!(!prohibited("仿犀牛角工艺品"));
        assert!(!prohibited("玳瑁色眼镜框"));
        assert!(!prohibited("紫檀色木纹贴纸"));
        assert!(prohibited("小叶紫檀手串"));
        // Agarwood beads and wood need a CITES permit; retail incense does not.
        assert!(prohibited("沉香手串 天然"));
        assert!(prohibited("Agarwood bead bracelet 108"));
        assert!(!prohibited("沉香线香 100支"));
        // Hazardous chemicals by post (by name or CAS), not by express.
        let post = |d: &str| {
            !fired(with(with(base(), "/items/0/description", json!(d)), "/channel", json!("postal")), "prohibited-item").is_empty()
        };
        assert!(post("Sodium hydroxide flakes CAS 1310-73-2"));
        // Exports to the United States banned from 2024-12-03 (MOFCOM 2024 No.46),
        // suspended 2025-11-09 to 2026-11-27: by words and by code, to the US only.
        let on = |decl: serde_json::Value, date: &str| {
            let options = crate::Options { date: crate::base::date::Date::parse(date), ..crate::Options::default() };
            crate::check_json(&decl, &options).unwrap().findings.into_iter().find(|f| f.rule == "prohibited-item")
        };
        let to = |d: &str, dest: &str, date: &str| {
            on(with(with(base(), "/items/0/description", json!(d)), "/destination", json!(dest)), date).map(|f| (f.severity, f.message))
        };
        assert!(to("Gallium metal 99.99% 100g", "US", "2025-01-15").is_some_and(|f| f.0 == Severity::Error && f.1.contains("US")));
        assert!(to("Germanium ingot 5N", "US", "2026-06-01").is_some_and(|f| f.0 == Severity::Warning && f.1.contains("2026-11-27")));
        // Once the suspension has ended, the ban again, and the chance of an extension.
        assert!(to("Antimony trioxide powder", "US", "2026-11-28")
            .is_some_and(|f| f.0 == Severity::Error && f.1.contains("ended on 2026-11-27") && f.1.contains("extended")));
        assert!(to("Gallium metal 99.99% 100g", "US", "2025-01-15").is_some_and(|f| !f.1.contains("ended")));
        assert!(
            to("Gallium metal 99.99% 100g", "US", "2024-12-02").is_none() && to("Gallium metal 99.99% 100g", "DE", "2025-01-15").is_none()
        );
        let by_code = with(
            with(with(base(), "/items/0/description", json!("Metal ingot 99.99%")), "/items/0/hsCode", json!("8112929010")),
            "/destination",
            json!("US"),
        );
        assert!(on(by_code, "2025-03-01").is_some());
        // Dangerous goods by post (UPU Convention art. 19): dry ice, matches, mercury.
        assert!(post("Dry ice 5kg") && post("Safety matches 10 boxes") && post("水银体温计"));
        assert!(!post("Digital thermometer for babies") && !post("Football match ticket holder"));
        // Valuables by post; goods named "gun" that are toys or tools, in either language.
        assert!(post("Silver coin 1oz") && post("Gold bar 10g"));
        assert!(!post("玩具枪 儿童") && !post("水枪 夏天") && !post("TOY GUN ＷＡＴＥＲ"));
        // Gel blasters (水弹枪) and foam-dart guns are toys where no destination rule says more.
        assert!(!post("水弹枪 儿童玩具") && !post("软弹枪"));
        assert!(!post("Women's spandex yoga pants 女式氨纶瑜伽裤"));
    }

    fn relic(description: &str, year: i32) -> Vec<String> {
        let d = with(with(base(), "/items/0/description", json!(description)), "/items/0/yearMade", json!(year));
        findings(d).into_iter().filter(|f| f.rule == "prohibited-item" || f.rule == "restricted-item").map(|f| f.rule.to_string()).collect()
    }

    #[test]
    fn relics_by_year_and_currency_by_post() {
        assert_eq!(relic("Porcelain vase, blue and white", 1890), ["prohibited-item"]);
        assert_eq!(relic("Antique porcelain vase, blue and white", 1935), ["restricted-item"]);
        assert!(relic("Porcelain vase, blue and white", 2021).is_empty());
        assert_eq!(relic("Ethnic minority silver headdress", 1960), ["restricted-item"]);
        assert!(posted("Banknotes RMB cash").iter().any(|f| f.message.contains("currency")));
    }

    #[test]
    fn liquid_glue_is_dangerous_by_post_a_glue_stick_is_not() {
        assert!(!posted("Super Glue Cyanoacrylate Adhesive 20g").is_empty());
        // Hot-melt and paper glue sticks are solid: not a flammable liquid.
        assert_eq!(posted("Hot Melt Glue Sticks 11mm x 200mm Clear 50 Pcs"), Vec::new());
        assert_eq!(posted("Glue Stick 21g for Paper and Crafts"), Vec::new());
    }

    #[test]
    fn cash_by_post_is_refused_but_not_the_words_that_start_with_it() {
        for cash in ["Cash", "Cash 500 USD", "现金", "Banknote album filler with old notes"] {
            assert!(!posted(cash).is_empty(), "{cash}");
        }
        // "cash" inside a longer word, and the goods named after cash, are not currency.
        for goods in
            ["Cashmere Scarf", "Roasted Cashew Nuts 500g", "Cashback Card Holder", "Cash Box with Lock", "Cash Envelopes for Budgeting"]
        {
            assert_eq!(posted(goods), Vec::new(), "{goods}");
        }
    }
}
