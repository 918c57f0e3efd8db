//! The columns of a listings table (contract 5.4): a header is one of the contract's
//! field names however it is spelled ("HS code", "hs_code" -> `hsCode`), or a name
//! sellers' spreadsheets and marketplace exports give that field, in English or Chinese
//! ("title", "商品名称" -> `description`: the data's `csv-headers` word list). One
//! mapping for the command line (`faces::bulk`) and the page's worker (`csvColumn`).

use crate::knowledge::data::store::word_pairs;

/// Columns that belong to the goods line.
pub const ITEM_COLUMNS: &[&str] = &[
    "description",
    "descriptionZh",
    "hsCode",
    "quantity",
    "unit",
    "unitPrice",
    "totalPrice",
    "netWeightKg",
    "originCountry",
    "brand",
    "material",
    "yearMade",
];

/// Columns that belong to the declaration (read from an order's first row).
pub const DECLARATION_COLUMNS: &[&str] = &[
    "origin",
    "destination",
    "currency",
    "channel",
    "purpose",
    "invoiceTotal",
    "shippingCost",
    "grossWeightKg",
    "parcels",
    "date",
    "wantsTaxRefund",
    "exporterType",
    "salesModel",
    "invoiceNumber",
    "incoterm",
];

/// The column whose value groups rows into one declaration.
pub const ORDER_COLUMN: &str = "order";

/// The contract field a header names (`ORDER_COLUMN` included), or "" when none.
pub fn column(header: &str) -> &'static str {
    // ASCII letters and digits, lower case, and Chinese characters: "HS Code", "hs_code"
    // and "HS编码" meet as "hscode" and "hs编码". (Not `char::is_alphanumeric` and
    // `to_lowercase`: their Unicode tables cost the wasm module 6 KB brotli.)
    let squashed: String =
        header.chars().filter(|c| c.is_ascii_alphanumeric() || crate::base::text::is_cjk(*c)).map(|c| c.to_ascii_lowercase()).collect();
    let field =
        |name: &str| ITEM_COLUMNS.iter().chain(DECLARATION_COLUMNS).chain(&[ORDER_COLUMN]).find(|c| c.eq_ignore_ascii_case(name)).copied();
    field(&squashed)
        .or_else(|| {
            // The data's aliases, "商品名称=description": the alias as squashed above.
            word_pairs("csv-headers").find(|(alias, _)| *alias == squashed).and_then(|(_, f)| field(f))
        })
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::column;

    #[test]
    fn headers_as_sellers_write_them() {
        for (header, field) in [
            ("description", "description"),
            ("HS code", "hsCode"),
            ("unit_price", "unitPrice"),
            ("Order", "order"),
            ("Title", "description"),
            ("Product Name", "description"),
            // Shopify's product export and Amazon's inventory file.
            ("Variant Price", "unitPrice"),
            ("standard_price", "unitPrice"),
            ("brand_name", "brand"),
            ("商品名称", "description"),
            ("中文品名", "descriptionZh"),
            ("HS编码", "hsCode"),
            ("海关编码", "hsCode"),
            ("数量", "quantity"),
            ("Qty", "quantity"),
            ("单价", "unitPrice"),
            ("Price", "unitPrice"),
            ("目的国", "destination"),
            ("币种", "currency"),
            ("订单号", "order"),
            ("colour", ""),
            ("", ""),
        ] {
            assert_eq!(column(header), field, "{header}");
        }
    }
}
