//! The English and Chinese message catalogue, keyed by rule (`<rule>.<case>`), with
//! `{name}` parameters. Messages say what is wrong; `.help` entries say why customs cares
//! and what to do. A key missing in one language falls back to English, and a test
//! checks both languages carry the same parameters.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_ascii_lowercase().as_str() {
            "en" | "en-us" | "en-gb" | "english" => Some(Lang::En),
            "zh" | "zh-cn" | "zh-hans" | "zh-tw" | "zh-hant" | "cn" | "chinese" => Some(Lang::Zh),
            _ => None,
        }
    }
}

/// (key, English, Chinese).
static CATALOGUE: &[(&str, &str, &str)] = &[
    // Field labels.
    ("field.destination", "Destination country", "目的国"),
    ("field.origin", "Origin country", "起运国"),
    ("field.currency", "Currency", "币种"),
    ("field.channel", "Channel", "渠道"),
    ("field.purpose", "Purpose", "寄递目的"),
    ("field.invoiceTotal", "Invoice total", "发票总额"),
    ("field.shippingCost", "Shipping cost", "运费"),
    ("field.grossWeightKg", "Gross weight (kg)", "毛重（千克）"),
    ("field.parcels", "Number of parcels", "包裹数"),
    ("field.date", "Date", "日期"),
    ("field.documents", "Documents", "单证"),
    ("field.wantsTaxRefund", "Export tax refund", "出口退税"),
    ("field.items", "Goods lines", "商品明细"),
    ("field.item", "Item {n}", "第{n}项商品"),
    ("field.description", "description", "英文品名"),
    ("field.descriptionZh", "Chinese description", "中文品名"),
    ("field.hsCode", "HS code", "HS编码"),
    ("field.quantity", "quantity", "数量"),
    ("field.unit", "unit", "单位"),
    ("field.unitPrice", "unit price", "单价"),
    ("field.totalPrice", "line total", "总价"),
    ("field.netWeightKg", "net weight (kg)", "净重（千克）"),
    ("field.originCountry", "country of origin", "原产国"),
    ("field.brand", "brand", "品牌"),
    ("field.material", "material", "材质"),
    // required-field-missing
    ("required-field-missing", "{label} is empty.", "{label}未填写。"),
    ("required-field-missing.items", "The declaration has no goods lines.", "申报中没有商品明细。"),
    ("required-field-missing.help", "Customs cannot clear a declaration without it: fill it in before filing.", "缺少此项海关无法放行：请在申报前填写。"),
    ("required-field-missing.items.help", "Add one line for each kind of goods: what it is, how many, and the price of one.", "每种商品填写一行：品名、数量和单价。"),
    // field-malformed
    ("field-malformed.number", "{label}: \"{found}\" is not a number.", "{label}：“{found}”不是数字。"),
    ("field-malformed.number.help", "Write digits with a point for decimals, without currency signs or units, e.g. 12.50.", "请只填写数字，小数用小数点，不要带货币符号或单位，例如 12.50。"),
    ("field-malformed.too-large", "{label} is too large to be a real amount.", "{label}数值过大，不可能是真实金额。"),
    ("field-malformed.whole-number", "{label}: \"{found}\" is not a whole number of at least 1.", "{label}：“{found}”不是大于等于1的整数。"),
    ("field-malformed.date", "{label}: \"{found}\" is not a date in the form YYYY-MM-DD.", "{label}：“{found}”不是 YYYY-MM-DD 格式的日期。"),
    ("field-malformed.date.help", "Write the date as year-month-day, e.g. 2026-07-01; the rules in force on that date are applied.", "请按“年-月-日”填写，例如 2026-07-01；系统按该日期有效的规定检查。"),
    ("field-malformed.country", "{label}: \"{found}\" is not a two-letter ISO 3166-1 country code.", "{label}：“{found}”不是ISO 3166-1两位国家代码。"),
    ("field-malformed.country.help", "Customs systems take the two-letter code: US, GB, DE, CN, ... (GB, not UK).", "海关系统使用两位国家代码：US、GB、DE、CN 等（英国是 GB，不是 UK）。"),
    ("field-malformed.currency", "{label}: \"{found}\" is not an ISO 4217 currency code.", "{label}：“{found}”不是ISO 4217币种代码。"),
    ("field-malformed.currency.help", "Write the three-letter code: CNY (not RMB), USD, EUR, GBP, ...", "请填写三位币种代码：CNY（不是 RMB）、USD、EUR、GBP 等。"),
    ("field-malformed.text", "{label} should be text, not {found}.", "{label}应为文字，而不是{found}。"),
    ("field-malformed.boolean", "{label}: \"{found}\" is neither true nor false.", "{label}：“{found}”不是 true 或 false。"),
    ("field-malformed.one-of", "{label}: \"{found}\" is not one of: {allowed}.", "{label}：“{found}”不在可选值中：{allowed}。"),
    ("field-malformed.object", "{label} should be a goods line (an object), not {found}.", "{label}应为一行商品明细（对象），而不是{found}。"),
    ("field-malformed.list", "{label} should be a list, not {found}.", "{label}应为列表，而不是{found}。"),
    ("field-malformed.did-you-mean", "Did you mean \"{suggestion}\"?", "是否应为“{suggestion}”？"),
    ("field-malformed.help", "The field cannot be read, so the checks that need it were skipped. Correct it and check again.", "此项无法识别，相关检查已跳过。请更正后重新检查。"),
    // description-too-general
    ("description-too-general.only", "\"{text}\" does not say what the goods are: \"{term}\" is too general for customs.", "“{text}”没有说明是什么商品：“{term}”对海关来说过于笼统。"),
    ("description-too-general.only.help", "Customs systems reject such descriptions automatically (EU ICS2, Canada PACT, US ACAS) and the parcel waits. Write what it is, of what material, for what use: \"ceramic coffee mug\", not \"gift\".", "此类品名会被海关系统自动拒绝（欧盟ICS2、加拿大PACT、美国ACAS），包裹将被扣留。请写明是什么、什么材质、什么用途：例如“陶瓷咖啡杯”，而不是“礼物”。"),
    ("description-too-general.head", "\"{text}\": \"{term}\" carries the meaning and does not say what the goods are.", "“{text}”：核心词“{term}”过于笼统，没有说明具体是什么商品。"),
    ("description-too-general.head.help", "Name the article itself: \"silicone phone case\" rather than \"phone accessories\", \"brake pads for passenger cars\" rather than \"auto parts\". Vague descriptions are queried or rejected.", "请写出具体物品：例如“硅胶手机壳”而不是“手机配件”，“乘用车刹车片”而不是“汽车配件”。笼统品名会被查询或拒绝。"),
    ("description-too-general.pattern", "\"{text}\" is not a goods description ({why}).", "“{text}”不是商品名称（{why}）。"),
    ("description-too-general.pattern.help", "Carriers' systems refuse descriptions that are only digits, symbols, repeated letters or file names (Transport Canada PACT 6.1). Write the goods' name in words.", "承运人系统拒收纯数字、符号、重复字母或文件名的品名（加拿大PACT 6.1）。请用文字写出商品名称。"),
    ("pattern.digits-only", "digits only", "只有数字"),
    ("pattern.punctuation-only", "symbols only", "只有符号"),
    ("pattern.repeated-characters", "one character repeated", "重复字符"),
    ("pattern.file-name", "a file name", "文件名"),
    ("pattern.too-short", "too short", "太短"),
    // description-not-english
    ("description-not-english", "The English description \"{text}\" is not in English.", "英文品名“{text}”不是英文。"),
    ("description-not-english.help", "Destination customs read the English description; put the Chinese name in the Chinese description field and write the English one in Latin letters.", "目的国海关读取英文品名；请把中文名称填入中文品名栏，英文品名用英文填写。"),
    // description-zh-missing
    ("description-zh-missing", "The Chinese description (中文品名) is empty.", "中文品名未填写。"),
    ("description-zh-missing.help", "China Customs takes the export declaration in Chinese: the goods name in Chinese is a required declaration element. Write it as specifically as the English one, e.g. 女式针织棉T恤.", "中国海关出口申报要求填写中文品名（申报要素）。请与英文品名同样具体，例如“女式针织棉T恤”。"),
    // hs-code-missing
    ("hs-code-missing", "No HS code for \"{text}\".", "“{text}”没有填写HS编码。"),
    ("hs-code-missing.help", "Customs classify goods by HS code: at least 6 digits (the EU's ICS2 requires them for every parcel; a China general-trade declaration needs 10). Suggested codes are below.", "海关按HS编码归类：至少6位（欧盟ICS2要求每个包裹申报，中国一般贸易报关需要10位）。下方为建议编码。"),
    // hs-code-malformed
    ("hs-code-malformed.characters", "HS code \"{code}\" has characters other than digits.", "HS编码“{code}”含有数字以外的字符。"),
    ("hs-code-malformed.length", "HS code \"{code}\" has {n} digits; it needs 6 to 10.", "HS编码“{code}”有{n}位数字，需要6到10位。"),
    ("hs-code-malformed.odd", "HS code \"{code}\" has {n} digits; national codes have 6, 8 or 10.", "HS编码“{code}”有{n}位，各国编码为6、8或10位。"),
    ("hs-code-malformed.chapter", "HS code \"{code}\": chapter {chapter} does not exist.", "HS编码“{code}”：第{chapter}章不存在。"),
    ("hs-code-malformed.help", "An HS code is 6 digits of the international nomenclature (chapter 01-97, 77 is reserved) followed by national digits, e.g. 6109.10 or 6109.10.00.10. Dots, spaces and dashes are allowed.", "HS编码前6位为国际通用编码（第01-97章，第77章保留），其后为各国子目，例如 6109.10 或 6109.10.00.10。可带点、空格或横线。"),
    // hs-code-unknown
    ("hs-code-unknown", "HS code {code} is no {edition} subheading.", "HS编码 {code} 不是{edition}中的子目。"),
    ("hs-code-unknown.help", "Customs reject codes that are not in the nomenclature. The nearest real codes under the same heading are suggested; check which describes the goods.", "海关会拒绝不存在的编码。下方列出同一品目下最接近的有效编码，请核对哪个符合商品。"),
    // hs-code-outdated
    ("hs-code-outdated", "HS code {code} was deleted in HS 2022 ({old}).", "HS编码 {code} 已在HS 2022中删除（{old}）。"),
    ("hs-code-outdated.help", "Since 2022-01-01 customs use HS 2022; codes of HS 2017 that were split or moved are rejected. Use one of its HS 2022 successors.", "自2022-01-01起海关使用HS 2022；HS 2017中被拆分或调整的编码会被拒绝。请改用下列HS 2022对应编码。"),
    // hs-code-mismatch
    ("hs-code-mismatch", "HS code {code} ({declared}) does not fit \"{text}\", which reads as {expected}.", "HS编码 {code}（{declared}）与“{text}”不符，该商品应归入{expected}。"),
    ("hs-code-mismatch.help", "Customs check that the code agrees with the description; a code from another chapter is queried, and a lower-duty wrong code is a misdeclaration. Use one of the suggested codes, or describe the goods more precisely.", "海关会核对编码与品名是否一致；其他章的编码会被查询，用低税率的错误编码属于申报不实。请使用建议编码，或更准确地描述商品。"),
    // hs-code-national-digits
    ("hs-code-national-digits.cn", "HS code {code} has {n} digits; a general-trade declaration in China needs the 10-digit commodity code.", "HS编码 {code} 只有{n}位；中国一般贸易报关需要10位商品编码。"),
    ("hs-code-national-digits.dest", "HS code {code} has {n} digits; {country} customs classify at {want} digits.", "HS编码 {code} 只有{n}位；{country}海关按{want}位编码归类。"),
    ("hs-code-national-digits.help", "Six digits are international; the national digits set the duty rate. Look up the full code in the tariff (China: 中国海关进出口税则; EU: TARIC; US: HTSUS) or ask the broker.", "前6位国际通用，后续各国子目决定税率。请在税则中查询完整编码（中国：进出口税则；欧盟：TARIC；美国：HTSUS）或咨询报关行。"),
    // line-total-mismatch
    ("line-total-mismatch", "Line total {total} is not quantity x unit price = {expected}.", "总价 {total} 不等于 数量×单价 = {expected}。"),
    ("line-total-mismatch.help", "Customs compare the quantity, unit price and total; figures that do not add up are queried as a possible misdeclaration. Correct whichever figure is wrong.", "海关会核对数量、单价和总价；数字不一致会被视为可能申报不实而查询。请更正错误的数字。"),
    // invoice-total-mismatch
    ("invoice-total-mismatch", "Invoice total {invoice} differs from the sum of the lines, {sum}.", "发票总额 {invoice} 与各行合计 {sum} 不一致。"),
    ("invoice-total-mismatch.shipping", "Invoice total {invoice} differs from the sum of the lines, {sum}, even counting shipping ({with}).", "发票总额 {invoice} 与各行合计 {sum} 不一致，计入运费后为 {with}。"),
    ("invoice-total-mismatch.help", "The declared value must agree with the commercial or pro forma invoice. Correct the lines or the invoice total so they match.", "申报价值必须与商业发票或形式发票一致。请更正明细或发票总额使其一致。"),
    // value-not-positive
    ("value-not-positive.quantity", "Quantity {value} must be more than zero.", "数量 {value} 必须大于零。"),
    ("value-not-positive.price", "Unit price {value} must be more than zero.", "单价 {value} 必须大于零。"),
    ("value-not-positive.help", "Customs need the real transaction value, even for gifts and free samples (declare what they would cost). A zero or negative value is rejected.", "即使是礼品或免费样品，海关也需要真实价值（按其价值申报）。零或负数价值会被拒绝。"),
    // value-implausibly-low
    ("value-implausibly-low", "Unit price {price} ({usd}) is far below what {product} cost (at least USD {min}).", "单价 {price}（{usd}）远低于{product}的正常价格（至少 USD {min}）。"),
    ("value-implausibly-low.help", "Under-declared values are the commonest reason customs hold a parcel for review; they reassess the value, add penalties and may seize the goods. Declare the price actually paid.", "低报价值是包裹被海关查验的最常见原因；海关会重新估价、处以罚款甚至扣押。请按实际成交价申报。"),
    // value-near-threshold
    ("value-near-threshold", "The goods value {value} sits just below the {which} threshold of {threshold}.", "货值 {value} 刚好低于{which}起征点 {threshold}。"),
    ("value-near-threshold.help", "Customs target values just under a threshold as possible under-declaration. Declare the true value; if it really is just below, keep the invoice and payment proof at hand.", "海关会重点查验刚好低于起征点的货值，怀疑低报。请如实申报；如确实如此，请备好发票和付款凭证。"),
    ("threshold.duty", "duty", "关税"),
    ("threshold.tax", "import VAT/GST", "进口增值税/消费税"),
    ("threshold.cn22", "postal CN22 (300 SDR)", "邮政CN22（300特别提款权）"),
    // value-split-shipment
    ("value-split-shipment", "{parcels} parcels to one destination, each worth about {each}, just under the {which} threshold of {threshold}.", "{parcels}个包裹寄往同一目的地，每个约 {each}，刚好低于{which}起征点 {threshold}。"),
    ("value-split-shipment.help", "Splitting one order into parcels under a threshold is treated as evasion: customs add the parcels up and charge duty, tax and penalties. Declare the order as one consignment.", "把一个订单拆成多个低于起征点的包裹会被视为逃税：海关会合并计算并补征税款、处以罚款。请按一票货物申报。"),
    // quantity-unreasonable
    ("quantity-unreasonable.gift", "{quantity} {unit} is a commercial quantity, not a {purpose}.", "{quantity}{unit}属于商业数量，不像{purpose}。"),
    ("quantity-unreasonable.weight", "{quantity} {unit} at {weight} kg net is {per} kg each, out of proportion for these goods.", "{quantity}{unit}净重 {weight} 千克，每件 {per} 千克，与商品不成比例。"),
    ("quantity-unreasonable.gross", "Net weight {net} kg is more than the gross weight {gross} kg.", "净重 {net} 千克大于毛重 {gross} 千克。"),
    ("quantity-unreasonable.huge", "Quantity {quantity} is out of all proportion for one parcel.", "数量 {quantity} 对一个包裹来说明显不合理。"),
    ("quantity-unreasonable.gift-value", "A {purpose} worth {value} is a high value for goods sent free of charge.", "价值 {value} 的{purpose}对无偿寄送来说价值过高。"),
    ("quantity-unreasonable.help", "Gifts and samples are free of charge and few; commercial quantities or values are treated as sales, with duty, tax and the documents of a sale. Declare them as a sale, or send fewer.", "礼品和样品是无偿且少量的；商业数量或价值会被按销售处理，需缴税并提供销售单证。请按销售申报，或减少数量。"),
    ("purpose.gift", "gift", "礼品"),
    ("purpose.sample", "sample", "样品"),
    // prohibited-item
    ("prohibited-item.weapon", "\"{text}\" reads as a weapon or weapon replica: not admitted by post or express.", "“{text}”属于武器或仿真武器：邮政和快递均不收寄。"),
    ("prohibited-item.narcotic", "\"{text}\" reads as a narcotic or controlled drug: prohibited everywhere.", "“{text}”属于毒品或管制药物：全面禁止寄递。"),
    ("prohibited-item.counterfeit", "\"{text}\" admits a copy (\"{word}\"): counterfeit goods are not admitted.", "“{text}”表明是仿冒品（“{word}”）：仿冒商品禁止寄递。"),
    ("prohibited-item.live-animal", "\"{text}\" reads as live animals or protected wildlife products: not admitted.", "“{text}”属于活体动物或受保护野生动物制品：禁止寄递。"),
    ("prohibited-item.dangerous", "\"{text}\" is dangerous goods that the {channel} channel refuses.", "“{text}”属于危险品，{channel}渠道不予收寄。"),
    ("prohibited-item.valuable", "\"{text}\" is currency, precious metal or other valuables: not admitted in ordinary post.", "“{text}”属于货币、贵金属等贵重物品：普通邮件不予收寄。"),
    ("prohibited-item.tobacco", "\"{text}\" is tobacco or e-cigarettes: not admitted by post to most destinations.", "“{text}”属于烟草或电子烟：多数目的国邮政不予收寄。"),
    ("prohibited-item.help", "Prohibited goods are seized and may be handed to the anti-smuggling authorities, with penalties (UPU Convention art. 19; China's list of goods prohibited from export). Do not ship them.", "禁寄物品会被扣押并可能移交缉私部门处罚（《万国邮政公约》第19条；中国禁止出境物品目录）。请勿寄递。"),
    // restricted-item
    ("restricted-item.food", "\"{text}\" is food or plant material: admitted only with the destination's food-safety or phytosanitary documents.", "“{text}”属于食品或植物产品：需目的国食品安全或检疫证书才能进口。"),
    ("restricted-item.medicine", "\"{text}\" is medicine or a medical product: admitted only with registration or a prescription at destination.", "“{text}”属于药品或医疗产品：目的国需注册或处方方可进口。"),
    ("restricted-item.cosmetic", "\"{text}\" is a cosmetic: destination ingredient and labelling rules apply; liquids and aerosols are limited in the air.", "“{text}”属于化妆品：需符合目的国成分和标签规定；液体和喷雾航空运输受限。"),
    ("restricted-item.export-control", "\"{text}\" may be export-controlled from China: an export licence (两用物项出口许可证) is needed.", "“{text}”可能属于中国出口管制物项：需办理两用物项出口许可证。"),
    ("restricted-item.radio", "\"{text}\" is a radio transmitter: many destinations require type approval.", "“{text}”属于无线电发射设备：多数目的国需型号核准。"),
    ("restricted-item.antique", "\"{text}\" may be a cultural relic: export from China needs approval of the cultural-heritage authority.", "“{text}”可能属于文物：出境需文物部门审核。"),
    ("restricted-item.magnetic", "\"{text}\" is magnetised material: air carriers limit the field strength.", "“{text}”属于磁性物品：航空运输限制磁场强度。"),
    ("restricted-item.dangerous", "\"{text}\" is dangerous goods: express carriers take it only under their dangerous-goods service, with an MSDS.", "“{text}”属于危险品：快递仅可通过危险品专线承运，并需提供MSDS。"),
    ("restricted-item.help", "Restricted goods are admitted only with a licence, permit or special documents; without them the parcel is held or returned. Get the documents listed before shipping.", "限制类物品需许可证或特殊单证才能进出口；缺少单证包裹将被扣留或退回。请在寄递前办妥所列单证。"),
    // battery-restriction
    ("battery-restriction.alone", "\"{text}\" is a lithium battery shipped alone: not admitted by post, and by air only as dangerous goods (UN3480/UN3090).", "“{text}”是单独运输的锂电池：邮政不收寄，航空只能按危险品运输（UN3480/UN3090）。"),
    ("battery-restriction.vehicle", "\"{text}\" is a lithium-battery vehicle: dangerous goods (UN3171/UN3556), not admitted by post.", "“{text}”是锂电池驱动的车辆：属于危险品（UN3171/UN3556），邮政不收寄。"),
    ("battery-restriction.contained", "\"{text}\" contains a lithium battery: post takes at most 4 cells or 2 batteries installed in the equipment, each tested to UN 38.3.", "“{text}”内含锂电池：邮政仅接受安装在设备中的最多4个电芯或2个电池，且须通过UN38.3测试。"),
    ("battery-restriction.help", "Lithium batteries can catch fire in aircraft. Post accepts only batteries installed in equipment within limits (UPU, ICAO); loose batteries and power banks go by express as dangerous goods, with a UN 38.3 test summary and MSDS; from 2026-01-01 at 30% state of charge.", "锂电池在飞机上可能起火。邮政只接受安装在设备中且符合限制的电池（万国邮联、国际民航组织）；单独电池和充电宝须通过快递按危险品运输，并提供UN38.3测试摘要和MSDS；自2026-01-01起荷电状态不超过30%。"),
    // infringement-risk
    ("infringement-risk.replica", "\"{text}\" says it is a copy (\"{word}\"): goods that copy a brand are seized.", "“{text}”表明是仿制品（“{word}”）：仿冒品牌的商品会被扣押。"),
    ("infringement-risk.cheap-brand", "{brand} at {price} ({usd}) a piece is far below the genuine price (about USD {min} and up): customs will suspect a counterfeit.", "{brand}单价 {price}（{usd}）远低于正品价格（约 USD {min} 以上）：海关会怀疑是仿冒品。"),
    ("infringement-risk.brand", "{brand} is a brand that customs watch for counterfeits.", "{brand}是海关重点监控仿冒的品牌。"),
    ("infringement-risk.help", "Customs on both sides seize goods that infringe a trademark, destroy them and fine the sender (China's Regulations on Customs Protection of IPR; EU Reg. 608/2013). Keep an authorisation letter or proof of purchase from the brand owner; if the goods are unbranded, do not name the brand.", "中外海关均会扣押侵犯商标权的商品、予以销毁并处罚发件人（《知识产权海关保护条例》；欧盟第608/2013号条例）。请备好品牌方授权书或进货凭证；如为无品牌商品，请勿标注品牌。"),
    // export-duty-applies
    ("export-duty-applies", "\"{text}\" ({code}) is among goods China taxes on export.", "“{text}”（{code}）属于中国征收出口关税的商品。"),
    ("export-duty-applies.help", "Most goods leave China duty-free, but some resource goods (certain metals, ores, fertilisers, ferroalloys) pay export duty under the Tariff Schedule's export section. Check the rate for the 10-digit code and budget for it.", "大多数商品出口免税，但部分资源类商品（某些金属、矿砂、化肥、铁合金）按税则出口部分征收出口关税。请按10位编码查询税率并计入成本。"),
    // document-missing
    ("document-missing", "{document} is required ({reason}) and is not among your documents.", "需要{document}（{reason}），但您的单证中没有。"),
    ("document-missing.help", "Customs or the carrier will ask for it before release; without it the parcel waits. Prepare it before handing the parcel over.", "海关或承运人放行前会要求提供；缺少则包裹滞留。请在交寄前准备好。"),
    // channel-unsuitable
    ("channel-unsuitable", "The {channel} channel does not suit this shipment: {reason}", "{channel}渠道不适合此票货物：{reason}"),
    ("channel-unsuitable.help", "A channel that refuses the goods returns them; one that suits them badly costs time and money. The suggested channel and its reasons are in the report.", "拒收的渠道会退回货物；不合适的渠道浪费时间和费用。建议渠道及理由见报告。"),
    // data-may-be-stale
    ("data-may-be-stale", "The reference data ({version}) is more than six months older than the date checked ({date}); thresholds and rates may have changed.", "参考数据（{version}）比检查日期（{date}）早六个月以上；起征点和汇率可能已变化。"),
    ("data-may-be-stale.help", "Update precheck, or confirm the destination's thresholds with the carrier.", "请更新 precheck，或向承运人确认目的国起征点。"),
    // Channels.
    ("channel.postal", "postal", "邮政"),
    ("channel.express", "express", "快递"),
    ("channel.general-trade", "general-trade", "一般贸易"),
    ("channel.refuses-prohibited", "prohibited goods are refused.", "禁寄物品不予收寄。"),
    ("channel.post-refuses-loose-batteries", "post does not accept lithium batteries or power banks shipped alone.", "邮政不收寄单独的锂电池或充电宝。"),
    ("channel.post-refuses-battery-vehicles", "post does not accept lithium-battery vehicles.", "邮政不收寄锂电池驱动的车辆。"),
    ("channel.post-refuses-dangerous", "post does not accept dangerous goods (flammable, pressurised, ...).", "邮政不收寄危险品（易燃、压力容器等）。"),
    ("channel.post-too-heavy", "post takes at most {limit} kg a parcel.", "邮政每件包裹最重{limit}千克。"),
    ("channel.refund-needs-general-trade", "an export VAT refund needs a general-trade customs declaration.", "出口退税需要一般贸易报关。"),
    ("channel.volume-not-postal", "commercial volumes clear slowly and expensively by post.", "商业批量货物走邮政清关慢且成本高。"),
    ("channel.why-refund", "An export VAT refund needs a general-trade declaration (报关单) and VAT special invoices.", "出口退税需要一般贸易报关单和增值税专用发票。"),
    ("channel.why-high-value-trade", "Goods worth USD {value} (over USD {limit}) are best declared as general trade through a broker.", "货值 USD {value}（超过 USD {limit}）宜通过报关行按一般贸易申报。"),
    ("channel.why-volume", "Large volumes (weight, parcels or quantity) clear best as a general-trade declaration.", "大批量货物（重量、件数或数量）宜按一般贸易报关。"),
    ("channel.why-postal", "Low value (USD {value}, within the 300 SDR CN22 line): post (EMS, ePacket) is the cheapest channel.", "货值低（USD {value}，在300特别提款权CN22限额内）：邮政（EMS、e邮宝）最经济。"),
    ("channel.why-postal-sample", "Samples and gifts of low value travel well by post.", "低值样品和礼品适合邮寄。"),
    ("channel.why-express-value", "Higher value (USD {value}, above the 300 SDR postal CN22 line): commercial express clears faster, with tracking and insurance.", "货值较高（USD {value}，超过300特别提款权CN22限额）：商业快递清关更快，可追踪和保险。"),
    ("channel.why-express-postal-refuses", "Post refuses these goods; express carriers can take them under their rules.", "邮政拒收此类商品；快递可按其规定承运。"),
    ("channel.why-express", "Commercial express (DHL, UPS, FedEx) suits this shipment.", "商业快递（DHL、UPS、FedEx）适合此票货物。"),
    // Documents.
    ("doc.commercial-invoice", "Commercial invoice", "商业发票"),
    ("doc.packing-list", "Packing list", "装箱单"),
    ("doc.sales-contract", "Sales contract", "销售合同"),
    ("doc.certificate-of-origin", "Certificate of origin", "原产地证书"),
    ("doc.quality-certificate", "Quality certificate", "质量证书"),
    ("doc.export-licence", "Export licence", "出口许可证"),
    ("doc.cn22", "CN22 customs declaration", "CN22报关单"),
    ("doc.cn23", "CN23 customs declaration", "CN23报关单"),
    ("doc.msds", "MSDS (safety data sheet)", "MSDS（化学品安全技术说明书）"),
    ("doc.battery-test-summary", "UN 38.3 test summary", "UN38.3测试摘要"),
    ("doc.vat-special-invoice", "VAT special invoice", "增值税专用发票"),
    ("doc.invoice-sale", "customs value the goods from the invoice of the sale", "海关依据销售发票确定完税价格"),
    ("doc.invoice-value", "a pro forma invoice states the value of goods sent free of charge", "无偿寄送的货物需用形式发票说明价值"),
    ("doc.packing-general-trade", "a general-trade declaration is filed with a packing list", "一般贸易报关需随附装箱单"),
    ("doc.contract-general-trade", "customs may ask for the contract behind a general-trade declaration", "海关可能要求提供一般贸易报关所依据的合同"),
    ("doc.packing-several", "several lines or parcels: a packing list says what is in each parcel", "多行商品或多个包裹：装箱单说明每个包裹的内容"),
    ("doc.reason-cn22", "post: a CN22 for items up to 300 SDR", "邮政：300特别提款权以下的邮件需CN22"),
    ("doc.reason-cn23", "post: a CN23 for items over 300 SDR or parcels", "邮政：超过300特别提款权的邮件或包裹需CN23"),
    ("doc.licence", "the goods are export-controlled", "货物属于出口管制物项"),
    ("doc.un383", "goods with lithium batteries need the UN 38.3 test summary (IATA DGR 3.9.2.6)", "含锂电池的货物需UN38.3测试摘要（IATA DGR 3.9.2.6）"),
    ("doc.msds-battery", "carriers ask for the battery's safety data sheet", "承运人要求提供电池的安全技术说明书"),
    ("doc.msds-dangerous", "dangerous goods travel only with a safety data sheet", "危险品运输必须附安全技术说明书"),
    ("doc.quality", "food, cosmetics and medical goods are checked against the destination's standards", "食品、化妆品和医疗产品需符合目的国标准"),
    ("doc.vat-invoice", "an export VAT refund needs the purchase VAT special invoices", "出口退税需要进货增值税专用发票"),
    ("doc.contract-refund", "the tax office matches the refund to the export contract", "税务机关按出口合同审核退税"),
    ("doc.origin-fta", "a certificate of origin can lower the duty under the destination's free-trade agreement with China", "原产地证书可享受目的国与中国自贸协定的优惠关税"),
    // Lanes.
    ("lane.fast", "No warnings: the declaration is likely to pass the automatic checks (about 80% of parcels do).", "无警告：申报很可能通过系统自动审核（约80%的包裹如此）。"),
    ("lane.manual", "Manual document review is likely: {reasons}.", "可能转人工审单：{reasons}。"),
    ("lane.inspection", "Inspection is likely (X-ray or opening): {reasons}.", "可能查验（X光或开箱）：{reasons}。"),
    ("lane.reason.errors", "{n} problem(s) that customs would stop on", "{n}个海关会拦截的问题"),
    ("lane.reason.warnings", "{n} point(s) customs would query", "{n}个海关可能询问的问题"),
    ("lane.reason.rule", "{rule}", "{rule}"),
];

pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    let (_, en, zh) = CATALOGUE.iter().find(|e| e.0 == key)?;
    Some(if lang == Lang::Zh && !zh.is_empty() { zh } else { en })
}

/// Replaces `{name}` with its value; unknown placeholders stay as written.
pub fn fill(template: &str, params: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match params.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The message for `key`, filled; the key itself if the catalogue lacks it (a test
/// makes sure it never does for the keys the rules use).
pub fn text(lang: Lang, key: &str, params: &[(&str, &str)]) -> String {
    match lookup(lang, key) {
        Some(t) => fill(t, params),
        None => key.to_string(),
    }
}

/// "items[2].unitPrice" -> "Item 3 unit price" / "第3项商品单价".
pub fn field_label(lang: Lang, field: &str) -> String {
    if let Some(rest) = field.strip_prefix("items[") {
        let (index, sub) = rest.split_once(']').unwrap_or((rest, ""));
        let n = index.parse::<usize>().map(|i| (i + 1).to_string()).unwrap_or_else(|_| index.to_string());
        let item = text(lang, "field.item", &[("n", &n)]);
        let sub = sub.trim_start_matches('.');
        if sub.is_empty() {
            return item;
        }
        let label = lookup(lang, &format!("field.{sub}")).unwrap_or(sub);
        return if lang == Lang::Zh { format!("{item}{label}") } else { format!("{item} {label}") };
    }
    let base = field.split('[').next().unwrap_or(field);
    lookup(lang, &format!("field.{base}")).unwrap_or(field).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(t: &str) -> Vec<String> {
        let mut v: Vec<String> = t.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(p, _)| p.to_string())).collect();
        v.sort();
        v
    }

    #[test]
    fn languages_carry_the_same_parameters() {
        let mut keys = std::collections::HashSet::new();
        for (key, en, zh) in CATALOGUE {
            assert!(keys.insert(key), "duplicate key {key}");
            assert_eq!(placeholders(en), placeholders(zh), "{key}");
            assert!(!en.is_empty() && !zh.is_empty(), "{key}");
        }
    }

    #[test]
    fn fills_and_labels() {
        assert_eq!(fill("a {x} b {y}", &[("x", "1")]), "a 1 b {y}");
        assert_eq!(field_label(Lang::En, "items[2].unitPrice"), "Item 3 unit price");
        assert_eq!(field_label(Lang::Zh, "items[0].hsCode"), "第1项商品HS编码");
        assert_eq!(field_label(Lang::En, "destination"), "Destination country");
    }
}
