//! A deterministic generator of noisy scraped Vietnamese news articles, for
//! benchmarks. Everything here is the project's own: sentence templates,
//! name lists, site boilerplate. Place names are real provinces and
//! districts; people, numbers and events are invented.
//!
//! `article(seed, i)` depends only on `seed` and `i`, so any slice of a
//! corpus can be regenerated on its own. Sizes run from 2 to 40 KB, about
//! 8 KB on average (log-normal body length, clamped).

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::ops::Range;
use std::path::Path;

/// splitmix64: small, fast, good enough for picking templates.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below((hi - lo + 1) as usize) as u64
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let u1 = self.unit().max(1e-12);
        let u2 = self.unit();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }
}

const FAMILY: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lưu", "Mai", "Tạ", "Quách",
];
const MIDDLE_MALE: &[&str] = &[
    "Văn", "Minh", "Quốc", "Hữu", "Đức", "Công", "Xuân", "Thanh", "Đình", "Ngọc", "Mạnh", "Bá",
    "Trọng", "Duy",
];
const MIDDLE_FEMALE: &[&str] = &[
    "Thị", "Thu", "Ngọc", "Hồng", "Thanh", "Kim", "Minh", "Thùy", "Phương", "Bích", "Diệu",
];
const GIVEN_MALE: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Hùng", "Khánh", "Long", "Nam", "Phong", "Phúc",
    "Quang", "Sơn", "Thắng", "Trung", "Tuấn", "Vinh", "Toàn", "Lợi", "Kiên", "Thịnh", "Hưng",
    "Đạt", "Tùng", "Khoa",
];
const GIVEN_FEMALE: &[&str] = &[
    "Hà", "Hoa", "Lan", "Linh", "Mai", "Thảo", "Trang", "Yến", "Nhung", "Hạnh", "Hương", "Vân",
    "Oanh", "Loan", "Ngân", "Quyên", "Duyên", "Hằng",
];

/// Real provinces with a few of their real districts.
const PROVINCES: &[(&str, &[&str])] = &[
    (
        "Nghệ An",
        &[
            "Diễn Châu",
            "Quỳnh Lưu",
            "Nghi Lộc",
            "Con Cuông",
            "Yên Thành",
            "Đô Lương",
        ],
    ),
    (
        "Thanh Hóa",
        &[
            "Hoằng Hóa",
            "Thọ Xuân",
            "Nga Sơn",
            "Quảng Xương",
            "Thường Xuân",
        ],
    ),
    (
        "Quảng Nam",
        &[
            "Điện Bàn",
            "Duy Xuyên",
            "Núi Thành",
            "Thăng Bình",
            "Đại Lộc",
        ],
    ),
    (
        "An Giang",
        &["Châu Phú", "Thoại Sơn", "Tri Tôn", "Chợ Mới", "Phú Tân"],
    ),
    (
        "Lào Cai",
        &["Bát Xát", "Bảo Thắng", "Văn Bàn", "Bắc Hà", "Mường Khương"],
    ),
    (
        "Đắk Lắk",
        &["Krông Pắc", "Ea H'leo", "Cư M'gar", "Buôn Đôn", "Krông Búk"],
    ),
    (
        "Hà Tĩnh",
        &["Can Lộc", "Hương Khê", "Thạch Hà", "Cẩm Xuyên", "Đức Thọ"],
    ),
    (
        "Bình Định",
        &["Tuy Phước", "Phù Cát", "Tây Sơn", "Phù Mỹ", "Vĩnh Thạnh"],
    ),
    (
        "Sóc Trăng",
        &["Mỹ Xuyên", "Trần Đề", "Kế Sách", "Long Phú", "Cù Lao Dung"],
    ),
    (
        "Thái Bình",
        &["Kiến Xương", "Tiền Hải", "Vũ Thư", "Quỳnh Phụ", "Hưng Hà"],
    ),
    (
        "Bắc Giang",
        &["Lục Ngạn", "Yên Thế", "Hiệp Hòa", "Lạng Giang", "Sơn Động"],
    ),
    (
        "Kiên Giang",
        &[
            "U Minh Thượng",
            "Giồng Riềng",
            "An Biên",
            "Gò Quao",
            "Hòn Đất",
        ],
    ),
    (
        "Quảng Ninh",
        &["Vân Đồn", "Tiên Yên", "Đầm Hà", "Hải Hà", "Ba Chẽ"],
    ),
    (
        "Gia Lai",
        &["Chư Sê", "Đức Cơ", "Ia Grai", "Mang Yang", "Kbang"],
    ),
    (
        "Cà Mau",
        &["Đầm Dơi", "Năm Căn", "Trần Văn Thời", "U Minh", "Ngọc Hiển"],
    ),
    (
        "Sơn La",
        &["Mộc Châu", "Mai Sơn", "Thuận Châu", "Sông Mã", "Yên Châu"],
    ),
    (
        "Quảng Trị",
        &["Hải Lăng", "Triệu Phong", "Gio Linh", "Vĩnh Linh", "Cam Lộ"],
    ),
    (
        "Long An",
        &["Đức Hòa", "Bến Lức", "Cần Giuộc", "Tân Thạnh", "Thạnh Hóa"],
    ),
    (
        "Hải Dương",
        &["Gia Lộc", "Thanh Miện", "Nam Sách", "Tứ Kỳ", "Ninh Giang"],
    ),
    (
        "Phú Yên",
        &["Tuy An", "Sơn Hòa", "Đồng Xuân", "Tây Hòa", "Phú Hòa"],
    ),
];
const COMMUNE_WORDS: &[&str] = &[
    "Tân", "Phú", "Hòa", "Thạnh", "Bình", "An", "Xuân", "Đông", "Tây", "Nam", "Bắc", "Long", "Mỹ",
    "Vĩnh", "Hưng", "Lộc", "Thành", "Quang", "Trung", "Phước",
];
const DEPARTMENTS: &[&str] = &[
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Tài nguyên và Môi trường",
    "Sở Giao thông vận tải",
    "Sở Kế hoạch và Đầu tư",
    "Sở Công Thương",
    "Sở Xây dựng",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch",
];
const UNITS: &[&str] = &[
    "Công an tỉnh",
    "Ban Quản lý các khu công nghiệp",
    "Trung tâm Kiểm soát bệnh tật",
    "Bộ Chỉ huy quân sự tỉnh",
    "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn",
    "Chi cục Thủy lợi",
    "Đài Khí tượng thủy văn",
    "Tòa án nhân dân tỉnh",
    "Viện Kiểm sát nhân dân tỉnh",
    "Hội Nông dân tỉnh",
];
const COMPANIES: &[&str] = &[
    "Công ty cổ phần Đầu tư Xây dựng Hoàng Long",
    "Công ty TNHH Thủy sản Minh Phát",
    "Tổng công ty Điện lực miền Bắc",
    "Công ty cổ phần Nông sản Tây Nguyên Xanh",
    "Công ty TNHH Dệt may Phước Thịnh",
    "Tập đoàn Bất động sản Sao Mai",
    "Hợp tác xã Nông nghiệp Tân Tiến",
    "Công ty cổ phần Cấp thoát nước Hòa Bình",
];
const CATEGORIES: &[&str] = &[
    "Thời sự",
    "Kinh tế",
    "Xã hội",
    "Pháp luật",
    "Nông nghiệp",
    "Y tế",
    "Giáo dục",
    "Môi trường",
    "Chính trị",
];

fn person(rng: &mut Rng) -> (String, bool) {
    let female = rng.chance(0.4);
    let family = rng.pick(FAMILY);
    let (middle, given) = if female {
        (rng.pick(MIDDLE_FEMALE), rng.pick(GIVEN_FEMALE))
    } else {
        (rng.pick(MIDDLE_MALE), rng.pick(GIVEN_MALE))
    };
    if rng.chance(0.3) {
        let second = if female {
            rng.pick(GIVEN_FEMALE)
        } else {
            rng.pick(MIDDLE_MALE)
        };
        (format!("{family} {middle} {second} {given}"), female)
    } else {
        (format!("{family} {middle} {given}"), female)
    }
}

/// Facts one article keeps coming back to.
struct Story {
    province: &'static str,
    districts: &'static [&'static str],
    department: &'static str,
    unit: &'static str,
    company: &'static str,
    year: u32,
    month: u32,
    day: u32,
    people: Vec<(String, bool, String)>,
}

impl Story {
    fn new(rng: &mut Rng) -> Self {
        let (province, districts) = *rng.pick(PROVINCES);
        let department = *rng.pick(DEPARTMENTS);
        let unit = *rng.pick(UNITS);
        let company = *rng.pick(COMPANIES);
        let year = rng.range(2019, 2025) as u32;
        let month = rng.range(1, 12) as u32;
        let day = rng.range(3, 28) as u32;
        let mut people = Vec::new();
        for _ in 0..rng.range(3, 6) {
            let (name, female) = person(rng);
            let title = match rng.below(8) {
                0 => format!("Chủ tịch UBND tỉnh {province}"),
                1 => format!("Phó Chủ tịch UBND tỉnh {province}"),
                2 => format!("Giám đốc {department}"),
                3 => format!("Phó Giám đốc {department}"),
                4 => format!("Bí thư Huyện ủy {}", rng.pick(districts)),
                5 => format!("Chủ tịch UBND huyện {}", rng.pick(districts)),
                6 => format!("Phó Trưởng {unit}"),
                _ => format!(
                    "Trưởng phòng Kế hoạch - Tài chính huyện {}",
                    rng.pick(districts)
                ),
            };
            people.push((name, female, title));
        }
        Story {
            province,
            districts,
            department,
            unit,
            company,
            year,
            month,
            day,
            people,
        }
    }

    fn date(&self, rng: &mut Rng) -> String {
        let d = rng.range(1, 28);
        let m = rng.range(1, self.month as u64);
        match rng.below(4) {
            0 => format!("ngày {d}/{m}/{}", self.year),
            1 => format!("ngày {d:02}/{m:02}/{}", self.year),
            2 => format!("ngày {d} tháng {m} năm {}", self.year),
            _ => format!("ngày {d}/{m}"),
        }
    }

    fn document(&self, rng: &mut Rng) -> String {
        let n = rng.range(12, 4999);
        let y = self.year;
        match rng.below(8) {
            0 | 1 => format!("Quyết định số {n}/QĐ-UBND"),
            2 => format!("Công văn số {n}/UBND-KT"),
            3 => format!("Kế hoạch số {}/KH-UBND", n % 400 + 1),
            4 => format!("Nghị quyết số {}/NQ-HĐND", n % 120 + 1),
            5 => format!("Chỉ thị số {}/CT-TTg", n % 40 + 1),
            6 => format!("Nghị định số {}/{y}/NĐ-CP", n % 300 + 1),
            _ => format!("Thông tư số {}/{y}/TT-BTC", n % 90 + 1),
        }
    }

    fn commune(&self, rng: &mut Rng) -> String {
        format!("xã {} {}", rng.pick(COMMUNE_WORDS), rng.pick(COMMUNE_WORDS))
    }

    /// A person's first mention in full, later ones as "ông/bà" + given name.
    fn mention(&self, rng: &mut Rng, mentioned: &mut [bool]) -> String {
        let i = rng.below(self.people.len());
        let (name, female, title) = &self.people[i];
        let honorific = if *female { "bà" } else { "ông" };
        if mentioned[i] && rng.chance(0.6) {
            let given = name.rsplit(' ').next().unwrap_or(name);
            format!("{honorific} {given}")
        } else {
            mentioned[i] = true;
            format!("{honorific} {name}, {title}")
        }
    }
}

/// Sentence templates. `{P}` a person, `{PROV}` the province, `{DIST}` a
/// district, `{COMM}` a commune, `{DATE}` a date, `{DOC}` a document
/// number, `{DEP}` the department, `{UNIT}` the unit, `{CO}` the company,
/// `{N}` `{M}` numbers, `{PCT}` a percentage, `{Y}` the year.
const GENERAL: &[&str] = &[
    "Theo {DEP} tỉnh {PROV}, tính đến {DATE}, toàn tỉnh đã hoàn thành {PCT} kế hoạch đề ra cho năm {Y}.",
    "Phát biểu tại hội nghị, {P} đề nghị các địa phương tiếp tục rà soát, không để xảy ra tình trạng chậm trễ, đùn đẩy trách nhiệm.",
    "Trao đổi với phóng viên, {P} cho biết đơn vị đã chủ động xây dựng phương án từ sớm nên kết quả đạt khá.",
    "\"Chúng tôi xác định đây là nhiệm vụ trọng tâm, phải làm đến nơi đến chốn, không chạy theo thành tích\", {P} nhấn mạnh.",
    "Căn cứ {DOC} {DATE} của UBND tỉnh {PROV}, các sở, ngành có liên quan phải báo cáo kết quả trước ngày {N}/{M}.",
    "Cũng theo {P}, tổng kinh phí thực hiện dự kiến khoảng {N} tỷ đồng, trong đó ngân sách tỉnh bố trí {PCT}.",
    "Ghi nhận tại huyện {DIST}, nhiều hộ dân cho biết đời sống đã cải thiện rõ rệt so với cùng kỳ năm trước.",
    "Trước đó, {DATE}, {UNIT} {PROV} đã phối hợp với UBND huyện {DIST} tổ chức kiểm tra thực tế tại {COMM}.",
    "Đến nay, {N} hộ dân ở {COMM}, huyện {DIST} đã nhận được hỗ trợ với tổng số tiền hơn {M} triệu đồng.",
    "Kết luận cuộc họp, {P} yêu cầu {DEP} chủ trì, phối hợp với các đơn vị liên quan tham mưu UBND tỉnh ban hành hướng dẫn trong tháng {M}.",
    "Số liệu của {DEP} cho thấy, trong {M} tháng đầu năm {Y}, chỉ tiêu này tăng {PCT} so với cùng kỳ.",
    "Bên cạnh kết quả đạt được, {P} thừa nhận vẫn còn một số khó khăn, vướng mắc về cơ chế, nguồn lực và thủ tục đất đai.",
    "Theo kế hoạch, đến hết năm {Y}, tỉnh {PROV} phấn đấu nâng tỷ lệ này lên trên {PCT}.",
    "Dịp này, UBND tỉnh {PROV} đã tặng Bằng khen cho {N} tập thể và {M} cá nhân có thành tích xuất sắc.",
    "{P} đánh giá, sự vào cuộc đồng bộ của cả hệ thống chính trị là yếu tố quyết định thành công bước đầu.",
    "Ngay sau khi {DOC} được ban hành, huyện {DIST} đã thành lập tổ công tác do {P} làm tổ trưởng.",
];
const TOPICS: &[(&str, &[&str], &[&str])] = &[
    (
        "Nông nghiệp",
        &[
            "{PROV}: Nông dân {DIST} phấn khởi vì lúa hè thu được mùa, được giá",
            "Huyện {DIST} mở rộng vùng trồng cây ăn quả đạt chuẩn xuất khẩu",
            "{PROV} hỗ trợ {N} hộ dân chuyển đổi cây trồng trên đất lúa kém hiệu quả",
        ],
        &[
            "Năng suất lúa vụ này ước đạt bình quân {M},{N} tạ/ha, cao hơn vụ trước khoảng 3 tạ/ha.",
            "Thương lái thu mua lúa tươi tại ruộng với giá từ {N}.{M}00 đến {N}.{M}50 đồng/kg.",
            "Tại {COMM}, huyện {DIST}, nhiều cánh đồng đã được cơ giới hóa toàn bộ khâu làm đất và thu hoạch.",
            "Hợp tác xã đã ký hợp đồng bao tiêu sản phẩm với {CO} cho {N} ha trong vùng nguyên liệu.",
            "Theo {P}, việc gieo sạ đồng loạt theo lịch né rầy giúp giảm đáng kể chi phí thuốc bảo vệ thực vật.",
            "Giá phân bón, thức ăn chăn nuôi vẫn ở mức cao khiến lợi nhuận của nông hộ nhỏ bị thu hẹp.",
            "Mô hình liên kết chuỗi giá trị hiện đã mở rộng ra {N} xã với hơn {M} hộ tham gia.",
        ],
    ),
    (
        "Y tế",
        &[
            "{PROV}: Khám sàng lọc miễn phí cho {N} người cao tuổi tại huyện {DIST}",
            "Trung tâm Y tế huyện {DIST} triển khai kỹ thuật mới, người bệnh không phải chuyển tuyến",
            "{PROV} tăng cường phòng, chống sốt xuất huyết trong mùa mưa",
        ],
        &[
            "Trong đợt khám, các bác sĩ đã phát hiện {N} trường hợp tăng huyết áp và {M} trường hợp đái tháo đường chưa được điều trị.",
            "Trung tâm Kiểm soát bệnh tật tỉnh {PROV} ghi nhận {N} ca mắc từ đầu năm, tăng {PCT} so với cùng kỳ.",
            "Theo {P}, người dân cần chủ động loại bỏ lăng quăng, bọ gậy và đến cơ sở y tế ngay khi có biểu hiện sốt cao.",
            "Bệnh viện Đa khoa tỉnh {PROV} đã tiếp nhận và điều trị thành công cho một bệnh nhân {AGE} tuổi ở {COMM}.",
            "Kinh phí đầu tư trang thiết bị cho các trạm y tế xã năm {Y} là {N} tỷ đồng.",
            "Tỷ lệ người dân tham gia bảo hiểm y tế trên địa bàn huyện {DIST} đạt {PCT}.",
        ],
    ),
    (
        "Giáo dục",
        &[
            "Hơn {N} học sinh huyện {DIST} bước vào năm học mới",
            "{PROV} xây mới {M} phòng học kiên cố cho vùng khó khăn",
            "Sở Giáo dục và Đào tạo {PROV} công bố điểm chuẩn vào lớp 10",
        ],
        &[
            "Năm học {Y}-{Y1}, toàn tỉnh có {N} trường học với hơn {M} nghìn học sinh.",
            "Nhiều điểm trường ở {COMM}, huyện {DIST} vẫn còn thiếu phòng học bộ môn và nhà vệ sinh đạt chuẩn.",
            "Theo {P}, ngành giáo dục đã tuyển dụng bổ sung {N} giáo viên để khắc phục tình trạng thiếu cục bộ.",
            "Tại lễ khai giảng, {P} đã trao {N} suất học bổng cho học sinh có hoàn cảnh đặc biệt khó khăn.",
            "Tỷ lệ học sinh tốt nghiệp trung học phổ thông của tỉnh {PROV} năm {Y} đạt {PCT}.",
        ],
    ),
    (
        "Kinh tế",
        &[
            "{PROV} trao quyết định chủ trương đầu tư dự án khu công nghiệp {N} ha",
            "Huyện {DIST} đẩy nhanh giải phóng mặt bằng cho dự án trọng điểm",
            "{CO} khởi công nhà máy mới tại {PROV}",
        ],
        &[
            "Dự án có tổng vốn đầu tư hơn {N} tỷ đồng, dự kiến tạo việc làm cho khoảng {M} nghìn lao động.",
            "Theo {DOC}, {CO} được giao làm chủ đầu tư với thời hạn hoạt động 50 năm.",
            "Đến nay, huyện {DIST} đã bàn giao {PCT} diện tích mặt bằng sạch cho nhà đầu tư.",
            "Còn {N} hộ dân ở {COMM} chưa đồng thuận với phương án bồi thường do giá đất chênh lệch.",
            "{P} yêu cầu chủ đầu tư cam kết tiến độ, tuyệt đối không để xảy ra ô nhiễm môi trường.",
            "Tổng thu ngân sách trên địa bàn {M} tháng đạt {N} tỷ đồng, bằng {PCT} dự toán.",
        ],
    ),
    (
        "Môi trường",
        &[
            "{PROV}: Mưa lớn gây ngập úng nhiều vùng trũng ở huyện {DIST}",
            "{PROV} sơ tán {N} hộ dân khỏi vùng nguy cơ sạt lở",
            "Ô nhiễm kênh thủy lợi tại {COMM}, người dân bức xúc",
        ],
        &[
            "Do ảnh hưởng của áp thấp nhiệt đới, từ đêm {DATE}, khu vực {PROV} có mưa to với lượng mưa phổ biến {N}-{M} mm.",
            "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện {DIST} đã huy động {N} cán bộ, chiến sĩ hỗ trợ người dân.",
            "Nước lũ làm ngập {N} ha hoa màu và hư hỏng {M} m kênh mương nội đồng.",
            "{P} chỉ đạo các xã ven sông kiểm tra, gia cố đê bao, không để người dân ở lại vùng nguy hiểm.",
            "Kết quả quan trắc cho thấy hàm lượng amoni trong nước vượt quy chuẩn {M} lần.",
        ],
    ),
    (
        "Pháp luật",
        &[
            "Xét xử nguyên cán bộ địa chính {COMM} nhận hối lộ",
            "Công an huyện {DIST} triệt phá đường dây đánh bạc qua mạng",
            "Khởi tố {N} bị can sai phạm trong quản lý đất đai tại {PROV}",
        ],
        &[
            "Theo cáo trạng, trong giai đoạn {Y0}-{Y}, các bị cáo đã lập hồ sơ khống để chiếm đoạt hơn {N} tỷ đồng.",
            "Hội đồng xét xử Tòa án nhân dân tỉnh {PROV} tuyên phạt bị cáo chính {M} năm tù.",
            "{UNIT} {PROV} đã ra quyết định khởi tố vụ án, khởi tố bị can và lệnh bắt tạm giam đối với {N} đối tượng.",
            "Tại phiên tòa, các bị cáo thừa nhận hành vi phạm tội như nội dung cáo trạng đã truy tố.",
            "Vụ án đang được cơ quan cảnh sát điều tra tiếp tục mở rộng điều tra, làm rõ trách nhiệm của các cá nhân liên quan.",
        ],
    ),
];
const CAPTIONS: &[&str] = &[
    "Toàn cảnh hội nghị. Ảnh: {SHORT}",
    "{P} phát biểu tại buổi làm việc. Ảnh: {SHORT}",
    "Người dân {COMM}, huyện {DIST} tham gia hoạt động. Ảnh: {SHORT}",
    "Lực lượng chức năng kiểm tra thực tế tại hiện trường (Ảnh: {SHORT})",
];

struct Filler<'a> {
    story: &'a Story,
    mentioned: Vec<bool>,
}

impl Filler<'_> {
    /// Appends `template` with its placeholders filled, capitalised.
    fn fill(&mut self, rng: &mut Rng, template: &str, out: &mut String) {
        let start = out.len();
        self.fill_raw(rng, template, out);
        if let Some(first) = out[start..].chars().next().filter(|c| c.is_lowercase()) {
            let upper: String = first.to_uppercase().collect();
            out.replace_range(start..start + first.len_utf8(), &upper);
        }
    }

    fn fill_raw(&mut self, rng: &mut Rng, template: &str, out: &mut String) {
        let story = self.story;
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("closed placeholder");
            match &rest[open + 1..close] {
                "P" => out.push_str(&story.mention(rng, &mut self.mentioned)),
                "PROV" => out.push_str(story.province),
                "DIST" => {
                    let district = *rng.pick(story.districts);
                    out.push_str(district)
                }
                "COMM" => out.push_str(&story.commune(rng)),
                "DATE" => out.push_str(&story.date(rng)),
                "DOC" => out.push_str(&story.document(rng)),
                "DEP" => out.push_str(story.department),
                "UNIT" => out.push_str(story.unit),
                "CO" => out.push_str(story.company),
                "N" => write!(out, "{}", rng.range(2, 950)).unwrap(),
                "M" => write!(out, "{}", rng.range(1, 12)).unwrap(),
                "PCT" => write!(out, "{},{}%", rng.range(12, 98), rng.range(1, 9)).unwrap(),
                "AGE" => write!(out, "{}", rng.range(3, 92)).unwrap(),
                "Y" => write!(out, "{}", story.year).unwrap(),
                "Y0" => write!(out, "{}", story.year - 3).unwrap(),
                "Y1" => write!(out, "{}", story.year + 1).unwrap(),
                "SHORT" => {
                    let (name, _, _) = &story.people[0];
                    let mut parts = name.rsplit(' ');
                    let given = parts.next().unwrap_or("");
                    let before = parts.next().unwrap_or("");
                    write!(out, "{before} {given}").unwrap()
                }
                other => panic!("unknown placeholder {other}"),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
    }
}

/// The look of a news site: what surrounds the article.
#[derive(Clone, Copy)]
enum Site {
    /// A national paper: menu, ad markers, byline line, teasers, footer.
    Paper,
    /// A provincial portal: breadcrumbs, posted-date line, "other news".
    Portal,
    /// A magazine: cookie banner, share bar, author at the end, comments.
    Magazine,
    /// A mobile scrape: CRLF, NBSP, zero-width spaces, decomposed accents.
    Mobile,
}

const SITE_NAMES: &[&str] = &[
    "Báo Tin Tức Địa Phương",
    "Nhịp Sống Miền Trung",
    "Tạp chí Kinh tế Nông thôn",
    "Thời báo Đồng Bằng",
    "Báo Điện tử Phương Nam",
];

fn teaser_list(rng: &mut Rng, filler: &mut Filler, out: &mut String, header: &str) {
    out.push_str(header);
    out.push_str("\n\n");
    let story = filler.story;
    for _ in 0..rng.range(3, 7) {
        let (_, titles, _) = rng.pick(TOPICS);
        let t = *rng.pick(titles);
        let bullet = *rng.pick(&["", "- ", "• ", ">> "]);
        out.push_str(bullet);
        filler.fill(rng, t, out);
        let d = rng.range(1, 28);
        let m = rng.range(1, 12);
        match rng.below(3) {
            0 => write!(out, " ({d:02}/{m:02}/{})", story.year).unwrap(),
            1 => write!(out, " - {d:02}/{m:02}/{}", story.year).unwrap(),
            _ => {}
        }
        out.push('\n');
    }
    out.push('\n');
}

fn footer(rng: &mut Rng, site: &str, province: &str, out: &mut String) {
    let street = rng.range(1, 250);
    writeln!(out, "© Bản quyền thuộc về {site}").unwrap();
    writeln!(
        out,
        "Giấy phép số {}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
        rng.range(10, 600)
    )
    .unwrap();
    writeln!(out, "Tổng Biên tập: {}", person(rng).0).unwrap();
    writeln!(
        out,
        "Địa chỉ: Số {street} đường Trần Phú, thành phố {}, tỉnh {province}",
        if rng.chance(0.5) { "Tuy Hòa" } else { "Vinh" }
    )
    .unwrap();
    writeln!(
        out,
        "Điện thoại: 0{} {} {} - Fax: 0{} {}",
        rng.range(20, 299),
        rng.range(100, 999),
        rng.range(1000, 9999),
        rng.range(20, 299),
        rng.range(1000000, 9999999)
    )
    .unwrap();
    writeln!(out, "Email: toasoan@tintucdiaphuong{}.vn", rng.range(1, 9)).unwrap();
}

/// One generated article: its file name and bytes.
pub struct Article {
    pub name: String,
    pub text: String,
}

/// Body length in bytes before boilerplate: log-normal, median 5.2 KB.
fn body_target(rng: &mut Rng) -> usize {
    let x = (5200f64.ln() + 0.62 * rng.normal()).exp();
    x.clamp(1400.0, 38_000.0) as usize
}

/// Article `index` of the corpus with `seed`.
pub fn article(seed: u64, index: usize) -> Article {
    let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0xd1b5_4a32_d192_ed03));
    rng.next_u64();
    let story = Story::new(&mut rng);
    let mentioned = vec![false; story.people.len()];
    let mut filler = Filler {
        story: &story,
        mentioned,
    };
    let site = match rng.below(4) {
        0 => Site::Paper,
        1 => Site::Portal,
        2 => Site::Magazine,
        _ => Site::Mobile,
    };
    let site_name = *rng.pick(SITE_NAMES);
    let (category, titles, sentences) = rng.pick(TOPICS);
    let category = if rng.chance(0.7) {
        *category
    } else {
        *rng.pick(CATEGORIES)
    };
    let mut headline = String::new();
    let title = *rng.pick(titles);
    filler.fill(&mut rng, title, &mut headline);
    let (author, _) = person(&mut rng);
    let (hh, mi) = (rng.range(6, 22), rng.range(0, 59));
    let (day, month, year) = (story.day, story.month, story.year);

    // The body first, so its length steers the rest.
    let target = body_target(&mut rng);
    let mut body = String::with_capacity(target + 512);
    let mut paragraphs = Vec::new();
    let mut last_paragraph = String::new();
    while body.len() < target {
        let mut p = String::new();
        if paragraphs.is_empty() && matches!(site, Site::Paper) {
            p.push_str("(ĐP) - ");
        }
        for s in 0..rng.range(2, 5) {
            if s > 0 {
                p.push(' ');
            }
            let template = if rng.chance(0.55) {
                *rng.pick(sentences)
            } else {
                *rng.pick(GENERAL)
            };
            filler.fill(&mut rng, template, &mut p);
        }
        body.push_str(&p);
        body.push_str("\n\n");
        paragraphs.push(p.clone());
        // Scraped noise inside the body.
        if rng.chance(0.12) {
            let mut caption = String::new();
            let template = *rng.pick(CAPTIONS);
            filler.fill(&mut rng, template, &mut caption);
            let twice = rng.chance(0.5);
            body.push_str(&caption);
            body.push_str("\n\n");
            if twice {
                body.push_str(&caption);
                body.push_str("\n\n");
            }
        }
        if rng.chance(0.06) && !last_paragraph.is_empty() {
            // A paragraph the scraper caught twice.
            body.push_str(&last_paragraph);
            body.push_str("\n\n");
        }
        if rng.chance(0.08) {
            body.push_str(match site {
                Site::Paper => "--Quảng cáo---\n\n",
                Site::Portal => "[Quảng cáo]\n\n",
                Site::Magazine => "Advertisement\n\n",
                Site::Mobile => "Tắt quảng cáo\n\n",
            });
        }
        if rng.chance(0.05) {
            let mut more = String::from("Xem thêm: ");
            let (_, ts, _) = rng.pick(TOPICS);
            let template = *rng.pick(ts);
            filler.fill(&mut rng, template, &mut more);
            body.push_str(&more);
            body.push_str("\n\n");
        }
        last_paragraph = p;
    }

    let mut out = String::with_capacity(body.len() + 3000);
    let views = rng.range(37, 48_000);
    match site {
        Site::Paper => {
            out.push_str("Trang chủ | Thời sự | Kinh tế | Xã hội | Pháp luật | Thể thao | Giải trí | Video\n\n");
            writeln!(out, "{headline}\n").unwrap();
            out.push_str("--Quảng cáo---\n\n");
            writeln!(
                out,
                "{category} - {author} - {hh:02}:{mi:02} {day:02}/{month:02}/{year}\n"
            )
            .unwrap();
            out.push_str(&body);
            writeln!(out, "{}\n", author.to_uppercase()).unwrap();
            out.push_str("Chia sẻ Facebook Zalo Twitter Gửi email In bài\n\n");
            let mut tags = String::from("Từ khóa: ");
            write!(tags, "{}, {category}, {}", story.province, story.department).unwrap();
            writeln!(out, "{tags}\n").unwrap();
            teaser_list(&mut rng, &mut filler, &mut out, "Tin liên quan");
            footer(&mut rng, site_name, story.province, &mut out);
        }
        Site::Portal => {
            writeln!(
                out,
                "Cổng thông tin điện tử tỉnh {}\n\nTrang chủ > Tin tức - Sự kiện > {category}\n",
                story.province
            )
            .unwrap();
            writeln!(out, "{headline}\n").unwrap();
            writeln!(
                out,
                "Ngày đăng: {day:02}/{month:02}/{year} {hh:02}:{mi:02} | Lượt xem: {views}\n"
            )
            .unwrap();
            out.push_str(&body);
            writeln!(out, "{author} (tổng hợp)\n").unwrap();
            out.push_str("In bài viết | Gửi email | Quay lại\n\n");
            teaser_list(&mut rng, &mut filler, &mut out, "Các tin khác");
            writeln!(
                out,
                "Cơ quan chủ quản: Văn phòng UBND tỉnh {}",
                story.province
            )
            .unwrap();
            writeln!(
                out,
                "Ghi rõ nguồn \"Cổng thông tin điện tử tỉnh {}\" khi phát hành lại thông tin từ website này.",
                story.province
            )
            .unwrap();
            footer(&mut rng, site_name, story.province, &mut out);
            writeln!(
                out,
                "Đang truy cập: {} | Tổng lượt truy cập: {}",
                rng.range(10, 900),
                views * 37
            )
            .unwrap();
        }
        Site::Magazine => {
            out.push_str(
                "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách này.\n\n",
            );
            writeln!(out, "{category}\n\n{headline}\n").unwrap();
            writeln!(
                out,
                "{} tháng {month}, {year} - {hh:02}:{mi:02}\n",
                [
                    "Thứ hai",
                    "Thứ ba",
                    "Thứ tư",
                    "Thứ năm",
                    "Thứ sáu",
                    "Thứ bảy",
                    "Chủ nhật"
                ][(day % 7) as usize]
                    .to_string()
                    + &format!(", {day:02}")
            )
            .unwrap();
            out.push_str("Nghe đọc bài | Cỡ chữ A- A+ | Chia sẻ: Facebook Zalo Copy link\n\n");
            out.push_str(&body);
            writeln!(out, "{}\n", author.to_uppercase()).unwrap();
            writeln!(out, "Theo dõi {site_name} trên Google News\n").unwrap();
            teaser_list(&mut rng, &mut filler, &mut out, "Có thể bạn quan tâm");
            writeln!(out, "Bình luận ({})\n\nGửi bình luận\n", rng.range(0, 40)).unwrap();
            footer(&mut rng, site_name, story.province, &mut out);
        }
        Site::Mobile => {
            writeln!(out, "☰ {site_name}   🔍\n").unwrap();
            writeln!(out, "{headline}\n").unwrap();
            writeln!(
                out,
                "{author}\u{a0}•\u{a0}{day}/{month}/{year}, {hh:02}:{mi:02}\n"
            )
            .unwrap();
            // Decomposed accents in some paragraphs, stray spaces in others.
            for (n, para) in body.split("\n\n").enumerate() {
                if para.is_empty() {
                    continue;
                }
                match n % 5 {
                    0 => out.push_str(&decompose(para)),
                    1 => out.push_str(&para.replace(", ", " ,  ")),
                    2 => {
                        out.push_str("  ");
                        out.push_str(&para.replacen(' ', "\u{200b} ", 3));
                    }
                    _ => out.push_str(para),
                }
                out.push_str("\u{a0}\n\n");
            }
            writeln!(out, "{views} lượt xem\n").unwrap();
            teaser_list(&mut rng, &mut filler, &mut out, "Đọc nhiều nhất");
            footer(&mut rng, site_name, story.province, &mut out);
            out = out.replace('\n', "\r\n");
        }
    }
    let slug: String = headline
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == ' ')
        .take(24)
        .collect::<String>()
        .trim()
        .replace(' ', "-")
        .to_lowercase();
    Article {
        name: format!("{index:06}-{slug}.txt"),
        text: out,
    }
}

/// A few common precomposed letters spelled as base letter + combining
/// marks, as some mobile sites and copy-pastes deliver them.
fn decompose(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            'à' => out.push_str("a\u{300}"),
            'á' => out.push_str("a\u{301}"),
            'ả' => out.push_str("a\u{309}"),
            'ạ' => out.push_str("a\u{323}"),
            'ờ' => out.push_str("ơ\u{300}"),
            'ớ' => out.push_str("ơ\u{301}"),
            'ệ' => out.push_str("ê\u{323}"),
            'ế' => out.push_str("ê\u{301}"),
            'ủ' => out.push_str("u\u{309}"),
            'ị' => out.push_str("i\u{323}"),
            _ => out.push(c),
        }
    }
    out
}

/// Writes articles `range` of corpus `seed` into `dir`; returns their total size.
pub fn write(dir: &Path, seed: u64, range: Range<usize>) -> io::Result<u64> {
    fs::create_dir_all(dir)?;
    let mut bytes = 0u64;
    for i in range {
        let a = article(seed, i);
        bytes += a.text.len() as u64;
        fs::write(dir.join(&a.name), a.text)?;
    }
    Ok(bytes)
}
