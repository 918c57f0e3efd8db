use super::Context;
use crate::declaration::Channel;
use crate::report::Finding;
use crate::vocabulary::flag;

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
        let lower = item.all_text().to_ascii_lowercase();
        let toy = [
            "water gun",
            "toy gun",
            "nerf",
            "glue gun",
            "massage gun",
            "spray gun",
            "nail gun",
            "heat gun",
            "bubble gun",
            "玩具枪",
            "水枪",
            "胶枪",
            "筋膜枪",
        ]
        .iter()
        .any(|w| lower.contains(w));
        let f = facts.flags;
        let field = item.field("description");
        let key = if f & flag::WEAPON != 0 && !toy {
            Some("prohibited-item.weapon")
        } else if f & flag::NARCOTIC != 0 {
            Some("prohibited-item.narcotic")
        } else if f & flag::LIVE_ANIMAL != 0 {
            Some("prohibited-item.live-animal")
        } else if postal && f & flag::DANGEROUS != 0 && f & flag::COSMETIC == 0 {
            Some("prohibited-item.dangerous")
        } else if postal && f & flag::TOBACCO != 0 {
            Some("prohibited-item.tobacco")
        } else if postal
            && f & flag::VALUABLE != 0
            && lower.contains("coin") | lower.contains("banknote") | lower.contains("bullion") | lower.contains("gold bar")
        {
            Some("prohibited-item.valuable")
        } else {
            None
        };
        if let Some(key) = key {
            let channel = ctx.say(&format!("channel.{}", ctx.channel.effective.name()), &[]);
            out.push(ctx.finding(&RULE, field, key, &[("text", text), ("channel", &channel)]));
        } else if let (Some(word), Some(_)) = (facts.replica_word, facts.brand) {
            out.push(ctx.finding(&RULE, field, "prohibited-item.counterfeit", &[("text", text), ("word", word)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    fn prohibited(description: &str) -> bool {
        !fired(with(base(), "/items/0/description", json!(description)), "prohibited-item").is_empty()
    }

    #[test]
    fn table() {
        assert!(prohibited("Airsoft gun metal replica pistol"));
        assert!(prohibited("CBD oil 10ml"));
        assert!(prohibited("Replica Rolex watch"));
        assert!(!prohibited("Plastic water gun toy for kids"));
        assert!(!prohibited("Women's knitted cotton T-shirt"));
        assert!(!prohibited("Cordless massage gun"));
    }
}
