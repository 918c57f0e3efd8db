use crate::base::date::Date;
use crate::knowledge::data;
use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: whether the date the declaration is checked at is more than six
    /// months past the embedded reference data's review date.
    /// **Why customs cares**: de minimis thresholds, exchange rates and export controls
    /// change often (the US ended de minimis in 2025, the EU replaced its EUR 150 relief in
    /// 2026); old figures give wrong answers about what is owed.
    /// **What to do**: update precheck, or confirm the destination's thresholds with the
    /// carrier before relying on them.
    pub static RULE = "data-may-be-stale", "PC901", Info;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let release = data::release();
    let Some(review) = Date::parse(release.review) else { return };
    if ctx.date > review.add_months(6) {
        out.push(ctx.finding(&RULE, "date", "data-may-be-stale", &[("version", release.version), ("date", &ctx.date.to_string())]));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        assert!(fired(with(base(), "/date", json!("2027-05-26")), "data-may-be-stale").is_empty());
        let options = crate::Options { date: crate::base::date::Date::parse("2027-06-01"), ..Default::default() };
        let report = crate::check_json(&base(), &options).unwrap();
        assert!(report.findings.iter().any(|f| f.rule == "data-may-be-stale"));
    }
}
