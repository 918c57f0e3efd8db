//! How people name goods in listings, in English and Chinese, mapped to HS 2022 codes.
//!
//! Curated by precheck from the HS 2022 nomenclature and general trade knowledge
//! (2026-11); not copied from any list. Each entry names the product nouns sellers use
//! (English terms are matched singular, lower case, as whole words; Chinese terms as
//! substrings), the HS 2022 headings (4 digits) or subheadings (6 digits) such goods
//! usually fall in, what is special about them (flags), and the lowest unit value in USD
//! that is plausible for a genuine article (None: cheap versions exist, never flag).
//!
//! The minimum values are deliberately low: they flag only declarations that no honest
//! invoice would show (a smartphone at USD 3), not merely cheap goods.

pub mod flag {
    /// Contains lithium cells (phones, laptops, earbuds, e-cigarettes, smart watches).
    pub const BATTERY_IN: u32 = 1;
    /// Is itself a lithium battery or power bank (shipped alone).
    pub const BATTERY_ALONE: u32 = 1 << 1;
    /// Food, drink, seeds, plants: phytosanitary / food-safety rules at destination.
    pub const FOOD: u32 = 1 << 2;
    /// Medicines, drugs, medical devices needing registration.
    pub const MEDICINE: u32 = 1 << 3;
    /// Cosmetics and toiletries: ingredient rules; liquids and aerosols.
    pub const COSMETIC: u32 = 1 << 4;
    /// Weapons and their replicas, ammunition, explosives: prohibited in post and most express.
    pub const WEAPON: u32 = 1 << 5;
    /// Narcotics and drug paraphernalia: prohibited everywhere.
    pub const NARCOTIC: u32 = 1 << 6;
    /// Flammable, pressurised, corrosive or otherwise dangerous goods.
    pub const DANGEROUS: u32 = 1 << 7;
    /// Live animals, animal products of protected species.
    pub const LIVE_ANIMAL: u32 = 1 << 8;
    /// Precious metals, stones, coins, cash: not admitted in ordinary post.
    pub const VALUABLE: u32 = 1 << 9;
    /// Dual-use or controlled by China's export-control lists (drones, encryption, rare earths...).
    pub const EXPORT_CONTROLLED: u32 = 1 << 10;
    /// Radio transmitters needing type approval at destination (walkie-talkies, drones).
    pub const RADIO: u32 = 1 << 11;
    /// Tobacco and e-cigarettes: prohibited by post to many destinations.
    pub const TOBACCO: u32 = 1 << 12;
    /// Magnets and magnetised material (air transport limits).
    pub const MAGNETIC: u32 = 1 << 13;
    /// Electric vehicles with large lithium batteries (e-bikes, scooters, hoverboards).
    pub const BATTERY_VEHICLE: u32 = 1 << 14;
    /// Cultural relics, antiques: export needs approval in China.
    pub const ANTIQUE: u32 = 1 << 15;
    /// Goods China taxes on export (some metals, ores, fertilisers, chemicals).
    pub const EXPORT_DUTY: u32 = 1 << 16;
}

use flag::*;

/// One kind of goods.
#[derive(Debug, Clone, Copy)]
pub struct Product {
    /// English terms (singular, lower case, words separated by spaces) and Chinese terms.
    pub terms: &'static [&'static str],
    /// HS 2022 codes: the first is the usual one; 4-digit entries mean the whole heading.
    pub hs: &'static [u32],
    pub flags: u32,
    /// Lowest plausible unit value in USD for a genuine article.
    pub min_usd: Option<&'static str>,
}

const fn p(terms: &'static [&'static str], hs: &'static [u32], flags: u32, min_usd: Option<&'static str>) -> Product {
    Product { terms, hs, flags, min_usd }
}

pub static PRODUCTS: &[Product] = &[
    // Jewellery and accessories (71, 96)
    p(&["earring", "ear ring", "ear stud", "stud earring", "hoop earring", "ear cuff", "耳环", "耳钉", "耳夹", "耳饰"], &[711719, 711711, 7113], 0, None),
    p(&["necklace", "pendant", "choker", "项链", "吊坠"], &[711719, 7113], 0, None),
    p(&["bracelet", "bangle", "anklet", "手链", "手镯", "脚链"], &[711719, 7113], 0, None),
    p(&["ring", "finger ring", "wedding ring", "戒指"], &[711719, 7113], 0, None),
    p(&["brooch", "胸针"], &[711719, 7113], 0, None),
    p(&["gold ring", "gold necklace", "gold bracelet", "gold earring", "18k gold", "solid gold", "金戒指", "金项链", "黄金"], &[711319], VALUABLE, Some("50")),
    p(&["sterling silver", "925 silver", "silver ring", "silver necklace", "纯银", "银饰"], &[711311], 0, Some("3")),
    p(&["diamond ring", "diamond", "钻石", "钻戒"], &[711319, 7102], VALUABLE, Some("100")),
    p(&["jade", "玉", "翡翠", "和田玉"], &[7103, 7116], 0, None),
    p(&["pearl", "珍珠"], &[7101, 7116], 0, None),
    p(&["hair clip", "hair claw", "hair pin", "hairpin", "barrette", "bobby pin", "发夹", "发卡", "抓夹", "发簪"], &[961511, 961519, 961590], 0, None),
    p(&["hair tie", "scrunchie", "hair band", "headband", "发圈", "发带", "头箍", "发箍"], &[961519, 6117, 6217], 0, None),
    p(&["wig", "hair extension", "lace front", "假发", "发片", "接发"], &[670419, 670420, 670411], 0, None),
    p(&["false eyelash", "eyelash", "lash", "假睫毛"], &[670490, 670419], 0, None),
    p(&["watch", "wristwatch", "手表", "腕表"], &[9102, 9101], 0, None),
    p(&["smart watch", "smartwatch", "fitness tracker", "smart band", "智能手表", "智能手环"], &[851762], BATTERY_IN, Some("5")),
    p(&["sunglass", "sunglasses", "太阳镜", "墨镜"], &[900410], 0, None),
    p(&["eyeglass frame", "spectacle frame", "glasses frame", "眼镜框", "镜架"], &[9003], 0, None),
    p(&["reading glass", "eyeglass", "spectacles", "眼镜"], &[900490], 0, None),
    p(&["key chain", "keychain", "key ring", "钥匙扣", "钥匙链"], &[732690, 392690, 711719], 0, None),
    // Clothing (61, 62, 65)
    p(&["t shirt", "tshirt", "tee", "t恤", "短袖"], &[610910, 610990], 0, None),
    p(&["tank top", "vest top", "camisole", "背心", "吊带"], &[610910, 610990, 6114], 0, None),
    p(&["hoodie", "sweatshirt", "pullover", "卫衣"], &[611020, 611030], 0, None),
    p(&["sweater", "jumper", "cardigan", "knitwear", "毛衣", "针织衫", "开衫"], &[611020, 611030, 611011], 0, None),
    p(&["dress", "gown", "连衣裙", "礼服"], &[620442, 620443, 610442, 610443], 0, None),
    p(&["skirt", "半身裙", "裙子"], &[620452, 620453, 610452], 0, None),
    p(&["jean", "jeans", "denim trouser", "牛仔裤"], &[620342, 620462], 0, None),
    p(&["trouser", "pant", "pants", "legging", "jogger", "sweatpant", "裤子", "长裤", "打底裤", "休闲裤"], &[620342, 620462, 610462, 610342], 0, None),
    p(&["short", "shorts", "短裤"], &[620342, 620462, 610462], 0, None),
    p(&["shirt", "blouse", "衬衫", "衬衣"], &[620520, 620630, 610510, 610610], 0, None),
    p(&["polo shirt", "polo", "polo衫"], &[610510, 610520], 0, None),
    p(&["jacket", "coat", "parka", "windbreaker", "blazer", "夹克", "外套", "大衣", "风衣", "羽绒服"], &[620140, 620240, 620140, 620240, 610130], 0, None),
    p(&["down jacket", "puffer jacket", "羽绒服"], &[620140, 620240], 0, None),
    p(&["suit", "西装", "套装"], &[620311, 620312, 6204], 0, None),
    p(&["pajama", "pyjama", "sleepwear", "nightgown", "睡衣"], &[610822, 610831, 620821], 0, None),
    p(&["underwear", "brief", "boxer", "panty", "panties", "内裤", "内衣"], &[610822, 610711, 610821], 0, None),
    p(&["bra", "brassiere", "sports bra", "文胸", "胸罩"], &[621210], 0, None),
    p(&["sock", "socks", "stocking", "pantyhose", "tights", "袜子", "丝袜", "连裤袜"], &[611595, 611596, 611522], 0, None),
    p(&["swimsuit", "bikini", "swimwear", "swim trunk", "泳衣", "比基尼", "泳裤"], &[611241, 611231], 0, None),
    p(&["baby clothes", "romper", "onesie", "bodysuit", "婴儿服", "连体衣"], &[611120, 611130], 0, None),
    p(&["glove", "gloves", "mitten", "手套"], &[611693, 611610, 4203], 0, None),
    p(&["scarf", "shawl", "muffler", "围巾", "披肩", "丝巾"], &[611710, 621420, 621430], 0, None),
    p(&["tie", "necktie", "bow tie", "领带", "领结"], &[621510, 621520], 0, None),
    p(&["belt", "waist belt", "腰带", "皮带"], &[420330, 392690], 0, None),
    p(&["hat", "cap", "baseball cap", "beanie", "bucket hat", "sun hat", "帽子", "棒球帽", "毛线帽", "渔夫帽"], &[650500, 650699, 650610], 0, None),
    p(&["face mask", "mask", "口罩"], &[630790], 0, None),
    p(&["apron", "围裙"], &[630790, 621149], 0, None),
    // Footwear (64)
    p(&["sneaker", "sneakers", "running shoe", "trainer", "athletic shoe", "sport shoe", "运动鞋", "跑鞋", "球鞋"], &[640411, 640219, 640399], 0, None),
    p(&["leather shoe", "dress shoe", "oxford shoe", "loafer", "皮鞋"], &[640399, 640359, 640391], 0, None),
    p(&["boot", "boots", "ankle boot", "snow boot", "靴子", "雪地靴", "短靴"], &[640391, 640291, 640299], 0, None),
    p(&["sandal", "slipper", "flip flop", "slide", "拖鞋", "凉鞋", "人字拖"], &[640299, 640220, 640520], 0, None),
    p(&["high heel", "heels", "pump shoe", "高跟鞋"], &[640399, 640299], 0, None),
    p(&["canvas shoe", "帆布鞋"], &[640419], 0, None),
    p(&["shoe", "shoes", "footwear", "鞋"], &[6402, 6403, 6404, 6405], 0, None),
    // Bags and leather goods (42)
    p(&["handbag", "purse", "tote bag", "shoulder bag", "crossbody bag", "clutch", "手提包", "女包", "单肩包", "斜挎包"], &[420221, 420222, 420229], 0, None),
    p(&["backpack", "rucksack", "school bag", "双肩包", "背包", "书包"], &[420292, 420222], 0, None),
    p(&["wallet", "card holder", "coin purse", "钱包", "卡包", "零钱包"], &[420231, 420232], 0, None),
    p(&["suitcase", "luggage", "trolley case", "行李箱", "拉杆箱"], &[420212, 420211], 0, None),
    p(&["cosmetic bag", "makeup bag", "toiletry bag", "化妆包", "洗漱包"], &[420292, 420222], 0, None),
    p(&["pencil case", "笔袋", "文具袋"], &[420292, 392690], 0, None),
    p(&["phone case", "phone cover", "mobile case", "iphone case", "cell phone case", "手机壳", "手机套"], &[392690, 420232, 420299], 0, None),
    p(&["laptop bag", "laptop sleeve", "电脑包"], &[420212, 420292], 0, None),
    // Phones, computers, electronics (84, 85)
    p(&["smartphone", "smart phone", "mobile phone", "cell phone", "cellphone", "iphone", "android phone", "手机", "智能手机"], &[851713], BATTERY_IN, Some("30")),
    p(&["laptop", "notebook computer", "macbook", "笔记本电脑"], &[847130], BATTERY_IN, Some("80")),
    p(&["tablet pc", "tablet computer", "android tablet", "ipad", "平板电脑"], &[847130], BATTERY_IN, Some("40")),
    p(&["desktop computer", "mini pc", "台式电脑", "主机"], &[847141, 847149, 847150], 0, Some("50")),
    p(&["computer mouse", "mouse", "鼠标"], &[847160], 0, None),
    p(&["keyboard", "键盘"], &[847160], 0, None),
    p(&["monitor", "display screen", "显示器"], &[852852, 852859], 0, Some("30")),
    p(&["graphics card", "gpu", "显卡"], &[847330], 0, Some("40")),
    p(&["cpu", "processor", "处理器"], &[854231], 0, Some("20")),
    p(&["ssd", "solid state drive", "hard drive", "hard disk", "固态硬盘", "硬盘"], &[852351, 847170], 0, Some("8")),
    p(&["usb flash drive", "usb stick", "flash drive", "pen drive", "u盘"], &[852351], 0, None),
    p(&["memory card", "sd card", "tf card", "micro sd", "内存卡", "存储卡"], &[852351], 0, None),
    p(&["ram", "memory module", "内存条"], &[847330], 0, Some("5")),
    p(&["motherboard", "主板"], &[847330], 0, Some("20")),
    p(&["router", "wifi router", "modem", "路由器"], &[851762], 0, None),
    p(&["earphone", "earbud", "headphone", "headset", "tws", "airpods", "耳机", "蓝牙耳机"], &[851830], BATTERY_IN, None),
    p(&["speaker", "bluetooth speaker", "loudspeaker", "音箱", "音响", "蓝牙音箱"], &[851822, 851821, 851829], BATTERY_IN, None),
    p(&["microphone", "mic", "麦克风", "话筒"], &[851810], 0, None),
    p(&["charger", "power adapter", "charging adapter", "wall charger", "充电器", "电源适配器"], &[850440], 0, None),
    p(&["wireless charger", "无线充电器"], &[850440], 0, None),
    p(&["usb cable", "charging cable", "data cable", "type c cable", "lightning cable", "hdmi cable", "数据线", "充电线"], &[854442], 0, None),
    p(&["power bank", "portable charger", "移动电源", "充电宝"], &[850760], BATTERY_ALONE, None),
    p(&["lithium battery", "li ion battery", "lithium ion battery", "lipo battery", "18650", "rechargeable battery", "battery pack", "锂电池", "电池", "充电电池"], &[850760, 850650], BATTERY_ALONE, None),
    p(&["button cell", "coin cell", "cr2032", "纽扣电池"], &[850650, 850680], BATTERY_ALONE, None),
    p(&["alkaline battery", "aa battery", "aaa battery", "碱性电池"], &[850610, 850680], 0, None),
    p(&["screen protector", "tempered glass", "钢化膜", "手机膜", "保护膜"], &[700719, 392690], 0, None),
    p(&["phone holder", "phone stand", "car mount", "手机支架"], &[392690, 830250], 0, None),
    p(&["selfie stick", "tripod", "自拍杆", "三脚架"], &[962000, 392690], 0, None),
    p(&["camera", "digital camera", "action camera", "相机", "数码相机", "运动相机"], &[852589], BATTERY_IN, Some("20")),
    p(&["security camera", "ip camera", "cctv camera", "webcam", "监控摄像头", "摄像头"], &[852589], 0, None),
    p(&["drone", "quadcopter", "uav", "无人机"], &[880621, 880622], BATTERY_IN | EXPORT_CONTROLLED | RADIO, Some("20")),
    p(&["walkie talkie", "two way radio", "对讲机"], &[851762], BATTERY_IN | RADIO, None),
    p(&["gps tracker", "gps locator", "定位器"], &[852691], BATTERY_IN, None),
    p(&["game console", "gaming console", "playstation", "xbox", "nintendo switch", "游戏机"], &[950450], BATTERY_IN, Some("50")),
    p(&["game controller", "gamepad", "joystick", "游戏手柄"], &[950450], 0, None),
    p(&["e book reader", "ebook reader", "kindle", "电子书阅读器"], &[847130], BATTERY_IN, Some("20")),
    p(&["television", "tv", "smart tv", "电视机"], &[852872], 0, Some("50")),
    p(&["projector", "投影仪"], &[852862, 852869], 0, Some("20")),
    p(&["led strip", "light strip", "灯带"], &[940542, 940549], 0, None),
    p(&["led bulb", "light bulb", "灯泡"], &[853952, 940542], 0, None),
    p(&["desk lamp", "table lamp", "台灯"], &[940521, 940521], 0, None),
    p(&["flashlight", "torch", "手电筒"], &[851310], BATTERY_IN, None),
    p(&["ceiling light", "chandelier", "pendant light", "吊灯", "吸顶灯"], &[940511, 940519], 0, None),
    p(&["night light", "小夜灯"], &[940549], 0, None),
    p(&["solar panel", "太阳能板", "光伏板"], &[854143], 0, None),
    p(&["circuit board", "pcb", "电路板"], &[853400, 847330], 0, None),
    p(&["integrated circuit", "ic chip", "chip", "microcontroller", "芯片", "集成电路"], &[854231, 854239], 0, None),
    p(&["capacitor", "电容"], &[853224, 853229], 0, None),
    p(&["resistor", "电阻"], &[853321, 853329], 0, None),
    p(&["sensor", "传感器"], &[902610, 903289], 0, None),
    p(&["electric motor", "dc motor", "stepper motor", "电机", "马达"], &[850131, 850110], 0, None),
    p(&["switch", "wall switch", "开关"], &[853650], 0, None),
    p(&["socket", "power strip", "extension socket", "插座", "排插"], &[853669, 853670], 0, None),
    p(&["electronic cigarette", "e cigarette", "vape", "vape pen", "电子烟"], &[854340], BATTERY_IN | TOBACCO, None),
    // Household appliances (85)
    p(&["hair dryer", "blow dryer", "吹风机"], &[851631], 0, None),
    p(&["hair straightener", "curling iron", "hair curler", "直发器", "卷发棒"], &[851632], 0, None),
    p(&["electric shaver", "razor", "trimmer", "剃须刀", "理发器"], &[851010, 851020, 821210], 0, None),
    p(&["electric toothbrush", "电动牙刷"], &[850980], BATTERY_IN, None),
    p(&["blender", "juicer", "mixer", "榨汁机", "搅拌机"], &[850940], 0, None),
    p(&["kettle", "electric kettle", "电水壶", "烧水壶"], &[851671], 0, None),
    p(&["rice cooker", "电饭煲"], &[851660], 0, None),
    p(&["air fryer", "空气炸锅"], &[851660, 851679], 0, None),
    p(&["coffee machine", "coffee maker", "咖啡机"], &[851671], 0, None),
    p(&["vacuum cleaner", "robot vacuum", "吸尘器", "扫地机器人"], &[850811, 850819], 0, Some("15")),
    p(&["fan", "electric fan", "mini fan", "风扇", "电风扇"], &[841451], 0, None),
    p(&["humidifier", "加湿器"], &[850980], 0, None),
    p(&["massager", "massage gun", "按摩器", "筋膜枪"], &[901910], 0, None),
    p(&["sewing machine", "缝纫机"], &[845210], 0, None),
    // Home, kitchen (39, 44, 69, 70, 73, 76, 82, 94, 63)
    p(&["mug", "coffee mug", "cup", "tea cup", "马克杯", "杯子", "茶杯", "咖啡杯"], &[691200, 691110, 701337, 392410], 0, None),
    p(&["water bottle", "tumbler", "thermos", "vacuum flask", "insulated bottle", "水杯", "保温杯", "水瓶"], &[961700, 732393, 392410], 0, None),
    p(&["plate", "dish", "bowl", "tableware", "dinnerware", "盘子", "碗", "餐盘"], &[691200, 691110, 392410], 0, None),
    p(&["chopstick", "筷子"], &[441990, 392410], 0, None),
    p(&["spoon", "fork", "cutlery", "flatware", "勺子", "叉子", "餐具套装"], &[821599, 821591], 0, None),
    p(&["knife", "kitchen knife", "chef knife", "菜刀", "刀具"], &[821191, 821192], 0, None),
    p(&["cutting board", "chopping board", "砧板", "菜板"], &[441911, 441919, 392410], 0, None),
    p(&["pot", "pan", "frying pan", "wok", "saucepan", "cookware", "锅", "炒锅", "平底锅"], &[732393, 761510, 732391], 0, None),
    p(&["food container", "lunch box", "storage box", "bento box", "饭盒", "保鲜盒", "收纳盒"], &[392410, 392690, 392310], 0, None),
    p(&["storage bag", "zip bag", "plastic bag", "收纳袋", "塑料袋"], &[392321, 392329], 0, None),
    p(&["towel", "bath towel", "毛巾", "浴巾"], &[630260, 630291], 0, None),
    p(&["bed sheet", "duvet cover", "pillowcase", "bedding set", "床单", "被套", "枕套", "四件套"], &[630231, 630221, 630232], 0, None),
    p(&["pillow", "cushion", "枕头", "抱枕", "靠垫"], &[940490], 0, None),
    p(&["blanket", "throw", "毯子", "毛毯"], &[630140, 630120], 0, None),
    p(&["curtain", "窗帘"], &[630391, 630392], 0, None),
    p(&["rug", "carpet", "floor mat", "door mat", "地毯", "地垫"], &[570329, 570500], 0, None),
    p(&["candle", "scented candle", "蜡烛", "香薰蜡烛"], &[340600], 0, None),
    p(&["vase", "花瓶"], &[691390, 701391], 0, None),
    p(&["photo frame", "picture frame", "相框"], &[441490, 392490], 0, None),
    p(&["artificial flower", "fake flower", "silk flower", "仿真花", "假花"], &[670290, 670210], 0, None),
    p(&["sticker", "wall sticker", "decal", "贴纸", "墙贴"], &[491199, 392690], 0, None),
    p(&["clock", "wall clock", "alarm clock", "挂钟", "闹钟", "时钟"], &[910521, 910511, 910591], 0, None),
    p(&["mirror", "镜子"], &[700910, 700991], 0, None),
    p(&["umbrella", "雨伞", "伞"], &[660191, 660199], 0, None),
    p(&["chair", "office chair", "椅子"], &[940171, 940179, 940131], 0, Some("5")),
    p(&["table", "desk", "桌子", "书桌"], &[940360, 940330], 0, None),
    p(&["sofa", "沙发"], &[940161], 0, Some("30")),
    p(&["shelf", "rack", "storage rack", "架子", "置物架"], &[940320, 940370], 0, None),
    p(&["hanger", "clothes hanger", "衣架"], &[392490, 732690], 0, None),
    p(&["toothbrush", "牙刷"], &[960321], 0, None),
    p(&["comb", "hair brush", "梳子"], &[961511, 960329], 0, None),
    p(&["makeup brush", "化妆刷"], &[960330], 0, None),
    // Cosmetics and toiletries (33, 34)
    p(&["lipstick", "lip gloss", "lip balm", "口红", "唇膏", "唇釉"], &[330410], COSMETIC, None),
    p(&["eyeshadow", "eye shadow", "mascara", "eyeliner", "眼影", "睫毛膏", "眼线笔"], &[330420], COSMETIC, None),
    p(&["nail polish", "gel polish", "指甲油", "甲油胶"], &[330430], COSMETIC, None),
    p(&["foundation", "concealer", "face powder", "粉底", "遮瑕", "散粉"], &[330491], COSMETIC, None),
    p(&["face cream", "moisturizer", "serum", "lotion", "sunscreen", "面霜", "精华", "乳液", "防晒霜"], &[330499], COSMETIC, None),
    p(&["face mask sheet", "sheet mask", "面膜"], &[330499], COSMETIC, None),
    p(&["perfume", "fragrance", "eau de toilette", "香水"], &[330300], COSMETIC | DANGEROUS, None),
    p(&["shampoo", "conditioner", "洗发水", "护发素"], &[330510, 330590], COSMETIC, None),
    p(&["hair dye", "染发剂"], &[330590], COSMETIC, None),
    p(&["soap", "hand soap", "香皂", "肥皂"], &[340111, 340120], 0, None),
    p(&["toothpaste", "牙膏"], &[330610], COSMETIC, None),
    p(&["essential oil", "精油"], &[3301], COSMETIC, None),
    p(&["nail art", "nail sticker", "press on nail", "false nail", "美甲贴", "穿戴甲", "假指甲"], &[392690, 330430], 0, None),
    // Toys, games, sport (95)
    p(&["building block", "building brick", "lego", "积木"], &[950300], 0, None),
    p(&["plush toy", "stuffed animal", "stuffed toy", "teddy bear", "毛绒玩具", "公仔"], &[950300], 0, None),
    p(&["doll", "action figure", "figurine", "娃娃", "手办", "玩偶"], &[950300], 0, None),
    p(&["puzzle", "jigsaw", "拼图"], &[950300], 0, None),
    p(&["rc car", "remote control car", "toy car", "遥控车", "玩具车"], &[950300], BATTERY_IN, None),
    p(&["toy", "toys", "玩具"], &[950300], 0, None),
    p(&["board game", "card game", "playing card", "poker", "桌游", "扑克牌", "纸牌"], &[950440, 950490], 0, None),
    p(&["fidget spinner", "fidget toy", "指尖陀螺", "解压玩具"], &[950300], 0, None),
    p(&["christmas decoration", "christmas ornament", "christmas tree", "圣诞装饰", "圣诞树"], &[950510], 0, None),
    p(&["party balloon", "balloon", "气球"], &[950590, 401490], 0, None),
    p(&["yoga mat", "瑜伽垫"], &[950691, 392190], 0, None),
    p(&["dumbbell", "kettlebell", "resistance band", "哑铃", "壶铃", "弹力带"], &[950691], 0, None),
    p(&["fishing rod", "fishing reel", "fishing lure", "鱼竿", "渔轮", "鱼饵"], &[950710, 950730, 950790], 0, None),
    p(&["tent", "camping tent", "帐篷"], &[630622, 630629], 0, None),
    p(&["bicycle", "bike", "自行车"], &[871200], 0, Some("30")),
    p(&["electric bicycle", "e bike", "ebike", "electric scooter", "e scooter", "hoverboard", "电动自行车", "电动滑板车", "平衡车"], &[871160, 871190], BATTERY_VEHICLE | BATTERY_IN, Some("80")),
    p(&["skateboard", "roller skate", "滑板", "轮滑鞋"], &[950670, 950699], 0, None),
    p(&["golf club", "golf ball", "高尔夫球杆"], &[950631, 950632], 0, None),
    p(&["tennis racket", "badminton racket", "网球拍", "羽毛球拍"], &[950651, 950659], 0, None),
    p(&["football", "soccer ball", "basketball", "volleyball", "足球", "篮球", "排球"], &[950662], 0, None),
    p(&["swimming goggle", "goggles", "泳镜"], &[900490], 0, None),
    // Tools, hardware, auto (82, 84, 87, 73)
    p(&["screwdriver", "螺丝刀"], &[820540], 0, None),
    p(&["wrench", "spanner", "扳手"], &[820411, 820412], 0, None),
    p(&["plier", "pliers", "钳子"], &[820320], 0, None),
    p(&["hammer", "锤子"], &[820520], 0, None),
    p(&["drill", "cordless drill", "electric drill", "电钻"], &[846721, 846729], BATTERY_IN, None),
    p(&["drill bit", "钻头"], &[820750], 0, None),
    p(&["saw blade", "锯片"], &[820231, 820239], 0, None),
    p(&["tape measure", "measuring tape", "卷尺"], &[901780], 0, None),
    p(&["multimeter", "万用表"], &[903031, 903033], 0, None),
    p(&["soldering iron", "电烙铁"], &[851511], 0, None),
    p(&["screw", "bolt", "nut", "washer", "rivet", "螺丝", "螺栓", "螺母", "垫圈"], &[731815, 731816, 731822], 0, None),
    p(&["hinge", "合页", "铰链"], &[830210], 0, None),
    p(&["lock", "padlock", "door lock", "锁", "挂锁", "门锁"], &[830110, 830140], 0, None),
    p(&["ball bearing", "bearing", "轴承"], &[848210], 0, None),
    p(&["valve", "阀门"], &[848180], 0, None),
    p(&["pump", "water pump", "水泵"], &[841370, 841381], 0, None),
    p(&["brake pad", "brake disc", "刹车片", "刹车盘"], &[870830], 0, None),
    p(&["car headlight", "headlight bulb", "车灯", "大灯"], &[851220, 853921], 0, None),
    p(&["spark plug", "火花塞"], &[851110], 0, None),
    p(&["air filter", "oil filter", "空气滤清器", "机油滤清器"], &[842131, 842123], 0, None),
    p(&["tyre", "tire", "轮胎"], &[401110, 401120, 401150], 0, None),
    p(&["car seat cover", "steering wheel cover", "座套", "方向盘套"], &[870899, 630790], 0, None),
    p(&["wiper blade", "雨刮器"], &[851240], 0, None),
    p(&["dash cam", "dashcam", "行车记录仪"], &[852589], 0, None),
    p(&["bicycle light", "bike light", "自行车灯"], &[851310, 851210], 0, None),
    // Stationery, books, art (48, 49, 96, 97)
    p(&["notebook", "journal", "diary", "笔记本", "日记本", "记事本"], &[482010], 0, None),
    p(&["pen", "ballpoint pen", "gel pen", "fountain pen", "圆珠笔", "中性笔", "钢笔"], &[960810, 960830], 0, None),
    p(&["pencil", "colored pencil", "铅笔", "彩色铅笔"], &[960910], 0, None),
    p(&["marker", "highlighter", "马克笔", "荧光笔"], &[960820], 0, None),
    p(&["book", "novel", "textbook", "书", "图书", "书籍"], &[490199, 490191], 0, None),
    p(&["greeting card", "postcard", "贺卡", "明信片"], &[490900], 0, None),
    p(&["calendar", "日历"], &[491000], 0, None),
    p(&["poster", "print", "海报"], &[491191], 0, None),
    p(&["oil painting", "painting", "canvas painting", "油画", "画"], &[970121, 491191], 0, None),
    p(&["tape", "adhesive tape", "washi tape", "胶带", "和纸胶带"], &[391910, 481141], 0, None),
    p(&["paper", "a4 paper", "printing paper", "纸张", "打印纸"], &[480256, 4802], 0, None),
    p(&["envelope", "信封"], &[481710], 0, None),
    p(&["gift wrapping paper", "wrapping paper", "包装纸"], &[482390, 4823], 0, None),
    p(&["paper bag", "gift bag", "纸袋", "礼品袋"], &[481940], 0, None),
    p(&["carton box", "cardboard box", "shipping box", "纸箱"], &[481910], 0, None),
    p(&["label", "标签"], &[482110, 482190], 0, None),
    // Textiles and materials (50-60)
    p(&["cotton fabric", "fabric", "cloth", "textile fabric", "布", "面料", "布料"], &[520852, 540752, 6006], 0, None),
    p(&["yarn", "thread", "sewing thread", "毛线", "纱线", "缝纫线"], &[520100, 540110, 510710], 0, None),
    p(&["lace", "蕾丝"], &[580421, 580429], 0, None),
    p(&["zipper", "zip fastener", "拉链"], &[960711, 960719], 0, None),
    p(&["button", "纽扣"], &[960621, 960622], 0, None),
    p(&["embroidery patch", "patch", "刺绣贴"], &[581092], 0, None),
    // Pets (42, 23, 63)
    p(&["dog leash", "dog collar", "pet leash", "pet collar", "harness", "狗绳", "宠物项圈", "牵引绳"], &[420100], 0, None),
    p(&["pet bed", "dog bed", "cat bed", "宠物窝", "狗窝", "猫窝"], &[940490, 630790], 0, None),
    p(&["cat toy", "dog toy", "pet toy", "猫玩具", "狗玩具", "宠物玩具"], &[950300, 420100], 0, None),
    p(&["pet food", "dog food", "cat food", "狗粮", "猫粮"], &[230910], FOOD, None),
    // Food, drink, tobacco (04-24)
    p(&["tea", "green tea", "black tea", "oolong", "puer", "茶叶", "绿茶", "红茶", "乌龙茶", "普洱"], &[090210, 090230], FOOD, None),
    p(&["coffee bean", "ground coffee", "instant coffee", "咖啡豆", "咖啡粉", "速溶咖啡"], &[090121, 210111], FOOD, None),
    p(&["candy", "sweets", "chocolate", "糖果", "巧克力"], &[170490, 180632], FOOD, None),
    p(&["snack", "biscuit", "cookie", "cracker", "零食", "饼干"], &[190531, 190590], FOOD, None),
    p(&["instant noodle", "noodle", "方便面", "面条"], &[190230, 190211], FOOD, None),
    p(&["dried fruit", "nut", "almond", "walnut", "干果", "坚果", "核桃"], &[0802, 081340], FOOD, None),
    p(&["spice", "seasoning", "sauce", "chili sauce", "调料", "酱", "辣椒酱", "香料"], &[210390, 0910], FOOD, None),
    p(&["honey", "蜂蜜"], &[040900], FOOD, None),
    p(&["rice", "大米"], &[100630], FOOD, None),
    p(&["dried mushroom", "mushroom", "香菇", "蘑菇"], &[071239, 070959], FOOD, None),
    p(&["meat", "sausage", "jerky", "beef jerky", "肉", "香肠", "牛肉干"], &[1601, 1602, 0201], FOOD, None),
    p(&["milk powder", "infant formula", "奶粉"], &[040221, 190110], FOOD, None),
    p(&["wine", "beer", "liquor", "baijiu", "whisky", "vodka", "葡萄酒", "啤酒", "白酒", "酒"], &[2204, 2203, 2208], FOOD | DANGEROUS, None),
    p(&["seed", "seeds", "plant seed", "种子"], &[120991, 1209], FOOD, None),
    p(&["live plant", "bonsai", "succulent", "盆栽", "多肉", "植物"], &[060290], FOOD, None),
    p(&["dietary supplement", "vitamin", "protein powder", "保健品", "维生素", "蛋白粉"], &[210690, 2936], FOOD | MEDICINE, None),
    p(&["cigarette", "cigar", "tobacco", "香烟", "烟草", "雪茄"], &[2402, 2403], TOBACCO, None),
    // Medicine and medical (30, 90)
    p(&["medicine", "drug", "tablet medicine", "capsule", "pill", "antibiotic", "药", "药品", "胶囊", "抗生素"], &[3004, 3003], MEDICINE, None),
    p(&["traditional chinese medicine", "herbal medicine", "中药", "中成药", "草药"], &[300490, 121190], MEDICINE, None),
    p(&["syringe", "needle", "注射器"], &[901831, 901832], MEDICINE, None),
    p(&["blood pressure monitor", "thermometer", "oximeter", "血压计", "体温计", "血氧仪"], &[901819, 902519], MEDICINE, None),
    p(&["contact lens", "隐形眼镜", "美瞳"], &[900130], MEDICINE, None),
    p(&["bandage", "plaster", "band aid", "创可贴", "绷带"], &[300590, 300510], MEDICINE, None),
    p(&["condom", "避孕套"], &[401490], 0, None),
    // Dangerous, prohibited, controlled
    p(&["gun", "pistol", "rifle", "firearm", "airsoft gun", "air gun", "bb gun", "枪", "手枪", "步枪", "气枪", "仿真枪"], &[9302, 9303, 9304], WEAPON, None),
    p(&["ammunition", "bullet", "cartridge ammunition", "子弹", "弹药"], &[9306], WEAPON | DANGEROUS, None),
    p(&["gun part", "scope", "rifle scope", "silencer", "suppressor", "magazine clip", "瞄准镜", "消音器"], &[9305, 901310], WEAPON, None),
    p(&["knuckle duster", "brass knuckle", "switchblade", "butterfly knife", "throwing knife", "crossbow", "stun gun", "taser", "pepper spray", "指虎", "弹簧刀", "蝴蝶刀", "弩", "电击器", "防狼喷雾"], &[9304, 8211], WEAPON, None),
    p(&["sword", "dagger", "machete", "katana", "刀剑", "匕首", "武士刀"], &[930700], WEAPON, None),
    p(&["firework", "firecracker", "sparkler", "烟花", "鞭炮", "爆竹"], &[360410, 360490], DANGEROUS, None),
    p(&["lighter", "gas lighter", "打火机"], &[961310, 961320], DANGEROUS, None),
    p(&["aerosol", "spray paint", "spray can", "喷雾", "喷漆"], &[320890, 3208], DANGEROUS, None),
    p(&["paint", "varnish", "油漆", "涂料"], &[3208, 3209, 3210], DANGEROUS, None),
    p(&["nail polish remover", "acetone", "洗甲水", "丙酮"], &[330430, 291411], DANGEROUS | COSMETIC, None),
    p(&["glue", "adhesive", "super glue", "胶水", "胶粘剂"], &[350691, 350610], DANGEROUS, None),
    p(&["magnet", "neodymium magnet", "磁铁", "强磁"], &[850511, 850519], MAGNETIC, None),
    p(&["marijuana", "cannabis", "weed", "hemp flower", "thc", "cbd oil", "大麻"], &[121190, 130219], NARCOTIC, None),
    p(&["cocaine", "heroin", "methamphetamine", "opium", "ketamine", "fentanyl", "可卡因", "海洛因", "冰毒", "鸦片", "氯胺酮", "芬太尼"], &[2939, 2933], NARCOTIC, None),
    p(&["live animal", "live fish", "live insect", "pet bird", "live reptile", "活体动物", "活鱼", "活虫"], &[0106, 0301], LIVE_ANIMAL, None),
    p(&["ivory", "rhino horn", "tiger bone", "pangolin scale", "象牙", "犀牛角", "虎骨", "穿山甲"], &[050790], LIVE_ANIMAL, None),
    p(&["antique", "cultural relic", "古董", "文物"], &[970610], ANTIQUE, None),
    p(&["coin", "banknote", "currency note", "硬币", "纸币", "钱币"], &[711890, 490700], VALUABLE, None),
    p(&["gold bar", "silver bar", "bullion", "金条", "银条"], &[710812, 710691], VALUABLE, None),
    p(&["rare earth", "neodymium", "dysprosium", "terbium", "稀土", "钕", "镝", "铽"], &[280530, 2846], EXPORT_CONTROLLED | EXPORT_DUTY, None),
    p(&["gallium", "germanium", "antimony", "graphite", "镓", "锗", "锑", "石墨"], &[811292, 811299, 811010, 250410, 380110], EXPORT_CONTROLLED | EXPORT_DUTY, None),
    p(&["encryption device", "cipher machine", "加密机"], &[847150, 854231], EXPORT_CONTROLLED, None),
    p(&["night vision", "thermal imaging camera", "thermal scope", "夜视仪", "热成像"], &[900580, 852589], EXPORT_CONTROLLED, None),
    p(&["fertilizer", "urea", "化肥", "尿素"], &[310210, 3105], EXPORT_DUTY, None),
    p(&["steel billet", "pig iron", "ferroalloy", "钢坯", "生铁", "铁合金"], &[7207, 7201, 7202], EXPORT_DUTY, None),
    p(&["copper ore", "copper scrap", "铜矿", "废铜"], &[260300, 740400], EXPORT_DUTY, None),
    p(&["phosphate rock", "磷矿"], &[251010], EXPORT_DUTY, None),
    // More everyday listings (2026-11-26, second pass: from general knowledge of what
    // marketplaces sell; codes checked against the HS 2022 nomenclature by a test).
    p(&["ukulele", "guitar", "acoustic guitar", "electric guitar", "violin", "cello", "尤克里里", "吉他", "小提琴"], &[9202, 9207], 0, None),
    p(&["harmonica", "accordion", "mouth organ", "口琴", "手风琴"], &[920590, 9205], 0, None),
    p(&["electronic keyboard", "digital piano", "keyboard piano", "synthesizer", "电子琴", "电钢琴"], &[920710], 0, None),
    p(&["guitar string", "violin string", "instrument string", "吉他弦", "琴弦"], &[920992, 920999], 0, None),
    p(&["drum", "drum set", "cajon", "鼓", "架子鼓"], &[920600], 0, None),
    p(&["guitar pick", "capo", "guitar tuner", "变调夹", "拨片"], &[920999, 920992], 0, None),
    p(&["gig bag", "guitar bag", "guitar case", "琴包"], &[420292, 420299], 0, None),
    p(&["led diode", "light emitting diode", "diode", "transistor", "二极管", "三极管", "发光二极管"], &[854141, 854110, 854121], 0, None),
    p(&["ink cartridge", "toner cartridge", "printer ink", "墨盒", "硒鼓"], &[844399, 321590], 0, None),
    p(&["printer", "label printer", "thermal printer", "3d printer", "打印机", "标签打印机", "3d打印机"], &[844332, 847780, 8443], 0, None),
    p(&["air conditioner", "portable air conditioner", "空调", "移动空调"], &[841510, 841581, 841582], 0, None),
    p(&["washing machine", "mini washing machine", "洗衣机"], &[845011, 845012, 845019], 0, None),
    p(&["refrigerator", "fridge", "mini fridge", "freezer", "冰箱", "冷柜"], &[841821, 841829, 841830], 0, None),
    p(&["shower head", "faucet", "tap", "mixer tap", "valve", "花洒", "水龙头"], &[848180, 8481], 0, None),
    p(&["toilet seat", "bathtub", "sink", "马桶盖", "浴缸"], &[392220, 392210, 6910], 0, None),
    p(&["stroller", "pram", "baby carriage", "婴儿车", "推车"], &[871500], 0, None),
    p(&["car seat", "baby car seat", "child safety seat", "安全座椅", "儿童安全座椅"], &[940120], 0, None),
    p(&["crib", "cot", "baby bed", "婴儿床"], &[940350, 940370], 0, None),
    p(&["nitrile glove", "latex glove", "disposable glove", "rubber glove", "丁腈手套", "乳胶手套", "一次性手套"], &[401519, 401512], 0, None),
    p(&["rubber band", "elastic band", "橡皮筋"], &[401699], 0, None),
    p(&["modeling clay", "play dough", "plasticine", "clay", "橡皮泥", "粘土"], &[340700], 0, None),
    p(&["pencil sharpener", "削笔刀", "卷笔刀"], &[821410, 847290], 0, None),
    p(&["microscope", "显微镜"], &[901180, 901190], 0, None),
    p(&["binocular", "telescope", "monocular", "望远镜"], &[900510, 900580], 0, None),
    p(&["camera lens", "lens", "镜头"], &[900211, 900219], 0, None),
    p(&["instant camera", "film camera", "拍立得", "胶片相机"], &[900640, 900659], 0, None),
    p(&["ups", "uninterruptible power supply", "inverter", "逆变器", "不间断电源"], &[850440], 0, None),
    p(&["antenna", "tv antenna", "天线"], &[852910], 0, None),
    p(&["dvd", "cd", "blank disc", "光盘"], &[852341, 852349], 0, None),
    p(&["nfc tag", "rfid tag", "smart card", "rfid card", "nfc标签", "智能卡"], &[852352, 852359], 0, None),
    p(&["watch strap", "watch band", "表带"], &[911390, 911320, 911310], 0, None),
    p(&["insole", "shoe insert", "鞋垫"], &[640610, 640690, 902110], 0, None),
    p(&["knee brace", "back brace", "wrist brace", "posture corrector", "护膝", "护腰", "矫姿带"], &[902110, 630790], 0, None),
    p(&["tens unit", "muscle stimulator", "electrotherapy", "理疗仪"], &[901890], MEDICINE, None),
    p(&["ibuprofen", "paracetamol", "aspirin", "tablet", "capsule", "布洛芬", "阿司匹林", "胶囊"], &[300490], MEDICINE, None),
    p(&["reed diffuser", "air freshener", "incense", "香薰", "扩香", "空气清新剂", "线香"], &[330749, 330741, 330790], 0, None),
    p(&["pet brush", "grooming brush", "deshedding tool", "宠物梳"], &[960390, 961519], 0, None),
    p(&["gift box", "kraft box", "jewelry box", "礼品盒", "礼盒包装"], &[481910, 481920, 420292], 0, None),
    p(&["halloween mask", "costume", "party mask", "cosplay costume", "万圣节面具", "cosplay服"], &[950590, 6114, 6211], 0, None),
    p(&["cargo strap", "ratchet strap", "tie down strap", "捆绑带"], &[630790, 560790], 0, None),
    p(&["doorbell", "wireless doorbell", "门铃"], &[853110, 853180], 0, None),
    p(&["smart plug", "plug adapter", "travel adapter", "power strip", "extension socket", "插座", "转换插头", "插排"], &[853669, 853690, 854442], 0, None),
    p(&["hose nozzle", "spray nozzle", "sprinkler", "garden hose", "喷头", "洒水器", "水管"], &[842482, 842489, 391732], 0, None),
    p(&["pruning shear", "secateur", "garden shear", "hedge shear", "修枝剪", "园艺剪"], &[820160, 820150], 0, None),
    p(&["trowel", "shovel", "spade", "rake", "铲子", "耙子"], &[820110, 820130, 820190], 0, None),
    p(&["shopping trolley", "hand truck", "cart", "手推车", "购物车"], &[871680, 871690], 0, None),
    p(&["propeller", "drone propeller", "drone battery", "螺旋桨"], &[880730, 880790], 0, None),
    p(&["bicycle chain", "bike chain", "bicycle pedal", "bike pedal", "derailleur", "brake lever", "handlebar", "自行车链条", "脚踏", "车把"], &[871499, 871496, 871494, 871410], 0, None),
    p(&["tent stake", "tent peg", "地钉"], &[732690], 0, None),
    p(&["ab roller", "jump rope", "skipping rope", "resistance band", "pull up bar", "健腹轮", "跳绳", "弹力带"], &[950691, 9506], 0, None),
    p(&["tire pressure gauge", "tyre pressure gauge", "pressure gauge", "胎压计", "压力表"], &[902620, 902680], 0, None),
    p(&["desk organizer", "storage box", "storage bin", "organizer", "收纳盒", "收纳箱"], &[392490, 392690, 4819], 0, None),
    p(&["cleaning cloth", "microfiber cloth", "dish cloth", "抹布", "清洁布"], &[630710, 630790], 0, None),
    p(&["dish rack", "drying rack", "沥水架", "碗架"], &[732393, 732399, 392490], 0, None),
    p(&["scrub brush", "toilet brush", "broom", "mop", "brush", "刷子", "马桶刷", "扫把", "拖把"], &[960390, 960310], 0, None),
    p(&["sample vial", "glass vial", "test tube", "vial", "试管", "样品瓶"], &[701790, 701090], 0, None),
    p(&["zip lock bag", "ziplock bag", "plastic bag", "poly mailer", "shipping bag", "自封袋", "塑料袋", "快递袋"], &[392321, 392329], 0, None),
    p(&["bumper", "bumper cover", "car bumper", "fender", "汽车保险杠"], &[870810], 0, None),
    p(&["battery cover", "back cover", "housing", "外壳", "后盖"], &[847330, 851779], 0, None),
    p(&["fairy light", "string light", "christmas light", "灯串", "星星灯"], &[940542, 940541, 940549], 0, None),
    p(&["wall hanging", "tapestry", "macrame", "挂毯"], &[580500, 630499, 630493], 0, None),
    p(&["cloth book", "soft book", "baby toy", "teether", "rattle", "布书", "牙胶", "摇铃"], &[950300], 0, None),
    p(&["rice cooker", "electric cooker", "电饭煲"], &[851660], 0, None),
    p(&["wire stripper", "crimping tool", "crimper", "剥线钳", "压线钳"], &[820320, 820310], 0, None),
    p(&["magnetic tile", "magnetic block", "磁力片"], &[950300], MAGNETIC, None),
    p(&["setting spray", "primer", "concealer", "mascara", "eyeliner", "blush", "定妆喷雾", "遮瑕", "睫毛膏", "眼线笔", "腮红"], &[330499, 330420], COSMETIC, None),
    p(&["highlighter", "gel pen", "ballpoint pen", "fountain pen", "荧光笔", "中性笔", "钢笔"], &[960820, 960810, 960830, 9608], 0, None),
    p(&["spiral notebook", "journal", "diary", "planner", "日记本", "手账"], &[482010], 0, None),
    p(&["passport holder", "card holder", "coin purse", "purse", "clutch", "护照夹", "卡包", "零钱包"], &[420231, 420232, 420239, 4202], 0, None),
    p(&["crossbody bag", "shoulder bag", "tote bag", "messenger bag", "斜挎包", "单肩包", "托特包"], &[420221, 420222, 420229], 0, None),
    p(&["spatula", "ladle", "whisk", "tong", "kitchen utensil set", "锅铲", "汤勺", "打蛋器"], &[392410, 821599, 732399, 441990], 0, None),
    p(&["cat tree", "scratching post", "cat tower", "猫爬架", "猫抓板"], &[940360, 940399, 482390], 0, None),
    p(&["balloon arch", "balloon garland", "banner", "bunting", "气球拱门", "横幅"], &[950590, 950300], 0, None),
    p(&["usb hub", "docking station", "hub", "集线器", "扩展坞"], &[847180, 847330], 0, None),
    p(&["tripod", "phone tripod", "camera tripod", "三脚架"], &[962000], 0, None),
    p(&["ring light", "fill light", "补光灯"], &[940542, 940521, 900661], 0, None),
    p(&["wall sticker", "wall decal", "wallpaper", "墙贴", "壁纸"], &[391910, 391990, 481490], 0, None),
    p(&["floor tile", "vinyl flooring", "地板贴", "地板"], &[391810, 391890], 0, None),
    p(&["seashell", "shell", "贝壳"], &[050800], 0, None),
    p(&["plant pot", "flower pot", "planter", "花盆"], &[691490, 392690], 0, None),
    p(&["doormat", "door mat", "bath mat", "floor mat", "地垫", "门垫"], &[570500, 401691], 0, None),
    p(&["car floor mat", "car mat", "汽车脚垫"], &[401691, 570329], 0, None),
    p(&["steering wheel cover", "方向盘套"], &[420500, 630790], 0, None),
    p(&["sunshade", "car sunshade", "遮阳挡"], &[630619, 392690], 0, None),
    p(&["phone mount", "car mount", "car phone holder", "车载支架"], &[392690, 830249, 870829], 0, None),
    p(&["lingerie", "bralette", "nightgown", "nightie", "sleepwear", "内衣", "文胸", "睡衣", "睡裙"], &[621210, 610831, 610832, 620821], 0, None),
    p(&["legging", "yoga pant", "jogger", "sweatpant", "打底裤", "瑜伽裤", "运动裤"], &[610463, 610462, 610343, 6112], 0, None),
    p(&["cardigan", "pullover", "sweatshirt", "fleece", "开衫", "卫衣", "套头衫"], &[611020, 611030, 6110], 0, None),
    p(&["tracksuit", "sweatsuit", "jogging suit", "运动套装"], &[611220, 611211, 611212], 0, None),
    p(&["romper", "onesie", "bodysuit", "jumpsuit", "连体衣", "爬服"], &[611120, 611130, 611420], 0, None),
    p(&["stocking", "pantyhose", "tight", "compression sock", "丝袜", "连裤袜", "压力袜"], &[611521, 611522, 611510], 0, None),
    p(&["beanie", "baseball cap", "cap", "bucket hat", "sun hat", "straw hat", "毛线帽", "棒球帽", "渔夫帽", "草帽"], &[650500, 650400], 0, None),
    p(&["slipper", "slide", "flip flop", "拖鞋", "人字拖"], &[640299, 640220, 640419], 0, None),
    p(&["rain boot", "wellie", "雨靴"], &[640192, 640299], 0, None),
    p(&["loafer", "oxford shoe", "dress shoe", "chelsea boot", "ankle boot", "皮鞋", "切尔西靴"], &[640399, 640391, 640359], 0, None),
    p(&["jigsaw puzzle", "jigsaw", "拼图"], &[950300], 0, None),
    p(&["playing card", "poker", "card game", "扑克", "纸牌"], &[950440], 0, None),
    p(&["vitamin", "gummy vitamin", "protein powder", "whey protein", "collagen", "维生素", "蛋白粉", "胶原蛋白"], &[210690, 210610], FOOD, None),
    p(&["soy candle", "scented candle", "candle", "蜡烛", "香薰蜡烛"], &[340600], 0, None),
    p(&["adhesive bandage", "band aid", "plaster", "gauze", "创可贴", "纱布"], &[300510, 300590], MEDICINE, None),
    p(&["deodorant", "antiperspirant", "止汗露", "香体露"], &[330720], COSMETIC, None),
    p(&["razor", "razor blade", "disposable razor", "剃须刀片", "剃刀"], &[821210, 821220], 0, None),
    p(&["greeting card", "postcard", "envelope", "贺卡", "明信片", "信封"], &[490900, 481710, 481730], 0, None),
    p(&["picture book", "coloring book", "children book", "绘本", "涂色书", "童书"], &[490300, 490199], 0, None),
    // Third pass (2026-11-26): broad marketplace categories from general knowledge.
    // Kitchen and dining
    p(&["colander", "strainer", "sieve", "漏勺", "沥水篮", "滤网"], &[732393, 732399, 392410], 0, None),
    p(&["garlic press", "peeler", "grater", "slicer", "mandoline", "can opener", "bottle opener", "压蒜器", "削皮刀", "擦丝器", "开瓶器"], &[821000, 821191, 821599, 820551], 0, None),
    p(&["kitchen scale", "digital scale", "scale", "bathroom scale", "luggage scale", "电子秤", "厨房秤", "体重秤"], &[842310, 842381, 842382], 0, None),
    p(&["wine glass", "stemware", "champagne flute", "tumbler", "shot glass", "红酒杯", "高脚杯"], &[701322, 701328, 701337], 0, None),
    p(&["bowl", "ramen bowl", "salad bowl", "碗", "汤碗"], &[691110, 691200, 392410], 0, None),
    p(&["ice cube tray", "ice mold", "baking mold", "cake mold", "muffin pan", "冰格", "蛋糕模具"], &[392410, 732393, 761510], 0, None),
    p(&["frying pan", "skillet", "wok", "saucepan", "cookware set", "煎锅", "炒锅", "平底锅"], &[732391, 732393, 761510], 0, None),
    p(&["lunch box", "bento box", "饭盒", "便当盒"], &[392410, 732393], 0, None),
    p(&["thermos", "vacuum flask", "tumbler cup", "travel mug", "保温瓶", "焖烧杯"], &[961700], 0, None),
    p(&["toaster", "waffle maker", "sandwich maker", "electric grill", "griddle", "烤面包机", "华夫饼机", "电烤盘"], &[851672, 851660, 851679], 0, None),
    p(&["milk frother", "juicer", "food processor", "mixer", "stand mixer", "奶泡器", "榨汁机", "料理机", "搅拌机"], &[850940, 850980], 0, None),
    p(&["coffee maker", "espresso machine", "coffee grinder", "咖啡机", "磨豆机"], &[851671, 850940], 0, None),
    p(&["microwave", "oven", "electric oven", "微波炉", "烤箱"], &[851650, 851660], 0, None),
    p(&["serving board", "cheese board", "charcuterie board", "chopping board", "砧板", "菜板"], &[441911, 441919, 441990, 392410], 0, None),
    // Home and furniture
    p(&["weighted blanket", "comforter", "duvet", "quilt", "被子", "羽绒被", "重力毯"], &[940440, 940490], 0, None),
    p(&["throw blanket", "fleece blanket", "electric blanket", "heated blanket", "毛毯", "电热毯"], &[630140, 630120, 851680], 0, None),
    p(&["sofa cover", "slipcover", "chair cover", "cushion cover", "沙发套", "椅套", "抱枕套"], &[630493, 630492, 630499], 0, None),
    p(&["wall shelf", "floating shelf", "bookshelf", "bookcase", "墙架", "书架", "置物架"], &[940360, 940320, 940370], 0, None),
    p(&["nightstand", "bedside table", "dresser", "wardrobe", "床头柜", "衣柜"], &[940350], 0, None),
    p(&["desk", "office desk", "computer desk", "standing desk", "书桌", "电脑桌", "升降桌"], &[940330, 940310, 940320], 0, None),
    p(&["stool", "bar stool", "bean bag", "凳子", "吧台椅", "懒人沙发"], &[940171, 940179, 940161, 940490], 0, None),
    p(&["mattress", "mattress topper", "床垫"], &[940421, 940429], 0, None),
    p(&["hook", "wall hook", "adhesive hook", "挂钩"], &[830250, 392690], 0, None),
    p(&["trash can", "garbage bin", "waste basket", "垃圾桶"], &[392490, 732393, 732690], 0, None),
    p(&["laundry basket", "hamper", "脏衣篓"], &[460219, 392490, 630790], 0, None),
    p(&["shower curtain", "浴帘"], &[630391, 630392, 392490], 0, None),
    p(&["blackout curtain", "curtain rod", "窗帘杆"], &[630392, 830241], 0, None),
    p(&["air purifier", "dehumidifier", "空气净化器", "除湿机"], &[842139, 847989], 0, None),
    p(&["aroma diffuser", "essential oil diffuser", "ultrasonic diffuser", "香薰机", "加湿器"], &[850980, 847989, 854370], 0, None),
    p(&["smoke detector", "smoke alarm", "烟雾报警器"], &[853110], 0, None),
    p(&["door lock", "smart lock", "padlock", "门锁", "智能锁", "挂锁"], &[830140, 830110, 830160], 0, None),
    // Tools and DIY
    p(&["impact wrench", "angle grinder", "jigsaw tool", "circular saw", "heat gun", "电动扳手", "角磨机", "电锯", "热风枪"], &[846729, 846722, 846721, 851679], 0, None),
    p(&["laser level", "spirit level", "level", "水平仪"], &[903180, 901580], 0, None),
    p(&["caliper", "vernier caliper", "micrometer", "卡尺", "游标卡尺", "千分尺"], &[901730, 901780], 0, None),
    p(&["socket set", "ratchet", "socket wrench", "allen key", "hex key", "torque wrench", "套筒", "棘轮扳手", "内六角"], &[820420, 820411, 820412, 820540], 0, None),
    p(&["hand saw", "hacksaw", "pruning saw", "手锯", "钢锯"], &[820210, 820220], 0, None),
    p(&["tire repair kit", "tyre repair kit", "tire inflator", "air compressor", "补胎工具", "打气泵", "充气泵"], &[820590, 841440, 841480], 0, None),
    p(&["glue gun", "hot glue gun", "热熔胶枪"], &[851580, 846729], 0, None),
    p(&["toolbox", "tool box", "tool bag", "工具箱", "工具包"], &[420292, 732690, 392690], 0, None),
    p(&["utility knife", "box cutter", "pocket knife", "folding knife", "美工刀", "折叠刀"], &[821193, 821194, 821192], 0, None),
    p(&["work gloves", "safety gloves", "劳保手套"], &[611693, 621600, 401519], 0, None),
    p(&["safety glasses", "goggles", "护目镜"], &[900490], 0, None),
    // Sports and outdoors
    p(&["pickleball paddle", "paddle", "table tennis bat", "ping pong paddle", "匹克球拍", "乒乓球拍"], &[950640, 950659], 0, None),
    p(&["swim goggles", "swimming goggles", "swim cap", "泳镜", "泳帽"], &[900490, 650500, 950629], 0, None),
    p(&["ankle weight", "weight vest", "kettlebell", "沙袋绑腿", "壶铃"], &[950691], 0, None),
    p(&["hammock", "吊床"], &[630690, 560890], 0, None),
    p(&["fishing reel", "fishing line", "fishing hook", "鱼线轮", "鱼线", "鱼钩"], &[950730, 950790, 950720], 0, None),
    p(&["sleeping pad", "camping mat", "air mattress", "防潮垫", "充气床垫"], &[940421, 630640, 392690], 0, None),
    p(&["trekking pole", "hiking pole", "登山杖"], &[950699, 660200], 0, None),
    p(&["helmet", "bike helmet", "ski helmet", "头盔"], &[650610], 0, None),
    p(&["scooter", "kick scooter", "滑板车"], &[950300, 871690], 0, None),
    p(&["electric scooter", "hoverboard", "电动滑板车", "平衡车"], &[871160, 871190], BATTERY_VEHICLE, None),
    p(&["ski", "snowboard", "ski goggles", "滑雪板"], &[950611, 950619, 900490], 0, None),
    p(&["chess", "chess set", "checkers", "mahjong", "象棋", "国际象棋", "麻将"], &[950490], 0, None),
    p(&["dart", "dartboard", "飞镖"], &[950490], 0, None),
    // Toys and baby
    p(&["drawing board", "doodle pad", "writing tablet", "画板", "写字板"], &[950300, 847290], 0, None),
    p(&["train set", "toy train", "wooden train", "toy car", "die cast car", "model car", "火车玩具", "玩具车", "合金车模"], &[950300], 0, None),
    p(&["play tent", "kids tent", "play house", "ball pit", "儿童帐篷", "游戏屋"], &[950300], 0, None),
    p(&["bubble machine", "bubble wand", "water gun", "squirt gun", "泡泡机", "水枪"], &[950300], 0, None),
    p(&["action figure", "figurine", "anime figure", "手办", "公仔"], &[950300, 392640], 0, None),
    p(&["slime", "squishy", "pop it", "stress ball", "起泡胶", "捏捏乐"], &[950300], 0, None),
    p(&["baby monitor", "婴儿监视器"], &[852589, 851761], 0, None),
    p(&["baby carrier", "baby wrap", "婴儿背带"], &[630790, 420292], 0, None),
    p(&["bib", "baby bib", "围兜", "口水巾"], &[611120, 621790, 392690], 0, None),
    p(&["high chair", "baby walker", "bouncer", "儿童餐椅", "学步车"], &[940180, 940179, 950300], 0, None),
    // Beauty and personal care
    p(&["lip balm", "lip gloss", "lip oil", "润唇膏", "唇彩", "唇釉"], &[330410], 0, None),
    p(&["night cream", "moisturizer", "face cream", "eye cream", "retinol", "晚霜", "面霜", "眼霜"], &[330499], 0, None),
    p(&["sheet mask", "face mask sheet", "facial mask", "sleeping mask", "面膜"], &[330499], 0, None),
    p(&["hair mask", "conditioner", "hair oil", "hair serum", "护发素", "发膜", "护发精油"], &[330590], 0, None),
    p(&["bath bomb", "bath salt", "shower gel", "body wash", "body lotion", "浴球", "浴盐", "沐浴露", "身体乳"], &[330730, 340130, 330499], 0, None),
    p(&["hair bonnet", "sleep cap", "shower cap", "睡帽", "浴帽"], &[650500, 392690], 0, None),
    p(&["hair clipper", "trimmer", "beard trimmer", "理发器", "剃须刀", "修眉刀"], &[851020, 851010, 851030], 0, None),
    p(&["curling iron", "hair curler", "curling wand", "hot brush", "卷发棒", "卷发器"], &[851632, 851633], 0, None),
    p(&["face scrubber", "facial brush", "cleansing brush", "洁面刷", "洗脸刷"], &[960329, 850980], 0, None),
    p(&["facial roller", "gua sha", "jade roller", "刮痧板", "滚轮"], &[701890, 681599, 901910], 0, None),
    p(&["nail lamp", "uv lamp", "nail dryer", "美甲灯", "光疗灯"], &[853952, 851631], 0, None),
    p(&["tweezers", "eyelash curler", "镊子", "睫毛夹"], &[820320, 821420], 0, None),
    p(&["cotton pad", "cotton swab", "化妆棉", "棉签"], &[560121, 330790], 0, None),
    p(&["menstrual cup", "sanitary pad", "tampon", "月经杯", "卫生巾"], &[961900, 392690], 0, None),
    // Electronics
    p(&["monitor", "gaming monitor", "computer monitor", "display", "显示器"], &[852852, 852859], 0, None),
    p(&["security camera", "ip camera", "cctv camera", "wifi camera", "监控摄像头"], &[852589], 0, None),
    p(&["bone conduction headphone", "headphone", "headset", "earbud", "耳机", "骨传导耳机"], &[851830, 851762], 0, None),
    p(&["karaoke machine", "pa speaker", "soundbar", "subwoofer", "回音壁", "低音炮"], &[851822, 851829, 851840], 0, None),
    p(&["item finder", "key finder", "tracker tag", "airtag", "防丢器"], &[852692, 852691, 851762], 0, None),
    p(&["dimmer switch", "light switch", "wall switch", "开关", "调光开关"], &[853650], 0, None),
    p(&["pulse oximeter", "oximeter", "血氧仪"], &[901819], 0, None),
    p(&["thermometer", "meat thermometer", "temperature gauge", "温度计"], &[902519, 902580], 0, None),
    p(&["portable ssd", "external ssd", "solid state drive", "hard drive", "移动硬盘", "固态硬盘"], &[847170, 852351], 0, None),
    p(&["graphics tablet", "drawing tablet", "数位板"], &[847160], 0, None),
    p(&["vr headset", "vr glasses", "vr眼镜"], &[852862, 950450], 0, None),
    p(&["smart ring", "fitness tracker", "智能戒指", "手环"], &[851762], 0, None),
    p(&["solar charger", "solar generator", "portable power station", "户外电源"], &[850760, 850780], BATTERY_ALONE, None),
    p(&["walkie talkie", "two way radio", "对讲机"], &[851762], RADIO, None),
    // Auto, bike, moto
    p(&["fog light", "led pod", "light bar", "work light", "雾灯", "射灯"], &[851220], 0, None),
    p(&["mud flap", "splash guard", "挡泥板"], &[870829, 401699], 0, None),
    p(&["seat gap filler", "car organizer", "trunk organizer", "车载收纳"], &[392690, 420292, 870829], 0, None),
    p(&["bike seat", "bicycle saddle", "saddle", "车座", "坐垫"], &[871495], 0, None),
    p(&["car charger", "车载充电器"], &[850440], 0, None),
    p(&["jump starter", "car battery", "汽车电瓶", "应急启动电源"], &[850710, 850760], BATTERY_ALONE, None),
    p(&["motorcycle helmet", "摩托车头盔"], &[650610], 0, None),
    // Stationery and office
    p(&["sticky note", "post it", "memo pad", "便利贴"], &[482010, 482390], 0, None),
    p(&["marker", "brush marker", "art marker", "paint marker", "马克笔"], &[960820], 0, None),
    p(&["colored pencil", "colour pencil", "彩色铅笔"], &[960910], 0, None),
    p(&["wall calendar", "desk calendar", "planner calendar", "挂历", "台历"], &[491000], 0, None),
    p(&["stapler", "paper clip", "binder clip", "hole punch", "订书机", "回形针", "长尾夹"], &[847290, 830520, 830590], 0, None),
    p(&["file folder", "binder", "document folder", "文件夹"], &[482030, 392690], 0, None),
    p(&["pencil pouch", "pencil bag", "pen case", "笔袋", "文具袋"], &[420292, 420222], 0, None),
    // Pets
    p(&["retractable leash", "dog lead", "leash", "牵引绳"], &[420100], 0, None),
    p(&["dog raincoat", "pet clothes", "dog sweater", "pet jacket", "宠物衣服", "狗狗雨衣"], &[630790, 420100], 0, None),
    p(&["cat treat", "dog treat", "pet treat", "freeze dried treat", "猫零食", "狗零食"], &[230910], FOOD, None),
    p(&["cat litter", "litter box", "猫砂", "猫砂盆"], &[250810, 392490, 230990], 0, None),
    p(&["pet feeder", "water fountain for pets", "pet bowl", "宠物喂食器", "宠物碗"], &[392490, 851679, 732393], 0, None),
    p(&["aquarium", "fish tank", "aquarium filter", "鱼缸", "过滤器"], &[701399, 842121, 392490], 0, None),
    // Food
    p(&["instant coffee", "coffee sachet", "3 in 1 coffee", "速溶咖啡"], &[210111, 210112], FOOD, None),
    p(&["cookie", "biscuit", "cracker", "wafer", "饼干", "曲奇"], &[190531, 190532, 190590], FOOD, None),
    p(&["cashew", "almond", "walnut", "pistachio", "peanut", "mixed nuts", "腰果", "杏仁", "核桃", "开心果", "花生"], &[200819, 200811, 080232, 080212], FOOD, None),
    p(&["dried mango", "dried fruit", "raisin", "芒果干", "果干", "葡萄干"], &[080450, 081340, 080620], FOOD, None),
    p(&["seasoning", "sauce", "soy sauce", "hot sauce", "调味料", "酱油", "辣酱"], &[210390, 210310], FOOD, None),
    p(&["noodle", "pasta", "vermicelli", "面条", "粉丝", "米粉"], &[190219, 190230], FOOD, None),
    // Medical and health
    p(&["massager", "neck massager", "massage chair", "foot massager", "按摩器", "颈部按摩仪", "按摩椅"], &[901910], 0, None),
    p(&["hearing aid", "助听器"], &[902140], 0, None),
    p(&["wheelchair", "walking cane", "crutch", "轮椅", "拐杖"], &[871310, 871390, 660200, 902110], 0, None),
    p(&["first aid kit", "急救包"], &[300650], 0, None),
    p(&["dishwashing glove", "household glove", "cleaning glove", "洗碗手套", "家务手套"], &[401519, 392620], 0, None),
    // Music
    p(&["kalimba", "thumb piano", "xylophone", "glockenspiel", "拇指琴", "木琴"], &[920600, 920890], 0, None),
    p(&["flute", "recorder", "saxophone", "trumpet", "笛子", "萨克斯", "小号"], &[920590, 920510], 0, None),

];

/// An English vocabulary term as matchers compare it: folded, singular words.
#[derive(Debug)]
pub struct EnglishTerm {
    pub words: Vec<String>,
    pub product: &'static Product,
}

/// The vocabulary prepared once for matching: English terms sorted by their first word
/// (so a title's word finds the terms that start with it by binary search) and Chinese
/// terms as they are.
pub struct TermIndex {
    english: Vec<EnglishTerm>,
    pub chinese: Vec<(&'static str, &'static Product)>,
}

impl TermIndex {
    /// English terms whose first word is `word`.
    pub fn starting_with(&self, word: &str) -> &[EnglishTerm] {
        let start = self.english.partition_point(|t| t.words.first().map_or("", String::as_str) < word);
        let end = self.english.partition_point(|t| t.words.first().map_or("", String::as_str) <= word);
        self.english.get(start..end).unwrap_or(&[])
    }

    /// Whether `word` alone is an English product term ("earring", "mug").
    pub fn is_product_word(&self, word: &str) -> bool {
        self.starting_with(word).iter().any(|t| t.words.len() == 1)
    }
}

pub fn terms() -> &'static TermIndex {
    static INDEX: std::sync::OnceLock<TermIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut english = Vec::new();
        let mut chinese = Vec::new();
        for product in PRODUCTS {
            for term in product.terms {
                if term.is_ascii() {
                    let words: Vec<String> = term.split(' ').map(crate::text::singular).collect();
                    english.push(EnglishTerm { words, product });
                } else {
                    chinese.push((*term, product));
                }
            }
        }
        crate::order::sort_by(&mut english, |a, b| a.words.first() < b.words.first());
        TermIndex { english, chinese }
    })
}

/// Every English term found in `tokens` (folded, singular words): (start, end, term).
pub fn english_matches(tokens: &[String]) -> Vec<(usize, usize, &'static EnglishTerm)> {
    let index = terms();
    let mut found = Vec::new();
    for (start, first) in tokens.iter().enumerate() {
        for term in index.starting_with(first) {
            let end = start + term.words.len();
            if tokens.get(start..end).is_some_and(|span| span == term.words.as_slice()) {
                found.push((start, end, term));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_a_real_hs2022_heading_or_subheading() {
        let store = crate::data::store();
        for product in PRODUCTS {
            for &code in product.hs {
                let real = if code >= 10_000 {
                    store.subheadings.binary_search(&code).is_ok()
                } else {
                    store.headings.binary_search(&(code as u16)).is_ok()
                };
                assert!(real, "{:?}: {code} is not in HS 2022", product.terms.first());
            }
            for term in product.terms.iter().filter(|t| t.is_ascii()) {
                assert_eq!(*term, term.to_lowercase(), "terms are lower case");
            }
        }
    }
}
