"""People: heads of state and government, foreign, defence and interior ministers and intelligence chiefs of
the Arab League states, Iran, Turkey, Israel and the P5 (about 2010 on), UN and Arab League officials, envoys
and leaders of armed and political groups. Hand-written from public knowledge; dates at year precision where
the day is not certain, null where unknown; QIDs only where certain."""

from __future__ import annotations

import kb_orgs
from kbutil import rid, uniq

_BY_NAME = {r["name_en"]: r["id"] for r in kb_orgs.ORGS + kb_orgs.GROUPS}


def oid(name_en: str) -> str:
    return _BY_NAME[name_en]


PEOPLE: list[dict] = []
SECTOR_OF_ROLE = {
    "head_of_state": ["GOV"],
    "head_of_government": ["GOV"],
    "foreign_minister": ["GOV"],
    "defence_minister": ["GOV", "MIL"],
    "interior_minister": ["GOV", "COP"],
    "intelligence_chief": ["SPY"],
}


def o(role, title_ar, country, start=None, end=None, org=None):
    return {"role": role, "title_ar": title_ar, "country": country, "org": org, "start": start, "end": end}


def per(name_en, names_ar, country, offices=(), aliases=(), qid=None, sectors=None, slug=None, amb=(), note=None):
    if sectors is None:
        sectors = []
        for off in offices:
            sectors += SECTOR_OF_ROLE.get(off["role"], ["GOV"])
    row = {
        "id": qid or (f"rasd:per/{slug}" if slug else rid("per", name_en)),
        "type": "PER",
        "name_en": name_en,
        "names_ar": uniq(names_ar),
        "aliases_en": list(aliases),
        "country": country,
        "sectors": uniq(sectors),
        "subtype": "person",
        "offices": list(offices),
    }
    if amb:
        row["ambiguous_ar"] = list(amb)
    if note:
        row["note"] = note
    PEOPLE.append(row)
    return row["id"]


HOS, HOG, FM, DM, IM, INT, OTHER = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "interior_minister",
    "intelligence_chief",
    "other",
)

# ============================================================ Syria
per(
    "Ahmed al-Sharaa",
    ["أحمد الشرع", "أحمد حسين الشرع", "الرئيس أحمد الشرع", "الشرع", "أبو محمد الجولاني", "الجولاني"],
    "SYR",
    [
        o(OTHER, "أمير جبهة النصرة", "SYR", "2012", "2017", oid("al-Nusra Front")),
        o(OTHER, "قائد هيئة تحرير الشام", "SYR", "2017", "2025-01-29", oid("Hayat Tahrir al-Sham")),
        o(HOS, "قائد الإدارة السورية الجديدة", "SYR", "2024-12-08", "2025-01-29", kb_orgs.SYR_PRES),
        o(HOS, "رئيس الجمهورية العربية السورية", "SYR", "2025-01-29", None, kb_orgs.SYR_PRES),
    ],
    aliases=["Abu Mohammad al-Julani", "Abu Mohammed al-Jolani", "Ahmad al-Sharaa"],
    amb=["الشرع"],
    note="الشرع alone is also 'the (religious) law'",
)
per(
    "Asaad al-Shaibani",
    ["أسعد حسن الشيباني", "أسعد الشيباني", "الشيباني"],
    "SYR",
    [
        o(FM, "وزير الخارجية والمغتربين", "SYR", "2024-12-21", None, kb_orgs.SYR_MFA),
    ],
    aliases=["Asaad Hassan al-Shaibani", "Asaad al-Shibani", "As'ad al-Shaybani"],
    slug="asaad-al-shaibani",
)
per(
    "Hussein al-Salama",
    ["حسين السلامة", "حسين سلامة", "السلامة"],
    "SYR",
    [
        o(INT, "رئيس جهاز الاستخبارات العامة", "SYR", "2025", None, kb_orgs.SYR_GIS),
    ],
    aliases=["Hussein Salama"],
    amb=["السلامة", "حسين سلامة"],
    note="السلامة alone is also 'safety'",
)
per(
    "Anas Khattab",
    ["أنس خطاب", "أنس حسن خطاب", "خطاب"],
    "SYR",
    [
        o(INT, "رئيس جهاز الاستخبارات العامة", "SYR", "2024-12", "2025-03-29", kb_orgs.SYR_GIS),
        o(IM, "وزير الداخلية", "SYR", "2025-03-29", None, kb_orgs.SYR_MOI),
    ],
    aliases=["Abu Ahmed Hudud"],
    amb=["خطاب"],
    note="خطاب alone is also 'speech'",
)
per(
    "Murhaf Abu Qasra",
    ["مرهف أبو قصرة", "أبو قصرة", "مرهف أبوقصرة"],
    "SYR",
    [
        o(DM, "وزير الدفاع", "SYR", "2024-12-21", None, kb_orgs.SYR_MOD),
    ],
    aliases=["Abu Hassan al-Hamawi", "Murhaf Abu Qasrah"],
)
per(
    "Mohammed Abdul Rahman",
    ["محمد عبد الرحمن"],
    "SYR",
    [
        o(IM, "وزير الداخلية", "SYR", "2024-12", "2025-03-29", kb_orgs.SYR_MOI),
    ],
    slug="mohammed-abdul-rahman-syria",
    amb=["محمد عبد الرحمن"],
    note="caretaker government; very common name",
)
per(
    "Mohammed al-Bashir",
    ["محمد البشير"],
    "SYR",
    [
        o(HOG, "رئيس حكومة تصريف الأعمال", "SYR", "2024-12-10", "2025-03-29"),
        o(OTHER, "وزير الطاقة", "SYR", "2025-03-29", None),
    ],
    note="head of the Syrian Salvation Government in Idlib 2024",
)
per("Hamza al-Mustafa", ["حمزة المصطفى"], "SYR", [o(OTHER, "وزير الإعلام", "SYR", "2025-03-29", None)])
per(
    "Bashar al-Assad",
    ["بشار الأسد", "بشار حافظ الأسد", "الرئيس بشار الأسد", "الأسد", "بشار"],
    "SYR",
    [
        o(HOS, "رئيس الجمهورية", "SYR", "2000-07-17", "2024-12-08"),
    ],
    qid="Q44329",
    aliases=["Assad"],
    amb=["الأسد", "بشار"],
    note="الأسد alone is also 'the lion'",
)
per(
    "Maher al-Assad",
    ["ماهر الأسد"],
    "SYR",
    [o(OTHER, "قائد الفرقة الرابعة", "SYR", None, "2024-12-08", oid("Fourth Armoured Division"))],
    sectors=["MIL"],
)
per("Asma al-Assad", ["أسماء الأسد"], "SYR", [], sectors=["GOV"])
per(
    "Farouk al-Sharaa",
    ["فاروق الشرع"],
    "SYR",
    [o(FM, "وزير الخارجية", "SYR", "1984", "2006"), o(OTHER, "نائب رئيس الجمهورية", "SYR", "2006", "2014")],
)
per("Najah al-Attar", ["نجاح العطار"], "SYR", [o(OTHER, "نائبة رئيس الجمهورية", "SYR", "2006", "2024-12-08")])
per(
    "Naji al-Otari", ["ناجي العطري", "محمد ناجي العطري"], "SYR", [o(HOG, "رئيس مجلس الوزراء", "SYR", "2003", "2011-04")]
)
per("Adel Safar", ["عادل سفر"], "SYR", [o(HOG, "رئيس مجلس الوزراء", "SYR", "2011-04", "2012-06")])
per(
    "Riyad Hijab",
    ["رياض حجاب", "رياض فريد حجاب"],
    "SYR",
    [
        o(HOG, "رئيس مجلس الوزراء", "SYR", "2012-06", "2012-08"),
        o(OTHER, "المنسق العام للهيئة العليا للمفاوضات", "SYR", "2015", "2017", oid("Syrian Negotiation Commission")),
    ],
)
per("Wael al-Halqi", ["وائل الحلقي"], "SYR", [o(HOG, "رئيس مجلس الوزراء", "SYR", "2012-08", "2016-07")])
per("Imad Khamis", ["عماد خميس"], "SYR", [o(HOG, "رئيس مجلس الوزراء", "SYR", "2016-07", "2020-06")])
per("Hussein Arnous", ["حسين عرنوس"], "SYR", [o(HOG, "رئيس مجلس الوزراء", "SYR", "2020-06", "2024-09")])
per(
    "Mohammad Ghazi al-Jalali",
    ["محمد غازي الجلالي", "محمد الجلالي"],
    "SYR",
    [o(HOG, "رئيس مجلس الوزراء", "SYR", "2024-09", "2024-12-10")],
)
per(
    "Walid Muallem",
    ["وليد المعلم", "المعلم"],
    "SYR",
    [o(FM, "وزير الخارجية والمغتربين", "SYR", "2006", "2020-11-16")],
    aliases=["Walid al-Moualem"],
    amb=["المعلم"],
)
per(
    "Faisal Mekdad",
    ["فيصل المقداد", "المقداد"],
    "SYR",
    [
        o(FM, "وزير الخارجية والمغتربين", "SYR", "2020-11-22", "2024-09"),
        o(OTHER, "نائب رئيس الجمهورية", "SYR", "2024-09", "2024-12-08"),
    ],
    aliases=["Faisal al-Miqdad"],
)
per(
    "Bassam Sabbagh",
    ["بسام صباغ", "بسام الصباغ"],
    "SYR",
    [o(FM, "وزير الخارجية والمغتربين", "SYR", "2024-09", "2024-12-08")],
)
per(
    "Bouthaina Shaaban",
    ["بثينة شعبان"],
    "SYR",
    [o(OTHER, "المستشارة السياسية والإعلامية لرئيس الجمهورية", "SYR", "2008", "2024-12-08")],
)
per("Ali Habib Mahmoud", ["علي حبيب محمود", "علي حبيب"], "SYR", [o(DM, "وزير الدفاع", "SYR", "2009", "2011-08")])
per("Dawoud Rajiha", ["داود راجحة", "العماد داود راجحة"], "SYR", [o(DM, "وزير الدفاع", "SYR", "2011-08", "2012-07-18")])
per(
    "Fahd Jassem al-Freij",
    ["فهد جاسم الفريج", "فهد الفريج"],
    "SYR",
    [o(DM, "وزير الدفاع", "SYR", "2012-07", "2018-01")],
)
per(
    "Ali Abdullah Ayyoub", ["علي عبد الله أيوب", "علي أيوب"], "SYR", [o(DM, "وزير الدفاع", "SYR", "2018-01", "2022-04")]
)
per("Ali Mahmoud Abbas", ["علي محمود عباس"], "SYR", [o(DM, "وزير الدفاع", "SYR", "2022-04", "2024-12-08")])
per(
    "Mohammad al-Shaar",
    ["محمد الشعار", "محمد إبراهيم الشعار"],
    "SYR",
    [o(IM, "وزير الداخلية", "SYR", "2011-04", "2018-11")],
)
per(
    "Mohammad Khaled al-Rahmoun",
    ["محمد خالد الرحمون", "محمد الرحمون"],
    "SYR",
    [o(IM, "وزير الداخلية", "SYR", "2018-11", "2024-12-08")],
)
per(
    "Ali Mamlouk",
    ["علي مملوك"],
    "SYR",
    [
        o(INT, "مدير إدارة المخابرات العامة", "SYR", "2005", "2012-07"),
        o(INT, "رئيس مكتب الأمن الوطني", "SYR", "2012-07", "2024-07"),
    ],
)
per("Mohammed Dib Zaitoun", ["محمد ديب زيتون"], "SYR", [o(INT, "مدير إدارة المخابرات العامة", "SYR", "2012", "2019")])
per(
    "Hossam Louka",
    ["حسام لوقا"],
    "SYR",
    [o(INT, "مدير إدارة المخابرات العامة", "SYR", "2019", "2024-12-08")],
    aliases=["Husam Luqa"],
)
per(
    "Kifah Moulhem",
    ["كفاح ملحم"],
    "SYR",
    [
        o(OTHER, "رئيس شعبة المخابرات العسكرية", "SYR", "2019", "2024"),
        o(INT, "رئيس مكتب الأمن الوطني", "SYR", "2024-07", "2024-12-08"),
    ],
    sectors=["SPY"],
)
per(
    "Jamil Hassan",
    ["جميل حسن"],
    "SYR",
    [o(OTHER, "رئيس إدارة المخابرات الجوية", "SYR", "2009", "2019")],
    sectors=["SPY"],
)
per(
    "Mazloum Abdi",
    ["مظلوم عبدي", "مظلوم كوباني"],
    "SYR",
    [o(OTHER, "القائد العام لقوات سوريا الديمقراطية", "SYR", "2015", None, kb_orgs.SDF)],
    aliases=["Mazloum Kobani", "Ferhat Abdi Şahin"],
    sectors=["REB"],
)
per(
    "Ilham Ahmed",
    ["إلهام أحمد"],
    "SYR",
    [
        o(
            OTHER,
            "الرئيسة المشتركة لدائرة العلاقات الخارجية في الإدارة الذاتية",
            "SYR",
            None,
            None,
            oid("Autonomous Administration of North and East Syria"),
        )
    ],
    sectors=["REB"],
)
per(
    "Hadi al-Bahra",
    ["هادي البحرة"],
    "SYR",
    [
        o(OTHER, "رئيس الائتلاف الوطني السوري", "SYR", "2014", "2015", oid("Syrian National Coalition")),
        o(OTHER, "رئيس الائتلاف الوطني السوري", "SYR", "2023", None, oid("Syrian National Coalition")),
    ],
    sectors=["OPP"],
)
per(
    "Moaz al-Khatib",
    ["معاذ الخطيب", "أحمد معاذ الخطيب"],
    "SYR",
    [o(OTHER, "رئيس الائتلاف الوطني السوري", "SYR", "2012-11", "2013", oid("Syrian National Coalition"))],
    sectors=["OPP"],
)
per(
    "Abu Bakr al-Baghdadi",
    ["أبو بكر البغدادي", "البغدادي", "إبراهيم عواد البدري"],
    "IRQ",
    [o(OTHER, "زعيم تنظيم داعش", None, "2010", "2019-10-27", kb_orgs.IS)],
    sectors=["INS"],
    amb=["البغدادي"],
)
per(
    "Abu Ibrahim al-Hashimi al-Qurashi",
    ["أبو إبراهيم الهاشمي القرشي"],
    "IRQ",
    [o(OTHER, "زعيم تنظيم داعش", None, "2019-10", "2022-02-03", kb_orgs.IS)],
    sectors=["INS"],
)
per(
    "Abu Hafs al-Hashimi al-Qurashi",
    ["أبو حفص الهاشمي القرشي"],
    None,
    [o(OTHER, "زعيم تنظيم داعش", None, "2023-08", None, kb_orgs.IS)],
    sectors=["INS"],
)
per(
    "Abu Mohammad al-Adnani",
    ["أبو محمد العدناني", "العدناني"],
    "SYR",
    [o(OTHER, "المتحدث باسم تنظيم داعش", None, None, "2016-08-30", kb_orgs.IS)],
    sectors=["INS"],
)

# ============================================================ Iraq
per(
    "Jalal Talabani",
    ["جلال طالباني", "جلال الطالباني", "مام جلال"],
    "IRQ",
    [o(HOS, "رئيس الجمهورية", "IRQ", "2005-04-06", "2014-07-24")],
)
per("Fuad Masum", ["فؤاد معصوم"], "IRQ", [o(HOS, "رئيس الجمهورية", "IRQ", "2014-07-24", "2018-10-02")])
per("Barham Salih", ["برهم صالح"], "IRQ", [o(HOS, "رئيس الجمهورية", "IRQ", "2018-10-02", "2022-10-17")])
per(
    "Abdul Latif Rashid",
    ["عبد اللطيف رشيد", "عبد اللطيف جمال رشيد"],
    "IRQ",
    [o(HOS, "رئيس الجمهورية", "IRQ", "2022-10-17", None)],
)
per(
    "Nouri al-Maliki",
    ["نوري المالكي", "المالكي"],
    "IRQ",
    [o(HOG, "رئيس الوزراء", "IRQ", "2006-05-20", "2014-09-08")],
    amb=["المالكي"],
)
per("Haider al-Abadi", ["حيدر العبادي", "العبادي"], "IRQ", [o(HOG, "رئيس الوزراء", "IRQ", "2014-09-08", "2018-10-25")])
per("Adil Abdul-Mahdi", ["عادل عبد المهدي"], "IRQ", [o(HOG, "رئيس الوزراء", "IRQ", "2018-10-25", "2020-05-07")])
per(
    "Mustafa al-Kadhimi",
    ["مصطفى الكاظمي", "الكاظمي"],
    "IRQ",
    [
        o(INT, "رئيس جهاز المخابرات الوطني", "IRQ", "2016", "2020-05", kb_orgs.IRQ_INIS),
        o(HOG, "رئيس الوزراء", "IRQ", "2020-05-07", "2022-10-27"),
    ],
)
per(
    "Mohammed Shia al-Sudani",
    ["محمد شياع السوداني", "السوداني"],
    "IRQ",
    [o(HOG, "رئيس الوزراء", "IRQ", "2022-10-27", None)],
    amb=["السوداني"],
    note="السوداني alone is also 'Sudanese'",
)
per("Hoshyar Zebari", ["هوشيار زيباري"], "IRQ", [o(FM, "وزير الخارجية", "IRQ", "2003", "2014")])
per(
    "Ibrahim al-Jaafari",
    ["إبراهيم الجعفري"],
    "IRQ",
    [o(HOG, "رئيس الوزراء", "IRQ", "2005", "2006"), o(FM, "وزير الخارجية", "IRQ", "2014-09", "2018-10")],
)
per("Mohamed Ali Alhakim", ["محمد علي الحكيم"], "IRQ", [o(FM, "وزير الخارجية", "IRQ", "2018-10", "2020-05")])
per("Fuad Hussein", ["فؤاد حسين"], "IRQ", [o(FM, "وزير الخارجية", "IRQ", "2020-06", None)])
per("Khaled al-Obaidi", ["خالد العبيدي"], "IRQ", [o(DM, "وزير الدفاع", "IRQ", "2014-10", "2016-08")])
per("Erfan al-Hiyali", ["عرفان الحيالي"], "IRQ", [o(DM, "وزير الدفاع", "IRQ", "2017-01", "2018")])
per("Najah al-Shammari", ["نجاح الشمري"], "IRQ", [o(DM, "وزير الدفاع", "IRQ", "2019", "2020")])
per("Juma Inad", ["جمعة عناد", "جمعة عناد سعدون"], "IRQ", [o(DM, "وزير الدفاع", "IRQ", "2020", "2022")])
per(
    "Thabet al-Abbasi",
    ["ثابت العباسي", "ثابت محمد سعيد العباسي"],
    "IRQ",
    [o(DM, "وزير الدفاع", "IRQ", "2022-10", None)],
)
per(
    "Qasim al-Araji",
    ["قاسم الأعرجي"],
    "IRQ",
    [o(IM, "وزير الداخلية", "IRQ", "2017", "2018"), o(OTHER, "مستشار الأمن القومي", "IRQ", "2020", None)],
)
per("Othman al-Ghanmi", ["عثمان الغانمي"], "IRQ", [o(IM, "وزير الداخلية", "IRQ", "2020", "2022")])
per("Abdul Amir al-Shammari", ["عبد الأمير الشمري"], "IRQ", [o(IM, "وزير الداخلية", "IRQ", "2022-10", None)])
per(
    "Mohamed al-Halbousi",
    ["محمد الحلبوسي", "الحلبوسي"],
    "IRQ",
    [o(OTHER, "رئيس مجلس النواب", "IRQ", "2018", "2023-11")],
    sectors=["LEG"],
)
per(
    "Mahmoud al-Mashhadani",
    ["محمود المشهداني"],
    "IRQ",
    [o(OTHER, "رئيس مجلس النواب", "IRQ", "2006", "2009"), o(OTHER, "رئيس مجلس النواب", "IRQ", "2024-10", None)],
    sectors=["LEG"],
)
per(
    "Falih al-Fayyadh",
    ["فالح الفياض"],
    "IRQ",
    [
        o(OTHER, "مستشار الأمن الوطني", "IRQ", "2011", "2020"),
        o(OTHER, "رئيس هيئة الحشد الشعبي", "IRQ", "2014", None, kb_orgs.PMF),
    ],
    sectors=["GOV", "MIL"],
)
per(
    "Abu Mahdi al-Muhandis",
    ["أبو مهدي المهندس", "جمال جعفر آل إبراهيم"],
    "IRQ",
    [o(OTHER, "نائب رئيس هيئة الحشد الشعبي", "IRQ", "2014", "2020-01-03", kb_orgs.PMF)],
    sectors=["MIL"],
)
per(
    "Muqtada al-Sadr",
    ["مقتدى الصدر", "السيد مقتدى الصدر", "الصدر"],
    "IRQ",
    [o(OTHER, "زعيم التيار الصدري", "IRQ", None, None, oid("Sadrist Movement"))],
    sectors=["PTY", "REL"],
    amb=["الصدر"],
)
per("Ammar al-Hakim", ["عمار الحكيم"], "IRQ", [], sectors=["PTY", "REL"])
per(
    "Hadi al-Amiri",
    ["هادي العامري"],
    "IRQ",
    [o(OTHER, "الأمين العام لمنظمة بدر", "IRQ", None, None, oid("Badr Organization"))],
    sectors=["PTY", "MIL"],
)
per(
    "Qais al-Khazali",
    ["قيس الخزعلي"],
    "IRQ",
    [o(OTHER, "الأمين العام لعصائب أهل الحق", "IRQ", None, None, oid("Asa'ib Ahl al-Haq"))],
    sectors=["PTY", "INS"],
)
per(
    "Ali al-Sistani",
    ["علي السيستاني", "السيد علي السيستاني", "المرجع السيستاني", "السيستاني"],
    "IRQ",
    [],
    sectors=["REL"],
)
per(
    "Masoud Barzani",
    ["مسعود بارزاني", "مسعود البارزاني"],
    "IRQ",
    [
        o(OTHER, "رئيس إقليم كردستان", "IRQ", "2005", "2017-11"),
        o(OTHER, "رئيس الحزب الديمقراطي الكردستاني", "IRQ", "1979", None, oid("Kurdistan Democratic Party")),
    ],
    sectors=["GOV", "PTY"],
)
per(
    "Nechirvan Barzani",
    ["نيجيرفان بارزاني", "نيجيرفان البارزاني"],
    "IRQ",
    [
        o(OTHER, "رئيس حكومة إقليم كردستان", "IRQ", "2012", "2019-06", oid("Kurdistan Regional Government")),
        o(OTHER, "رئيس إقليم كردستان", "IRQ", "2019-06", None),
    ],
    sectors=["GOV"],
)
per(
    "Masrour Barzani",
    ["مسرور بارزاني", "مسرور البارزاني"],
    "IRQ",
    [o(OTHER, "رئيس حكومة إقليم كردستان", "IRQ", "2019-07", None, oid("Kurdistan Regional Government"))],
    sectors=["GOV"],
)
per(
    "Bafel Talabani",
    ["بافل طالباني", "بافل الطالباني"],
    "IRQ",
    [o(OTHER, "رئيس الاتحاد الوطني الكردستاني", "IRQ", "2020", None, oid("Patriotic Union of Kurdistan"))],
    sectors=["PTY"],
)

# ============================================================ Lebanon
per(
    "Michel Suleiman",
    ["ميشال سليمان", "ميشيل سليمان"],
    "LBN",
    [o(HOS, "رئيس الجمهورية", "LBN", "2008-05-25", "2014-05-25")],
)
per(
    "Michel Aoun",
    ["ميشال عون", "ميشيل عون", "الرئيس ميشال عون"],
    "LBN",
    [o(HOS, "رئيس الجمهورية", "LBN", "2016-10-31", "2022-10-30")],
    amb=["عون"],
)
per(
    "Joseph Aoun",
    ["جوزاف عون", "جوزيف عون", "العماد جوزاف عون", "الرئيس جوزاف عون", "عون"],
    "LBN",
    [
        o(OTHER, "قائد الجيش", "LBN", "2017-03", "2025-01-09", oid("Lebanese Armed Forces")),
        o(HOS, "رئيس الجمهورية", "LBN", "2025-01-09", None),
    ],
    amb=["عون"],
    note="عون alone is also 'aid'",
)
per(
    "Saad Hariri",
    ["سعد الحريري", "سعد الدين الحريري", "الحريري"],
    "LBN",
    [
        o(HOG, "رئيس مجلس الوزراء", "LBN", "2009-11", "2011-06"),
        o(HOG, "رئيس مجلس الوزراء", "LBN", "2016-12", "2020-01"),
    ],
    amb=["الحريري"],
)
per(
    "Najib Mikati",
    ["نجيب ميقاتي", "ميقاتي"],
    "LBN",
    [
        o(HOG, "رئيس مجلس الوزراء", "LBN", "2011-06", "2014-02"),
        o(HOG, "رئيس مجلس الوزراء", "LBN", "2021-09-10", "2025-02-08"),
    ],
)
per("Tammam Salam", ["تمام سلام"], "LBN", [o(HOG, "رئيس مجلس الوزراء", "LBN", "2014-02", "2016-12")])
per("Hassan Diab", ["حسان دياب"], "LBN", [o(HOG, "رئيس مجلس الوزراء", "LBN", "2020-01", "2021-09-10")])
per(
    "Nawaf Salam",
    ["نواف سلام", "القاضي نواف سلام", "سلام"],
    "LBN",
    [
        o(OTHER, "رئيس محكمة العدل الدولية", None, "2024-02", "2025-01", oid("International Court of Justice")),
        o(HOG, "رئيس مجلس الوزراء", "LBN", "2025-02-08", None),
    ],
    amb=["سلام"],
    note="سلام alone is also 'peace'",
)
per(
    "Gebran Bassil",
    ["جبران باسيل", "باسيل"],
    "LBN",
    [
        o(FM, "وزير الخارجية والمغتربين", "LBN", "2014-02", "2020-01"),
        o(OTHER, "رئيس التيار الوطني الحر", "LBN", "2015", None, oid("Free Patriotic Movement")),
    ],
)
per("Adnan Mansour", ["عدنان منصور"], "LBN", [o(FM, "وزير الخارجية والمغتربين", "LBN", "2011", "2014-02")])
per("Nassif Hitti", ["ناصيف حتي"], "LBN", [o(FM, "وزير الخارجية والمغتربين", "LBN", "2020-01", "2020-08")])
per("Charbel Wehbe", ["شربل وهبة"], "LBN", [o(FM, "وزير الخارجية والمغتربين", "LBN", "2020-08", "2021-05")])
per(
    "Abdallah Bou Habib",
    ["عبد الله بو حبيب"],
    "LBN",
    [o(FM, "وزير الخارجية والمغتربين", "LBN", "2021-09", "2025-02-08")],
)
per(
    "Youssef Rajji",
    ["يوسف رجي"],
    "LBN",
    [o(FM, "وزير الخارجية والمغتربين", "LBN", "2025-02-08", None)],
    aliases=["Youssef Raggi"],
)
per("Zeina Akar", ["زينة عكر"], "LBN", [o(DM, "وزيرة الدفاع", "LBN", "2020-01", "2021-09")])
per("Maurice Slim", ["موريس سليم"], "LBN", [o(DM, "وزير الدفاع", "LBN", "2021-09", "2025-02-08")])
per("Michel Menassa", ["ميشال منسى"], "LBN", [o(DM, "وزير الدفاع", "LBN", "2025-02-08", None)])
per("Nouhad Machnouk", ["نهاد المشنوق"], "LBN", [o(IM, "وزير الداخلية والبلديات", "LBN", "2014-02", "2019-01")])
per("Raya El Hassan", ["ريا الحسن"], "LBN", [o(IM, "وزيرة الداخلية والبلديات", "LBN", "2019-01", "2020-01")])
per("Mohammad Fahmi", ["محمد فهمي"], "LBN", [o(IM, "وزير الداخلية والبلديات", "LBN", "2020-01", "2021-09")])
per("Bassam Mawlawi", ["بسام مولوي"], "LBN", [o(IM, "وزير الداخلية والبلديات", "LBN", "2021-09", "2025-02-08")])
per("Ahmad al-Hajjar", ["أحمد الحجار"], "LBN", [o(IM, "وزير الداخلية والبلديات", "LBN", "2025-02-08", None)])
per(
    "Nabih Berri",
    ["نبيه بري", "الرئيس نبيه بري", "بري"],
    "LBN",
    [
        o(OTHER, "رئيس مجلس النواب", "LBN", "1992", None),
        o(OTHER, "رئيس حركة أمل", "LBN", "1980", None, oid("Amal Movement")),
    ],
    sectors=["LEG", "PTY"],
    amb=["بري"],
)
per(
    "Abbas Ibrahim",
    ["عباس إبراهيم", "اللواء عباس إبراهيم"],
    "LBN",
    [o(INT, "المدير العام للأمن العام", "LBN", "2011", "2023-03", kb_orgs.LBN_GS)],
)
per(
    "Rodolphe Haykal",
    ["رودولف هيكل"],
    "LBN",
    [o(OTHER, "قائد الجيش", "LBN", "2025-03", None, oid("Lebanese Armed Forces"))],
    sectors=["MIL"],
)
per(
    "Samir Geagea",
    ["سمير جعجع", "جعجع"],
    "LBN",
    [o(OTHER, "رئيس حزب القوات اللبنانية", "LBN", None, None, oid("Lebanese Forces"))],
    sectors=["PTY"],
)
per(
    "Hassan Nasrallah",
    ["حسن نصر الله", "السيد حسن نصر الله", "نصر الله"],
    "LBN",
    [o(OTHER, "الأمين العام لحزب الله", "LBN", "1992", "2024-09-27", kb_orgs.HEZ)],
    sectors=["PTY", "REB"],
)
per(
    "Naim Qassem",
    ["نعيم قاسم", "الشيخ نعيم قاسم"],
    "LBN",
    [o(OTHER, "الأمين العام لحزب الله", "LBN", "2024-10-29", None, kb_orgs.HEZ)],
    sectors=["PTY", "REB"],
)
per(
    "Hashem Safieddine",
    ["هاشم صفي الدين"],
    "LBN",
    [o(OTHER, "رئيس المجلس التنفيذي لحزب الله", "LBN", None, "2024-10", kb_orgs.HEZ)],
    sectors=["PTY", "REB"],
)

# ============================================================ Jordan
per(
    "Abdullah II of Jordan",
    ["الملك عبد الله الثاني", "عبد الله الثاني", "الملك عبد الله الثاني بن الحسين", "العاهل الأردني"],
    "JOR",
    [o(HOS, "الملك", "JOR", "1999-02-07", None)],
    aliases=["King Abdullah II"],
)
per(
    "Crown Prince Hussein of Jordan",
    ["الأمير الحسين بن عبد الله الثاني", "ولي العهد الأردني", "الأمير الحسين بن عبد الله"],
    "JOR",
    [o(OTHER, "ولي العهد", "JOR", "2009-07-02", None)],
    slug="hussein-bin-abdullah",
)
per("Awn Khasawneh", ["عون الخصاونة"], "JOR", [o(HOG, "رئيس الوزراء", "JOR", "2011-10", "2012-04")])
per("Abdullah Ensour", ["عبد الله النسور"], "JOR", [o(HOG, "رئيس الوزراء", "JOR", "2012-10", "2016-06")])
per("Hani Mulki", ["هاني الملقي"], "JOR", [o(HOG, "رئيس الوزراء", "JOR", "2016-06", "2018-06")])
per("Omar Razzaz", ["عمر الرزاز"], "JOR", [o(HOG, "رئيس الوزراء", "JOR", "2018-06", "2020-10")])
per("Bisher Al-Khasawneh", ["بشر الخصاونة"], "JOR", [o(HOG, "رئيس الوزراء", "JOR", "2020-10", "2024-09")])
per("Jafar Hassan", ["جعفر حسان"], "JOR", [o(HOG, "رئيس الوزراء", "JOR", "2024-09", None)])
per("Nasser Judeh", ["ناصر جودة"], "JOR", [o(FM, "وزير الخارجية", "JOR", "2009", "2017-01")])
per("Ayman Safadi", ["أيمن الصفدي", "الصفدي"], "JOR", [o(FM, "وزير الخارجية وشؤون المغتربين", "JOR", "2017-01", None)])
per("Mazen al-Faraya", ["مازن الفراية", "مازن عبد الله الفراية"], "JOR", [o(IM, "وزير الداخلية", "JOR", "2022", None)])
per(
    "Faisal al-Shoubaki",
    ["فيصل الشوبكي"],
    "JOR",
    [o(INT, "مدير دائرة المخابرات العامة", "JOR", "2011", "2017", kb_orgs.JOR_GID)],
)
per(
    "Ahmed Husni",
    ["أحمد حسني", "اللواء أحمد حسني"],
    "JOR",
    [o(INT, "مدير دائرة المخابرات العامة", "JOR", "2019-05", None, kb_orgs.JOR_GID)],
)

# ============================================================ Palestine
per(
    "Mahmoud Abbas",
    ["محمود عباس", "أبو مازن", "الرئيس محمود عباس", "الرئيس الفلسطيني محمود عباس"],
    "PSE",
    [
        o(HOS, "رئيس دولة فلسطين", "PSE", "2005-01-15", None, kb_orgs.PA),
        o(
            OTHER,
            "رئيس اللجنة التنفيذية لمنظمة التحرير الفلسطينية",
            "PSE",
            "2004",
            None,
            oid("Palestine Liberation Organization"),
        ),
    ],
    aliases=["Abu Mazen"],
    amb=["عباس"],
)
per("Salam Fayyad", ["سلام فياض"], "PSE", [o(HOG, "رئيس الوزراء", "PSE", "2007-06", "2013-06")])
per("Rami Hamdallah", ["رامي الحمد الله"], "PSE", [o(HOG, "رئيس الوزراء", "PSE", "2013-06", "2019-04")])
per(
    "Mohammad Shtayyeh",
    ["محمد اشتية", "محمد اشتيه"],
    "PSE",
    [o(HOG, "رئيس الوزراء", "PSE", "2019-04-14", "2024-03-31")],
)
per(
    "Mohammad Mustafa",
    ["محمد مصطفى"],
    "PSE",
    [o(HOG, "رئيس الوزراء", "PSE", "2024-03-31", None), o(FM, "وزير الخارجية والمغتربين", "PSE", "2024-03-31", "2025")],
    amb=["محمد مصطفى"],
)
per("Riyad al-Maliki", ["رياض المالكي"], "PSE", [o(FM, "وزير الخارجية والمغتربين", "PSE", "2007", "2024-03-31")])
per(
    "Varsen Aghabekian",
    ["فارسين أغابكيان شاهين", "فارسين أغابكيان"],
    "PSE",
    [o(FM, "وزيرة الخارجية والمغتربين", "PSE", "2025", None)],
    aliases=["Varsen Aghabekian Shahin"],
)
per(
    "Hussein al-Sheikh",
    ["حسين الشيخ"],
    "PSE",
    [
        o(
            OTHER,
            "أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية",
            "PSE",
            "2022",
            None,
            oid("Palestine Liberation Organization"),
        ),
        o(OTHER, "نائب رئيس دولة فلسطين", "PSE", "2025-04", None),
    ],
)
per(
    "Majed Faraj",
    ["ماجد فرج", "اللواء ماجد فرج"],
    "PSE",
    [o(INT, "رئيس جهاز المخابرات العامة", "PSE", "2009", None, kb_orgs.PSE_GIS)],
)
per("Jibril Rajoub", ["جبريل الرجوب"], "PSE", [], sectors=["PTY"])
per("Marwan Barghouti", ["مروان البرغوثي"], "PSE", [], sectors=["PTY"])
per(
    "Ismail Haniyeh",
    ["إسماعيل هنية", "هنية"],
    "PSE",
    [
        o(HOG, "رئيس الوزراء", "PSE", "2006-03", "2007-06"),
        o(OTHER, "رئيس المكتب السياسي لحركة حماس", "PSE", "2017-05", "2024-07-31", kb_orgs.HAMAS),
    ],
    sectors=["PTY", "INS"],
)
per(
    "Yahya Sinwar",
    ["يحيى السنوار", "السنوار"],
    "PSE",
    [
        o(OTHER, "قائد حركة حماس في غزة", "PSE", "2017", "2024-10-16", kb_orgs.HAMAS),
        o(OTHER, "رئيس المكتب السياسي لحركة حماس", "PSE", "2024-08-06", "2024-10-16", kb_orgs.HAMAS),
    ],
    sectors=["PTY", "INS"],
)
per(
    "Mohammed Sinwar",
    ["محمد السنوار"],
    "PSE",
    [o(OTHER, "قائد كتائب القسام", "PSE", "2024", "2025-05", oid("Izz ad-Din al-Qassam Brigades"))],
    sectors=["INS"],
)
per(
    "Khaled Mashal",
    ["خالد مشعل", "مشعل"],
    "PSE",
    [o(OTHER, "رئيس المكتب السياسي لحركة حماس", "PSE", "1996", "2017-05", kb_orgs.HAMAS)],
    sectors=["PTY", "INS"],
    aliases=["Khaled Meshaal"],
)
per(
    "Khalil al-Hayya",
    ["خليل الحية"],
    "PSE",
    [o(OTHER, "رئيس حركة حماس في غزة", "PSE", "2024", None, kb_orgs.HAMAS)],
    sectors=["PTY", "INS"],
)
per("Mousa Abu Marzouk", ["موسى أبو مرزوق"], "PSE", [], sectors=["PTY", "INS"])
per(
    "Saleh al-Arouri",
    ["صالح العاروري"],
    "PSE",
    [o(OTHER, "نائب رئيس المكتب السياسي لحركة حماس", "PSE", "2017", "2024-01-02", kb_orgs.HAMAS)],
    sectors=["PTY", "INS"],
)
per(
    "Mohammed Deif",
    ["محمد الضيف", "الضيف"],
    "PSE",
    [o(OTHER, "القائد العام لكتائب القسام", "PSE", "2002", "2024-07", oid("Izz ad-Din al-Qassam Brigades"))],
    sectors=["INS"],
    amb=["الضيف"],
)
per(
    "Abu Obaida",
    ["أبو عبيدة", "الناطق باسم كتائب القسام"],
    "PSE",
    [o(OTHER, "الناطق العسكري باسم كتائب القسام", "PSE", None, None, oid("Izz ad-Din al-Qassam Brigades"))],
    sectors=["INS"],
    amb=["أبو عبيدة"],
)
per(
    "Ziyad al-Nakhalah",
    ["زياد النخالة"],
    "PSE",
    [o(OTHER, "الأمين العام لحركة الجهاد الإسلامي", "PSE", "2018", None, kb_orgs.PIJ)],
    sectors=["INS"],
)

# ============================================================ Israel
per(
    "Benjamin Netanyahu",
    ["بنيامين نتنياهو", "نتنياهو", "بنيامين نتانياهو", "نتانياهو"],
    "ISR",
    [
        o(HOG, "رئيس الوزراء", "ISR", "1996", "1999"),
        o(HOG, "رئيس الوزراء", "ISR", "2009-03-31", "2021-06-13"),
        o(FM, "وزير الخارجية", "ISR", "2015", "2019-02"),
        o(DM, "وزير الدفاع", "ISR", "2018-11", "2019-11"),
        o(HOG, "رئيس الوزراء", "ISR", "2022-12-29", None),
    ],
    qid="Q43723",
    aliases=["Bibi"],
)
per("Shimon Peres", ["شمعون بيريز", "بيريز"], "ISR", [o(HOS, "الرئيس", "ISR", "2007-07-15", "2014-07-24")])
per("Reuven Rivlin", ["رؤوفين ريفلين", "ريفلين"], "ISR", [o(HOS, "الرئيس", "ISR", "2014-07-24", "2021-07-07")])
per("Isaac Herzog", ["إسحاق هرتسوغ", "يتسحاق هرتسوغ", "هرتسوغ"], "ISR", [o(HOS, "الرئيس", "ISR", "2021-07-07", None)])
per(
    "Naftali Bennett",
    ["نفتالي بينيت", "نفتالي بينت", "بينيت"],
    "ISR",
    [o(DM, "وزير الدفاع", "ISR", "2019-11", "2020-05"), o(HOG, "رئيس الوزراء", "ISR", "2021-06-13", "2022-06-30")],
)
per(
    "Yair Lapid",
    ["يائير لابيد", "لابيد"],
    "ISR",
    [
        o(FM, "وزير الخارجية", "ISR", "2021-06-13", "2022-12-29"),
        o(HOG, "رئيس الوزراء", "ISR", "2022-07-01", "2022-12-29"),
    ],
)
per("Ehud Barak", ["إيهود باراك"], "ISR", [o(DM, "وزير الدفاع", "ISR", "2007-06", "2013-03")])
per(
    "Moshe Ya'alon",
    ["موشيه يعالون", "موشي يعلون"],
    "ISR",
    [o(DM, "وزير الدفاع", "ISR", "2013-03", "2016-05")],
    slug="moshe-yaalon",
)
per(
    "Avigdor Lieberman",
    ["أفيغدور ليبرمان", "أفيجدور ليبرمان", "ليبرمان"],
    "ISR",
    [
        o(FM, "وزير الخارجية", "ISR", "2009-03", "2012-12"),
        o(FM, "وزير الخارجية", "ISR", "2013-11", "2015-05"),
        o(DM, "وزير الدفاع", "ISR", "2016-05", "2018-11"),
    ],
)
per(
    "Benny Gantz",
    ["بيني غانتس", "غانتس"],
    "ISR",
    [
        o(OTHER, "رئيس هيئة الأركان العامة", "ISR", "2011", "2015", oid("Israel Defense Forces")),
        o(DM, "وزير الدفاع", "ISR", "2020-05-17", "2022-12-29"),
    ],
)
per(
    "Yoav Gallant",
    ["يوآف غالانت", "يوآف جالانت", "غالانت"],
    "ISR",
    [o(DM, "وزير الدفاع", "ISR", "2022-12-29", "2024-11-05")],
)
per(
    "Israel Katz",
    ["يسرائيل كاتس", "إسرائيل كاتس", "كاتس"],
    "ISR",
    [
        o(FM, "وزير الخارجية", "ISR", "2019-02", "2020-05"),
        o(FM, "وزير الخارجية", "ISR", "2024-01", "2024-11-05"),
        o(DM, "وزير الدفاع", "ISR", "2024-11-05", None),
    ],
)
per("Gabi Ashkenazi", ["غابي أشكنازي", "أشكنازي"], "ISR", [o(FM, "وزير الخارجية", "ISR", "2020-05", "2021-06")])
per(
    "Eli Cohen",
    ["إيلي كوهين"],
    "ISR",
    [o(FM, "وزير الخارجية", "ISR", "2023-01", "2024-01")],
    amb=["إيلي كوهين"],
    note="the Israeli politician born 1972, not the 1960s spy",
)
per(
    "Gideon Sa'ar",
    ["جدعون ساعر", "ساعر"],
    "ISR",
    [o(FM, "وزير الخارجية", "ISR", "2024-11-05", None)],
    slug="gideon-saar",
)
per("Aryeh Deri", ["أرييه درعي", "آريه درعي"], "ISR", [o(IM, "وزير الداخلية", "ISR", "2016", "2021")])
per(
    "Itamar Ben-Gvir",
    ["إيتمار بن غفير", "بن غفير"],
    "ISR",
    [
        o(OTHER, "وزير الأمن القومي", "ISR", "2022-12-29", "2025-01-19"),
        o(OTHER, "وزير الأمن القومي", "ISR", "2025-03", None),
    ],
    sectors=["GOV", "COP"],
)
per("Bezalel Smotrich", ["بتسلئيل سموتريتش", "سموتريتش"], "ISR", [o(OTHER, "وزير المالية", "ISR", "2022-12-29", None)])
per("Tamir Pardo", ["تامير باردو"], "ISR", [o(INT, "رئيس الموساد", "ISR", "2011-01", "2016-01", oid("Mossad"))])
per("Yossi Cohen", ["يوسي كوهين"], "ISR", [o(INT, "رئيس الموساد", "ISR", "2016-01", "2021-06", oid("Mossad"))])
per(
    "David Barnea",
    ["ديفيد برنياع", "دافيد برنياع", "برنياع"],
    "ISR",
    [o(INT, "رئيس الموساد", "ISR", "2021-06", None, oid("Mossad"))],
)
per("Nadav Argaman", ["نداف أرغمان"], "ISR", [o(INT, "رئيس الشاباك", "ISR", "2016-05", "2021-10", oid("Shin Bet"))])
per("Ronen Bar", ["رونين بار"], "ISR", [o(INT, "رئيس الشاباك", "ISR", "2021-10", "2025-06", oid("Shin Bet"))])
per("David Zini", ["ديفيد زيني", "دافيد زيني"], "ISR", [o(INT, "رئيس الشاباك", "ISR", "2025", None, oid("Shin Bet"))])
per(
    "Gadi Eisenkot",
    ["غادي آيزنكوت", "غادي أيزنكوت"],
    "ISR",
    [o(OTHER, "رئيس هيئة الأركان العامة", "ISR", "2015", "2019", oid("Israel Defense Forces"))],
    sectors=["MIL"],
)
per(
    "Aviv Kochavi",
    ["أفيف كوخافي"],
    "ISR",
    [o(OTHER, "رئيس هيئة الأركان العامة", "ISR", "2019-01", "2023-01", oid("Israel Defense Forces"))],
    sectors=["MIL"],
)
per(
    "Herzi Halevi",
    ["هرتسي هاليفي", "هرتسل هاليفي"],
    "ISR",
    [o(OTHER, "رئيس هيئة الأركان العامة", "ISR", "2023-01", "2025-03", oid("Israel Defense Forces"))],
    sectors=["MIL"],
)
per(
    "Eyal Zamir",
    ["إيال زامير"],
    "ISR",
    [o(OTHER, "رئيس هيئة الأركان العامة", "ISR", "2025-03", None, oid("Israel Defense Forces"))],
    sectors=["MIL"],
)
per(
    "Avichay Adraee",
    ["أفيخاي أدرعي", "أدرعي"],
    "ISR",
    [o(OTHER, "المتحدث باسم الجيش الإسرائيلي للإعلام العربي", "ISR", None, None, oid("Israel Defense Forces"))],
    sectors=["MIL"],
)

# ============================================================ Saudi Arabia
per(
    "King Abdullah of Saudi Arabia",
    ["الملك عبد الله بن عبد العزيز", "عبد الله بن عبد العزيز", "الملك عبد الله بن عبد العزيز آل سعود"],
    "SAU",
    [
        o(HOS, "الملك", "SAU", "2005-08-01", "2015-01-23"),
        o(HOG, "رئيس مجلس الوزراء", "SAU", "2005-08-01", "2015-01-23"),
    ],
    slug="abdullah-bin-abdulaziz",
)
per(
    "King Salman of Saudi Arabia",
    [
        "الملك سلمان بن عبد العزيز",
        "سلمان بن عبد العزيز",
        "الملك سلمان",
        "خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود",
    ],
    "SAU",
    [
        o(DM, "وزير الدفاع", "SAU", "2011-11", "2015-01-23"),
        o(OTHER, "ولي العهد", "SAU", "2012-06", "2015-01-23"),
        o(HOS, "الملك", "SAU", "2015-01-23", None),
        o(HOG, "رئيس مجلس الوزراء", "SAU", "2015-01-23", "2022-09-27"),
    ],
    slug="salman-bin-abdulaziz",
)
per(
    "Mohammed bin Salman",
    ["محمد بن سلمان", "الأمير محمد بن سلمان", "ولي العهد السعودي الأمير محمد بن سلمان", "محمد بن سلمان بن عبد العزيز"],
    "SAU",
    [
        o(DM, "وزير الدفاع", "SAU", "2015-01-23", "2022-09-27"),
        o(OTHER, "ولي العهد", "SAU", "2017-06-21", None),
        o(HOG, "رئيس مجلس الوزراء", "SAU", "2022-09-27", None),
    ],
    aliases=["MBS"],
)
per(
    "Khalid bin Salman",
    ["خالد بن سلمان", "الأمير خالد بن سلمان"],
    "SAU",
    [o(DM, "وزير الدفاع", "SAU", "2022-09-27", None)],
)
per(
    "Muhammad bin Nayef",
    ["محمد بن نايف", "الأمير محمد بن نايف"],
    "SAU",
    [
        o(IM, "وزير الداخلية", "SAU", "2012-11-05", "2017-06-21"),
        o(OTHER, "ولي العهد", "SAU", "2015-04-29", "2017-06-21"),
    ],
)
per(
    "Nayef bin Abdulaziz",
    ["نايف بن عبد العزيز", "الأمير نايف بن عبد العزيز"],
    "SAU",
    [o(IM, "وزير الداخلية", "SAU", "1975", "2012-06-16")],
)
per(
    "Ahmed bin Abdulaziz",
    ["أحمد بن عبد العزيز", "الأمير أحمد بن عبد العزيز"],
    "SAU",
    [o(IM, "وزير الداخلية", "SAU", "2012-06", "2012-11-05")],
)
per(
    "Abdulaziz bin Saud bin Nayef",
    ["عبد العزيز بن سعود بن نايف", "الأمير عبد العزيز بن سعود بن نايف", "عبد العزيز بن سعود"],
    "SAU",
    [o(IM, "وزير الداخلية", "SAU", "2017-06-21", None)],
)
per(
    "Saud al-Faisal",
    ["سعود الفيصل", "الأمير سعود الفيصل"],
    "SAU",
    [o(FM, "وزير الخارجية", "SAU", "1975", "2015-04-29")],
)
per(
    "Adel al-Jubeir",
    ["عادل الجبير", "الجبير"],
    "SAU",
    [
        o(FM, "وزير الخارجية", "SAU", "2015-04-29", "2018-12-27"),
        o(OTHER, "وزير الدولة للشؤون الخارجية", "SAU", "2018-12-27", None),
    ],
)
per(
    "Ibrahim Abdulaziz Al-Assaf",
    ["إبراهيم العساف", "إبراهيم بن عبد العزيز العساف"],
    "SAU",
    [o(FM, "وزير الخارجية", "SAU", "2018-12-27", "2019-10-23")],
)
per(
    "Faisal bin Farhan",
    ["فيصل بن فرحان", "الأمير فيصل بن فرحان", "فيصل بن فرحان آل سعود"],
    "SAU",
    [o(FM, "وزير الخارجية", "SAU", "2019-10-23", None)],
)
per(
    "Muqrin bin Abdulaziz",
    ["مقرن بن عبد العزيز", "الأمير مقرن بن عبد العزيز"],
    "SAU",
    [
        o(INT, "رئيس الاستخبارات العامة", "SAU", "2005", "2012-07", kb_orgs.SAU_GIP),
        o(OTHER, "ولي العهد", "SAU", "2015-01-23", "2015-04-29"),
    ],
)
per(
    "Bandar bin Sultan",
    ["بندر بن سلطان", "الأمير بندر بن سلطان"],
    "SAU",
    [o(INT, "رئيس الاستخبارات العامة", "SAU", "2012-07", "2014-04", kb_orgs.SAU_GIP)],
)
per(
    "Khalid bin Ali Al Humaidan",
    ["خالد الحميدان", "خالد بن علي الحميدان"],
    "SAU",
    [o(INT, "رئيس الاستخبارات العامة", "SAU", "2015-01", None, kb_orgs.SAU_GIP)],
    slug="khalid-al-humaidan",
)

# ============================================================ United Arab Emirates
per(
    "Khalifa bin Zayed Al Nahyan",
    ["خليفة بن زايد آل نهيان", "الشيخ خليفة بن زايد", "خليفة بن زايد"],
    "ARE",
    [o(HOS, "رئيس الدولة", "ARE", "2004-11-03", "2022-05-13")],
)
per(
    "Mohamed bin Zayed Al Nahyan",
    ["محمد بن زايد آل نهيان", "الشيخ محمد بن زايد", "محمد بن زايد"],
    "ARE",
    [o(OTHER, "ولي عهد أبوظبي", "ARE", "2004-11", "2022-05-14"), o(HOS, "رئيس الدولة", "ARE", "2022-05-14", None)],
    aliases=["MBZ"],
)
per(
    "Mohammed bin Rashid Al Maktoum",
    ["محمد بن راشد آل مكتوم", "الشيخ محمد بن راشد", "محمد بن راشد"],
    "ARE",
    [
        o(HOG, "نائب رئيس الدولة رئيس مجلس الوزراء", "ARE", "2006-01", None),
        o(DM, "وزير الدفاع", "ARE", "1971", "2024-07"),
    ],
    aliases=["MBR"],
)
per(
    "Hamdan bin Mohammed Al Maktoum",
    ["حمدان بن محمد بن راشد آل مكتوم", "الشيخ حمدان بن محمد", "حمدان بن محمد"],
    "ARE",
    [o(OTHER, "ولي عهد دبي", "ARE", "2008", None), o(DM, "وزير الدفاع", "ARE", "2024-07", None)],
)
per(
    "Abdullah bin Zayed Al Nahyan",
    ["عبد الله بن زايد آل نهيان", "الشيخ عبد الله بن زايد", "عبد الله بن زايد"],
    "ARE",
    [o(FM, "وزير الخارجية", "ARE", "2006-02", None)],
)
per(
    "Saif bin Zayed Al Nahyan",
    ["سيف بن زايد آل نهيان", "الشيخ سيف بن زايد", "سيف بن زايد"],
    "ARE",
    [o(IM, "وزير الداخلية", "ARE", "2004", None)],
)
per(
    "Tahnoun bin Zayed Al Nahyan",
    ["طحنون بن زايد آل نهيان", "الشيخ طحنون بن زايد", "طحنون بن زايد"],
    "ARE",
    [o(OTHER, "مستشار الأمن الوطني", "ARE", "2016", None)],
    sectors=["GOV", "SPY"],
)
per(
    "Anwar Gargash",
    ["أنور قرقاش", "قرقاش"],
    "ARE",
    [
        o(OTHER, "وزير الدولة للشؤون الخارجية", "ARE", "2008", "2021-02"),
        o(OTHER, "المستشار الدبلوماسي لرئيس الدولة", "ARE", "2021", None),
    ],
)

# ============================================================ Qatar
per(
    "Hamad bin Khalifa Al Thani",
    ["حمد بن خليفة آل ثاني", "الشيخ حمد بن خليفة", "حمد بن خليفة", "الأمير الوالد"],
    "QAT",
    [o(HOS, "أمير دولة قطر", "QAT", "1995-06-27", "2013-06-25")],
)
per(
    "Tamim bin Hamad Al Thani",
    ["تميم بن حمد آل ثاني", "الشيخ تميم بن حمد", "تميم بن حمد", "أمير قطر"],
    "QAT",
    [o(HOS, "أمير دولة قطر", "QAT", "2013-06-25", None)],
)
per(
    "Hamad bin Jassim bin Jaber Al Thani",
    ["حمد بن جاسم بن جبر آل ثاني", "حمد بن جاسم", "الشيخ حمد بن جاسم"],
    "QAT",
    [o(FM, "وزير الخارجية", "QAT", "1992", "2013-06-26"), o(HOG, "رئيس مجلس الوزراء", "QAT", "2007-04", "2013-06-26")],
)
per(
    "Abdullah bin Nasser bin Khalifa Al Thani",
    ["عبد الله بن ناصر بن خليفة آل ثاني", "عبد الله بن ناصر", "الشيخ عبد الله بن ناصر"],
    "QAT",
    [
        o(HOG, "رئيس مجلس الوزراء", "QAT", "2013-06-26", "2020-01-28"),
        o(IM, "وزير الداخلية", "QAT", "2013-06-26", "2020-01-28"),
    ],
)
per(
    "Khalid bin Khalifa bin Abdulaziz Al Thani",
    ["خالد بن خليفة بن عبد العزيز آل ثاني", "خالد بن خليفة", "الشيخ خالد بن خليفة"],
    "QAT",
    [
        o(HOG, "رئيس مجلس الوزراء", "QAT", "2020-01-28", "2023-03-07"),
        o(IM, "وزير الداخلية", "QAT", "2020-01-28", "2023-03-07"),
    ],
)
per(
    "Mohammed bin Abdulrahman Al Thani",
    ["محمد بن عبد الرحمن آل ثاني", "الشيخ محمد بن عبد الرحمن آل ثاني", "محمد بن عبد الرحمن"],
    "QAT",
    [o(FM, "وزير الخارجية", "QAT", "2016-01-27", None), o(HOG, "رئيس مجلس الوزراء", "QAT", "2023-03-07", None)],
)
per(
    "Khalid bin Mohammad Al Attiyah",
    ["خالد بن محمد العطية", "خالد العطية"],
    "QAT",
    [
        o(FM, "وزير الخارجية", "QAT", "2013-06-26", "2016-01-27"),
        o(DM, "وزير الدولة لشؤون الدفاع", "QAT", "2016-01-27", "2024"),
    ],
)
per(
    "Khalifa bin Hamad bin Khalifa Al Thani",
    ["خليفة بن حمد بن خليفة آل ثاني", "الشيخ خليفة بن حمد"],
    "QAT",
    [o(IM, "وزير الداخلية", "QAT", "2023-03-07", None)],
)
per(
    "Majed al-Ansari",
    ["ماجد الأنصاري", "ماجد بن محمد الأنصاري"],
    "QAT",
    [o(OTHER, "المتحدث الرسمي باسم وزارة الخارجية", "QAT", "2022", None)],
)
per(
    "Mohammed bin Abdulaziz Al-Khulaifi",
    ["محمد بن عبد العزيز الخليفي", "محمد الخليفي"],
    "QAT",
    [o(OTHER, "وزير دولة بوزارة الخارجية", "QAT", "2023", None)],
)

# ============================================================ Kuwait
per(
    "Sabah Al-Ahmad Al-Jaber Al-Sabah",
    ["صباح الأحمد الجابر الصباح", "الشيخ صباح الأحمد", "صباح الأحمد"],
    "KWT",
    [o(FM, "وزير الخارجية", "KWT", "1963", "2003"), o(HOS, "أمير دولة الكويت", "KWT", "2006-01-29", "2020-09-29")],
)
per(
    "Nawaf Al-Ahmad Al-Jaber Al-Sabah",
    ["نواف الأحمد الجابر الصباح", "الشيخ نواف الأحمد", "نواف الأحمد"],
    "KWT",
    [o(HOS, "أمير دولة الكويت", "KWT", "2020-09-29", "2023-12-16")],
)
per(
    "Mishal Al-Ahmad Al-Jaber Al-Sabah",
    ["مشعل الأحمد الجابر الصباح", "الشيخ مشعل الأحمد", "مشعل الأحمد"],
    "KWT",
    [o(OTHER, "ولي العهد", "KWT", "2020-10-08", "2023-12-16"), o(HOS, "أمير دولة الكويت", "KWT", "2023-12-16", None)],
)
per(
    "Nasser Al-Mohammed Al-Sabah",
    ["ناصر المحمد الأحمد الصباح", "ناصر المحمد"],
    "KWT",
    [o(HOG, "رئيس مجلس الوزراء", "KWT", "2006-02", "2011-11")],
)
per(
    "Jaber Al-Mubarak Al-Hamad Al-Sabah",
    ["جابر المبارك الحمد الصباح", "جابر المبارك"],
    "KWT",
    [o(HOG, "رئيس مجلس الوزراء", "KWT", "2011-11", "2019-11")],
)
per(
    "Sabah Al-Khalid Al-Hamad Al-Sabah",
    ["صباح الخالد الحمد الصباح", "صباح الخالد"],
    "KWT",
    [
        o(FM, "وزير الخارجية", "KWT", "2011-10", "2019-12"),
        o(HOG, "رئيس مجلس الوزراء", "KWT", "2019-11", "2022-07"),
        o(OTHER, "ولي العهد", "KWT", "2024-06", None),
    ],
)
per(
    "Ahmad Nawaf Al-Ahmad Al-Sabah",
    ["أحمد نواف الأحمد الصباح", "أحمد النواف"],
    "KWT",
    [o(HOG, "رئيس مجلس الوزراء", "KWT", "2022-07", "2024-01")],
)
per(
    "Mohammad Sabah Al-Salem Al-Sabah",
    ["محمد صباح السالم الصباح", "محمد صباح السالم"],
    "KWT",
    [o(FM, "وزير الخارجية", "KWT", "2003", "2011-10"), o(HOG, "رئيس مجلس الوزراء", "KWT", "2024-01", "2024-04")],
)
per(
    "Ahmad Abdullah Al-Ahmad Al-Sabah",
    ["أحمد عبد الله الأحمد الصباح", "أحمد العبد الله"],
    "KWT",
    [o(HOG, "رئيس مجلس الوزراء", "KWT", "2024-05", None)],
)
per(
    "Ahmad Nasser Al-Mohammad Al-Sabah",
    ["أحمد ناصر المحمد الصباح", "أحمد ناصر المحمد"],
    "KWT",
    [o(FM, "وزير الخارجية", "KWT", "2019-12", "2022-08")],
)
per(
    "Salem Abdullah Al-Jaber Al-Sabah",
    ["سالم عبد الله الجابر الصباح", "سالم عبد الله الجابر"],
    "KWT",
    [o(FM, "وزير الخارجية", "KWT", "2022-08", "2024")],
)
per(
    "Abdullah Al-Yahya",
    ["عبد الله اليحيا", "عبد الله علي اليحيا"],
    "KWT",
    [o(FM, "وزير الخارجية", "KWT", "2024", None)],
)
per(
    "Fahad Yousef Saud Al-Sabah",
    ["فهد يوسف سعود الصباح", "فهد اليوسف"],
    "KWT",
    [o(IM, "وزير الداخلية", "KWT", "2024", None)],
)

# ============================================================ Bahrain
per(
    "Hamad bin Isa Al Khalifa",
    ["حمد بن عيسى آل خليفة", "الملك حمد بن عيسى", "حمد بن عيسى", "عاهل البحرين"],
    "BHR",
    [o(HOS, "الملك", "BHR", "1999-03-06", None)],
)
per(
    "Khalifa bin Salman Al Khalifa",
    ["خليفة بن سلمان آل خليفة", "الأمير خليفة بن سلمان"],
    "BHR",
    [o(HOG, "رئيس الوزراء", "BHR", "1970", "2020-11-11")],
)
per(
    "Salman bin Hamad Al Khalifa",
    ["سلمان بن حمد آل خليفة", "الأمير سلمان بن حمد", "سلمان بن حمد"],
    "BHR",
    [o(OTHER, "ولي العهد", "BHR", "1999", None), o(HOG, "رئيس مجلس الوزراء", "BHR", "2020-11-11", None)],
)
per(
    "Khalid bin Ahmed Al Khalifa",
    ["خالد بن أحمد آل خليفة", "الشيخ خالد بن أحمد"],
    "BHR",
    [o(FM, "وزير الخارجية", "BHR", "2005", "2020-02")],
)
per(
    "Abdullatif bin Rashid Al Zayani",
    ["عبد اللطيف بن راشد الزياني", "عبد اللطيف الزياني", "الزياني"],
    "BHR",
    [
        o(
            OTHER,
            "الأمين العام لمجلس التعاون لدول الخليج العربية",
            None,
            "2011-04",
            "2020-01",
            oid("Gulf Cooperation Council"),
        ),
        o(FM, "وزير الخارجية", "BHR", "2020-02", None),
    ],
)
per(
    "Rashid bin Abdullah Al Khalifa",
    ["راشد بن عبد الله آل خليفة", "الشيخ راشد بن عبد الله"],
    "BHR",
    [o(IM, "وزير الداخلية", "BHR", "2004", None)],
)

# ============================================================ Oman
per(
    "Qaboos bin Said",
    ["قابوس بن سعيد", "السلطان قابوس", "السلطان قابوس بن سعيد"],
    "OMN",
    [o(HOS, "السلطان", "OMN", "1970-07-23", "2020-01-10"), o(HOG, "رئيس مجلس الوزراء", "OMN", "1972", "2020-01-10")],
)
per(
    "Haitham bin Tariq",
    ["هيثم بن طارق", "السلطان هيثم بن طارق", "هيثم بن طارق آل سعيد"],
    "OMN",
    [o(HOS, "السلطان", "OMN", "2020-01-11", None), o(HOG, "رئيس مجلس الوزراء", "OMN", "2020-01-11", None)],
)
per(
    "Yusuf bin Alawi bin Abdullah",
    ["يوسف بن علوي بن عبد الله", "يوسف بن علوي"],
    "OMN",
    [o(FM, "الوزير المسؤول عن الشؤون الخارجية", "OMN", "1997", "2020-08-18")],
)
per(
    "Badr Albusaidi",
    ["بدر البوسعيدي", "بدر بن حمد البوسعيدي", "البوسعيدي"],
    "OMN",
    [o(FM, "وزير الخارجية", "OMN", "2020-08-18", None)],
    aliases=["Badr bin Hamad Al Busaidi"],
)
per(
    "Hamoud bin Faisal Al Busaidi",
    ["حمود بن فيصل البوسعيدي", "السيد حمود بن فيصل"],
    "OMN",
    [o(IM, "وزير الداخلية", "OMN", "2011", None)],
)
per(
    "Shihab bin Tariq",
    ["شهاب بن طارق", "السيد شهاب بن طارق آل سعيد"],
    "OMN",
    [o(DM, "نائب رئيس الوزراء لشؤون الدفاع", "OMN", "2022", None)],
)

# ============================================================ Yemen
per(
    "Ali Abdullah Saleh",
    ["علي عبد الله صالح", "علي صالح", "الرئيس السابق علي عبد الله صالح"],
    "YEM",
    [o(HOS, "رئيس الجمهورية", "YEM", "1990-05-22", "2012-02-27")],
)
per(
    "Abdrabbuh Mansur Hadi",
    ["عبد ربه منصور هادي", "الرئيس هادي", "هادي"],
    "YEM",
    [o(OTHER, "نائب الرئيس", "YEM", "1994", "2012-02-25"), o(HOS, "رئيس الجمهورية", "YEM", "2012-02-25", "2022-04-07")],
    amb=["هادي"],
)
per(
    "Rashad al-Alimi",
    ["رشاد العليمي", "رشاد محمد العليمي", "العليمي"],
    "YEM",
    [o(HOS, "رئيس مجلس القيادة الرئاسي", "YEM", "2022-04-07", None, oid("Presidential Leadership Council (Yemen)"))],
)
per(
    "Ali Mohsen al-Ahmar",
    ["علي محسن الأحمر", "علي محسن صالح الأحمر"],
    "YEM",
    [o(OTHER, "نائب الرئيس", "YEM", "2016-04", "2022-04-07")],
)
per(
    "Aidarus al-Zubaidi",
    ["عيدروس الزبيدي", "عيدروس قاسم الزبيدي", "الزبيدي"],
    "YEM",
    [
        o(OTHER, "رئيس المجلس الانتقالي الجنوبي", "YEM", "2017-05", None, oid("Southern Transitional Council")),
        o(OTHER, "عضو مجلس القيادة الرئاسي", "YEM", "2022-04-07", None),
    ],
    sectors=["GOV", "REB"],
)
per(
    "Tareq Saleh",
    ["طارق صالح", "طارق محمد عبد الله صالح"],
    "YEM",
    [o(OTHER, "عضو مجلس القيادة الرئاسي", "YEM", "2022-04-07", None)],
    sectors=["GOV", "MIL"],
)
per(
    "Mohammed Basindawa",
    ["محمد سالم باسندوة", "محمد باسندوة"],
    "YEM",
    [o(HOG, "رئيس مجلس الوزراء", "YEM", "2011-12", "2014-11")],
)
per("Khaled Bahah", ["خالد بحاح"], "YEM", [o(HOG, "رئيس مجلس الوزراء", "YEM", "2014-11", "2016-04")])
per(
    "Ahmed Obeid bin Daghr",
    ["أحمد عبيد بن دغر", "بن دغر"],
    "YEM",
    [o(HOG, "رئيس مجلس الوزراء", "YEM", "2016-04", "2018-10")],
)
per(
    "Maeen Abdulmalik Saeed",
    ["معين عبد الملك", "معين عبد الملك سعيد"],
    "YEM",
    [o(HOG, "رئيس مجلس الوزراء", "YEM", "2018-10", "2024-02")],
)
per(
    "Ahmed Awad bin Mubarak",
    ["أحمد عوض بن مبارك", "بن مبارك"],
    "YEM",
    [
        o(FM, "وزير الخارجية وشؤون المغتربين", "YEM", "2020-12", "2024-02"),
        o(HOG, "رئيس مجلس الوزراء", "YEM", "2024-02", "2025-05"),
    ],
)
per(
    "Salem bin Breik",
    ["سالم بن بريك", "سالم صالح بن بريك"],
    "YEM",
    [o(HOG, "رئيس مجلس الوزراء", "YEM", "2025-05", None)],
)
per("Abu Bakr al-Qirbi", ["أبو بكر القربي"], "YEM", [o(FM, "وزير الخارجية", "YEM", "2001", "2014")])
per("Abdulmalik al-Mekhlafi", ["عبد الملك المخلافي"], "YEM", [o(FM, "وزير الخارجية", "YEM", "2015-12", "2018-05")])
per("Khaled al-Yamani", ["خالد اليماني"], "YEM", [o(FM, "وزير الخارجية", "YEM", "2018-05", "2019-06")])
per("Mohammed al-Hadhrami", ["محمد الحضرمي"], "YEM", [o(FM, "وزير الخارجية", "YEM", "2019", "2020-12")])
per(
    "Shaya al-Zindani",
    ["شائع الزنداني", "شائع محسن الزنداني"],
    "YEM",
    [o(FM, "وزير الخارجية وشؤون المغتربين", "YEM", "2024-03", None)],
)
per("Mahmoud al-Subaihi", ["محمود الصبيحي"], "YEM", [o(DM, "وزير الدفاع", "YEM", "2014", "2015")])
per("Mohsen al-Daeri", ["محسن الداعري", "محسن محمد الداعري"], "YEM", [o(DM, "وزير الدفاع", "YEM", "2022", None)])
per(
    "Abdul-Malik al-Houthi",
    ["عبد الملك الحوثي", "عبد الملك بدر الدين الحوثي", "زعيم جماعة الحوثي"],
    "YEM",
    [o(OTHER, "زعيم جماعة الحوثي", "YEM", "2004", None, oid("Houthis"))],
    sectors=["REB"],
)
per(
    "Mahdi al-Mashat",
    ["مهدي المشاط", "المشاط"],
    "YEM",
    [o(OTHER, "رئيس المجلس السياسي الأعلى", "YEM", "2018-04", None, oid("Supreme Political Council (Houthi)"))],
    sectors=["REB"],
)
per(
    "Saleh al-Sammad",
    ["صالح الصماد"],
    "YEM",
    [o(OTHER, "رئيس المجلس السياسي الأعلى", "YEM", "2016-08", "2018-04", oid("Supreme Political Council (Houthi)"))],
    sectors=["REB"],
)
per(
    "Mohammed Abdulsalam",
    ["محمد عبد السلام"],
    "YEM",
    [o(OTHER, "الناطق الرسمي لجماعة الحوثي", "YEM", None, None, oid("Houthis"))],
    sectors=["REB"],
    amb=["محمد عبد السلام"],
)
per(
    "Yahya Saree",
    ["يحيى سريع"],
    "YEM",
    [o(OTHER, "المتحدث العسكري باسم الحوثيين", "YEM", None, None, oid("Houthis"))],
    sectors=["REB"],
)
per(
    "Ahmed al-Rahawi",
    ["أحمد غالب الرهوي", "أحمد الرهوي"],
    "YEM",
    [o(OTHER, "رئيس حكومة صنعاء", "YEM", "2024-08", "2025-08", oid("Houthis"))],
    sectors=["REB"],
)

# ============================================================ Egypt
per(
    "Hosni Mubarak",
    ["حسني مبارك", "محمد حسني مبارك", "مبارك"],
    "EGY",
    [o(HOS, "رئيس الجمهورية", "EGY", "1981-10-14", "2011-02-11")],
    amb=["مبارك"],
)
per(
    "Mohamed Hussein Tantawi",
    ["محمد حسين طنطاوي", "المشير طنطاوي", "طنطاوي"],
    "EGY",
    [
        o(DM, "وزير الدفاع", "EGY", "1991", "2012-08-12"),
        o(HOS, "رئيس المجلس الأعلى للقوات المسلحة", "EGY", "2011-02-11", "2012-06-30"),
    ],
)
per("Mohamed Morsi", ["محمد مرسي", "مرسي"], "EGY", [o(HOS, "رئيس الجمهورية", "EGY", "2012-06-30", "2013-07-03")])
per("Adly Mansour", ["عدلي منصور"], "EGY", [o(HOS, "رئيس الجمهورية المؤقت", "EGY", "2013-07-04", "2014-06-08")])
per(
    "Abdel Fattah el-Sisi",
    ["عبد الفتاح السيسي", "السيسي", "الرئيس عبد الفتاح السيسي"],
    "EGY",
    [o(DM, "وزير الدفاع", "EGY", "2012-08-12", "2014-03-26"), o(HOS, "رئيس الجمهورية", "EGY", "2014-06-08", None)],
    aliases=["Sisi", "Abdel Fattah al-Sisi"],
)
per("Hesham Qandil", ["هشام قنديل"], "EGY", [o(HOG, "رئيس مجلس الوزراء", "EGY", "2012-07", "2013-07")])
per("Hazem el-Beblawi", ["حازم الببلاوي"], "EGY", [o(HOG, "رئيس مجلس الوزراء", "EGY", "2013-07", "2014-03")])
per("Ibrahim Mahlab", ["إبراهيم محلب"], "EGY", [o(HOG, "رئيس مجلس الوزراء", "EGY", "2014-03", "2015-09")])
per("Sherif Ismail", ["شريف إسماعيل"], "EGY", [o(HOG, "رئيس مجلس الوزراء", "EGY", "2015-09", "2018-06")])
per("Mostafa Madbouly", ["مصطفى مدبولي", "مدبولي"], "EGY", [o(HOG, "رئيس مجلس الوزراء", "EGY", "2018-06-07", None)])
per(
    "Nabil Elaraby",
    ["نبيل العربي"],
    "EGY",
    [
        o(FM, "وزير الخارجية", "EGY", "2011-03", "2011-07"),
        o(OTHER, "الأمين العام لجامعة الدول العربية", None, "2011-07", "2016-07", oid("Arab League")),
    ],
)
per("Mohamed Kamel Amr", ["محمد كامل عمرو"], "EGY", [o(FM, "وزير الخارجية", "EGY", "2011-07", "2013-07")])
per("Nabil Fahmy", ["نبيل فهمي"], "EGY", [o(FM, "وزير الخارجية", "EGY", "2013-07", "2014-06")])
per("Sameh Shoukry", ["سامح شكري", "شكري"], "EGY", [o(FM, "وزير الخارجية", "EGY", "2014-06", "2024-07-03")])
per(
    "Badr Abdelatty",
    ["بدر عبد العاطي", "عبد العاطي"],
    "EGY",
    [o(FM, "وزير الخارجية والهجرة وشؤون المصريين في الخارج", "EGY", "2024-07-03", None)],
)
per("Sedki Sobhy", ["صدقي صبحي"], "EGY", [o(DM, "وزير الدفاع", "EGY", "2014-03", "2018-06")])
per("Mohamed Ahmed Zaki", ["محمد أحمد زكي", "محمد زكي"], "EGY", [o(DM, "وزير الدفاع", "EGY", "2018-06", "2024-07")])
per("Abdel Mageed Saqr", ["عبد المجيد صقر"], "EGY", [o(DM, "وزير الدفاع والإنتاج الحربي", "EGY", "2024-07", None)])
per(
    "Mohamed Ibrahim",
    ["محمد إبراهيم"],
    "EGY",
    [o(IM, "وزير الداخلية", "EGY", "2013-01", "2015-03")],
    slug="mohamed-ibrahim-egypt",
    amb=["محمد إبراهيم"],
)
per("Magdy Abdel Ghaffar", ["مجدي عبد الغفار"], "EGY", [o(IM, "وزير الداخلية", "EGY", "2015-03", "2018-06")])
per("Mahmoud Tawfik", ["محمود توفيق"], "EGY", [o(IM, "وزير الداخلية", "EGY", "2018-06", None)])
per(
    "Omar Suleiman",
    ["عمر سليمان"],
    "EGY",
    [
        o(INT, "رئيس المخابرات العامة", "EGY", "1993", "2011-01", kb_orgs.EGY_GIS),
        o(OTHER, "نائب رئيس الجمهورية", "EGY", "2011-01-29", "2011-02-11"),
    ],
)
per(
    "Khaled Fawzy",
    ["خالد فوزي"],
    "EGY",
    [o(INT, "رئيس المخابرات العامة", "EGY", "2014-12", "2018-01", kb_orgs.EGY_GIS)],
)
per(
    "Abbas Kamel",
    ["عباس كامل", "اللواء عباس كامل"],
    "EGY",
    [o(INT, "رئيس المخابرات العامة", "EGY", "2018-01", "2024-10", kb_orgs.EGY_GIS)],
)
per(
    "Hassan Rashad",
    ["حسن رشاد", "اللواء حسن رشاد"],
    "EGY",
    [o(INT, "رئيس المخابرات العامة", "EGY", "2024-10", None, kb_orgs.EGY_GIS)],
)
per(
    "Ahmed el-Tayeb",
    ["أحمد الطيب", "شيخ الأزهر أحمد الطيب"],
    "EGY",
    [o(OTHER, "شيخ الأزهر", "EGY", "2010-03", None)],
    sectors=["REL"],
)

# ============================================================ Libya
per(
    "Muammar Gaddafi",
    ["معمر القذافي", "العقيد معمر القذافي", "القذافي"],
    "LBY",
    [o(HOS, "قائد الثورة", "LBY", "1969-09-01", "2011-08")],
    qid="Q19878",
    aliases=["Muammar al-Qaddafi"],
)
per("Saif al-Islam Gaddafi", ["سيف الإسلام القذافي"], "LBY", [], sectors=["PTY"])
per(
    "Mustafa Abdul Jalil",
    ["مصطفى عبد الجليل"],
    "LBY",
    [o(HOS, "رئيس المجلس الوطني الانتقالي", "LBY", "2011-03", "2012-08-08")],
)
per("Mahmoud Jibril", ["محمود جبريل"], "LBY", [o(HOG, "رئيس المكتب التنفيذي", "LBY", "2011-03", "2011-10")])
per(
    "Mohamed Magariaf",
    ["محمد المقريف", "محمد يوسف المقريف"],
    "LBY",
    [o(HOS, "رئيس المؤتمر الوطني العام", "LBY", "2012-08", "2013-05")],
)
per("Ali Zeidan", ["علي زيدان"], "LBY", [o(HOG, "رئيس الوزراء", "LBY", "2012-11", "2014-03")])
per("Abdullah al-Thani", ["عبد الله الثني"], "LBY", [o(HOG, "رئيس الحكومة المؤقتة", "LBY", "2014-03", "2021-03")])
per(
    "Aguila Saleh",
    ["عقيلة صالح", "عقيلة صالح عيسى"],
    "LBY",
    [o(OTHER, "رئيس مجلس النواب", "LBY", "2014-08", None, oid("House of Representatives (Libya)"))],
    sectors=["LEG"],
)
per(
    "Fayez al-Sarraj",
    ["فايز السراج", "السراج"],
    "LBY",
    [
        o(HOS, "رئيس المجلس الرئاسي", "LBY", "2016-03", "2021-03-15", oid("Libyan Presidential Council")),
        o(HOG, "رئيس حكومة الوفاق الوطني", "LBY", "2016-03", "2021-03-15"),
    ],
)
per(
    "Mohamed al-Menfi",
    ["محمد المنفي", "المنفي"],
    "LBY",
    [o(HOS, "رئيس المجلس الرئاسي", "LBY", "2021-03-15", None, oid("Libyan Presidential Council"))],
)
per(
    "Abdul Hamid Dbeibah",
    ["عبد الحميد الدبيبة", "الدبيبة", "عبد الحميد الدبيبه"],
    "LBY",
    [o(HOG, "رئيس حكومة الوحدة الوطنية", "LBY", "2021-03-15", None, oid("Government of National Unity (Libya)"))],
)
per(
    "Fathi Bashagha",
    ["فتحي باشاغا", "باشاغا"],
    "LBY",
    [
        o(IM, "وزير الداخلية", "LBY", "2018-10", "2021-03"),
        o(OTHER, "رئيس الحكومة المكلف من مجلس النواب", "LBY", "2022-03", "2023-05"),
    ],
)
per(
    "Osama Hammad",
    ["أسامة حماد"],
    "LBY",
    [o(OTHER, "رئيس الحكومة المكلفة من مجلس النواب", "LBY", "2023-05", None)],
    note="head of the eastern, House-appointed government; not internationally recognised",
)
per(
    "Khalifa Haftar",
    ["خليفة حفتر", "المشير خليفة حفتر", "حفتر"],
    "LBY",
    [o(OTHER, "القائد العام للقوات المسلحة العربية الليبية", "LBY", "2015-03", None, oid("Libyan National Army"))],
    sectors=["MIL"],
)
per(
    "Saddam Haftar",
    ["صدام حفتر"],
    "LBY",
    [o(OTHER, "نائب القائد العام للقوات المسلحة العربية الليبية", "LBY", "2025", None, oid("Libyan National Army"))],
    sectors=["MIL"],
)
per(
    "Mohamed Taha Siala", ["محمد الطاهر سيالة", "محمد سيالة"], "LBY", [o(FM, "وزير الخارجية", "LBY", "2016", "2021-03")]
)
per("Najla Mangoush", ["نجلاء المنقوش"], "LBY", [o(FM, "وزيرة الخارجية", "LBY", "2021-03", "2023-08")])

# ============================================================ Tunisia
per(
    "Zine El Abidine Ben Ali",
    ["زين العابدين بن علي", "بن علي"],
    "TUN",
    [o(HOS, "رئيس الجمهورية", "TUN", "1987-11-07", "2011-01-14")],
    amb=["بن علي"],
)
per(
    "Moncef Marzouki",
    ["منصف المرزوقي", "المنصف المرزوقي"],
    "TUN",
    [o(HOS, "رئيس الجمهورية", "TUN", "2011-12-13", "2014-12-31")],
)
per(
    "Beji Caid Essebsi",
    ["الباجي قائد السبسي", "قائد السبسي", "السبسي"],
    "TUN",
    [o(HOG, "رئيس الحكومة", "TUN", "2011-02", "2011-12"), o(HOS, "رئيس الجمهورية", "TUN", "2014-12-31", "2019-07-25")],
)
per("Kais Saied", ["قيس سعيد", "الرئيس قيس سعيد"], "TUN", [o(HOS, "رئيس الجمهورية", "TUN", "2019-10-23", None)])
per("Hamadi Jebali", ["حمادي الجبالي"], "TUN", [o(HOG, "رئيس الحكومة", "TUN", "2011-12", "2013-03")])
per(
    "Ali Laarayedh",
    ["علي العريض"],
    "TUN",
    [o(IM, "وزير الداخلية", "TUN", "2011-12", "2013-03"), o(HOG, "رئيس الحكومة", "TUN", "2013-03", "2014-01")],
)
per("Mehdi Jomaa", ["مهدي جمعة"], "TUN", [o(HOG, "رئيس الحكومة", "TUN", "2014-01", "2015-02")])
per("Habib Essid", ["الحبيب الصيد"], "TUN", [o(HOG, "رئيس الحكومة", "TUN", "2015-02", "2016-08")])
per("Youssef Chahed", ["يوسف الشاهد"], "TUN", [o(HOG, "رئيس الحكومة", "TUN", "2016-08", "2020-02")])
per("Elyes Fakhfakh", ["إلياس الفخفاخ"], "TUN", [o(HOG, "رئيس الحكومة", "TUN", "2020-02", "2020-09")])
per("Hichem Mechichi", ["هشام المشيشي"], "TUN", [o(HOG, "رئيس الحكومة", "TUN", "2020-09", "2021-07-25")])
per(
    "Najla Bouden", ["نجلاء بودن", "نجلاء بودن رمضان"], "TUN", [o(HOG, "رئيسة الحكومة", "TUN", "2021-10-11", "2023-08")]
)
per("Ahmed Hachani", ["أحمد الحشاني"], "TUN", [o(HOG, "رئيس الحكومة", "TUN", "2023-08", "2024-08")])
per("Kamel Madouri", ["كمال المدوري"], "TUN", [o(HOG, "رئيس الحكومة", "TUN", "2024-08", "2025-03")])
per(
    "Sara Zaafrani Zenzri",
    ["سارة الزعفراني الزنزري", "سارة الزعفراني"],
    "TUN",
    [o(HOG, "رئيسة الحكومة", "TUN", "2025-03", None)],
)
per(
    "Othman Jerandi",
    ["عثمان الجرندي"],
    "TUN",
    [
        o(FM, "وزير الخارجية", "TUN", "2013-03", "2014-01"),
        o(FM, "وزير الشؤون الخارجية والهجرة والتونسيين بالخارج", "TUN", "2020-09", "2023-02"),
    ],
)
per("Khemaies Jhinaoui", ["خميس الجهيناوي"], "TUN", [o(FM, "وزير الشؤون الخارجية", "TUN", "2016-01", "2019-10")])
per("Nabil Ammar", ["نبيل عمار"], "TUN", [o(FM, "وزير الشؤون الخارجية", "TUN", "2023-02", "2024-08")])
per("Mohamed Ali Nafti", ["محمد علي النفطي"], "TUN", [o(FM, "وزير الشؤون الخارجية", "TUN", "2024-08", None)])
per(
    "Rached Ghannouchi",
    ["راشد الغنوشي", "الغنوشي"],
    "TUN",
    [
        o(OTHER, "رئيس حركة النهضة", "TUN", "1991", None, oid("Ennahda")),
        o(OTHER, "رئيس مجلس نواب الشعب", "TUN", "2019-11", "2021-07-25"),
    ],
    sectors=["PTY", "LEG"],
)

# ============================================================ Algeria
per(
    "Abdelaziz Bouteflika",
    ["عبد العزيز بوتفليقة", "بوتفليقة"],
    "DZA",
    [o(HOS, "رئيس الجمهورية", "DZA", "1999-04-27", "2019-04-02")],
)
per(
    "Abdelmadjid Tebboune",
    ["عبد المجيد تبون", "تبون"],
    "DZA",
    [o(HOG, "الوزير الأول", "DZA", "2017-05", "2017-08"), o(HOS, "رئيس الجمهورية", "DZA", "2019-12-19", None)],
)
per(
    "Ahmed Ouyahia",
    ["أحمد أويحيى", "أويحيى"],
    "DZA",
    [o(HOG, "الوزير الأول", "DZA", "2008", "2012-09"), o(HOG, "الوزير الأول", "DZA", "2017-08", "2019-03")],
)
per("Abdelmalek Sellal", ["عبد المالك سلال", "سلال"], "DZA", [o(HOG, "الوزير الأول", "DZA", "2012-09", "2017-05")])
per("Abdelaziz Djerad", ["عبد العزيز جراد"], "DZA", [o(HOG, "الوزير الأول", "DZA", "2019-12", "2021-06")])
per("Aymen Benabderrahmane", ["أيمن بن عبد الرحمن"], "DZA", [o(HOG, "الوزير الأول", "DZA", "2021-06", "2023-11")])
per("Nadir Larbaoui", ["نذير العرباوي"], "DZA", [o(HOG, "الوزير الأول", "DZA", "2023-11", "2025")])
per("Sifi Ghrieb", ["سيفي غريب"], "DZA", [o(HOG, "الوزير الأول", "DZA", "2025", None)])
per(
    "Ramtane Lamamra",
    ["رمطان لعمامرة", "لعمامرة"],
    "DZA",
    [
        o(FM, "وزير الشؤون الخارجية", "DZA", "2013-09", "2017-05"),
        o(FM, "وزير الشؤون الخارجية", "DZA", "2021-07", "2023-03"),
    ],
)
per("Sabri Boukadoum", ["صبري بوقدوم"], "DZA", [o(FM, "وزير الشؤون الخارجية", "DZA", "2019-04", "2021-07")])
per(
    "Ahmed Attaf",
    ["أحمد عطاف", "عطاف"],
    "DZA",
    [o(FM, "وزير الدولة وزير الشؤون الخارجية والجالية الوطنية بالخارج", "DZA", "2023-03", None)],
)
per(
    "Ahmed Gaid Salah",
    ["أحمد قايد صالح", "قايد صالح"],
    "DZA",
    [o(OTHER, "رئيس أركان الجيش الوطني الشعبي", "DZA", "2004", "2019-12-23")],
    sectors=["MIL"],
)
per(
    "Saïd Chengriha",
    ["السعيد شنقريحة", "سعيد شنقريحة", "شنقريحة"],
    "DZA",
    [o(OTHER, "رئيس أركان الجيش الوطني الشعبي", "DZA", "2019-12", None)],
    sectors=["MIL"],
)

# ============================================================ Morocco
per(
    "Mohammed VI of Morocco",
    ["الملك محمد السادس", "محمد السادس", "العاهل المغربي"],
    "MAR",
    [o(HOS, "الملك", "MAR", "1999-07-23", None)],
    aliases=["King Mohammed VI"],
)
per(
    "Abdelilah Benkirane",
    ["عبد الإله بنكيران", "بنكيران"],
    "MAR",
    [o(HOG, "رئيس الحكومة", "MAR", "2011-11", "2017-03")],
)
per(
    "Saadeddine Othmani",
    ["سعد الدين العثماني", "العثماني"],
    "MAR",
    [
        o(FM, "وزير الشؤون الخارجية والتعاون", "MAR", "2012-01", "2013-10"),
        o(HOG, "رئيس الحكومة", "MAR", "2017-03", "2021-10"),
    ],
)
per("Aziz Akhannouch", ["عزيز أخنوش", "أخنوش"], "MAR", [o(HOG, "رئيس الحكومة", "MAR", "2021-10-07", None)])
per(
    "Salaheddine Mezouar",
    ["صلاح الدين مزوار"],
    "MAR",
    [o(FM, "وزير الشؤون الخارجية والتعاون", "MAR", "2013-10", "2017-04")],
)
per(
    "Nasser Bourita",
    ["ناصر بوريطة", "بوريطة"],
    "MAR",
    [o(FM, "وزير الشؤون الخارجية والتعاون الأفريقي والمغاربة المقيمين بالخارج", "MAR", "2017-04-05", None)],
)
per("Abdelouafi Laftit", ["عبد الوافي لفتيت", "لفتيت"], "MAR", [o(IM, "وزير الداخلية", "MAR", "2017-04", None)])
per(
    "Abdellatif Hammouchi",
    ["عبد اللطيف حموشي", "حموشي"],
    "MAR",
    [
        o(INT, "المدير العام لمراقبة التراب الوطني", "MAR", "2005", None),
        o(OTHER, "المدير العام للأمن الوطني", "MAR", "2015", None),
    ],
    sectors=["SPY", "COP"],
)

# ============================================================ Mauritania, Sudan, Somalia, Djibouti, Comoros
per(
    "Mohamed Ould Abdel Aziz",
    ["محمد ولد عبد العزيز"],
    "MRT",
    [o(HOS, "رئيس الجمهورية", "MRT", "2009-08-05", "2019-08-01")],
)
per(
    "Mohamed Ould Ghazouani",
    ["محمد ولد الشيخ الغزواني", "محمد ولد الغزواني", "الغزواني"],
    "MRT",
    [o(DM, "وزير الدفاع", "MRT", "2018-11", "2019-03"), o(HOS, "رئيس الجمهورية", "MRT", "2019-08-01", None)],
)
per(
    "Mokhtar Ould Djay",
    ["المختار ولد اجاي", "المختار ولد أجاي"],
    "MRT",
    [o(HOG, "الوزير الأول", "MRT", "2024-08", None)],
)
per(
    "Ismail Ould Cheikh Ahmed",
    ["إسماعيل ولد الشيخ أحمد", "ولد الشيخ أحمد"],
    "MRT",
    [
        o(OTHER, "المبعوث الخاص للأمين العام إلى اليمن", None, "2015-04", "2018-02", kb_orgs.UN),
        o(FM, "وزير الشؤون الخارجية والتعاون", "MRT", "2018-10", "2020-08"),
    ],
    sectors=["GOV", "IGO"],
)
per(
    "Omar al-Bashir",
    ["عمر البشير", "عمر حسن أحمد البشير", "البشير"],
    "SDN",
    [o(HOS, "رئيس الجمهورية", "SDN", "1989-06-30", "2019-04-11")],
    amb=["البشير"],
)
per(
    "Ahmed Awad Ibn Auf",
    ["عوض بن عوف", "أحمد عوض بن عوف"],
    "SDN",
    [
        o(DM, "وزير الدفاع", "SDN", "2015", "2019-04"),
        o(HOS, "رئيس المجلس العسكري الانتقالي", "SDN", "2019-04-11", "2019-04-12"),
    ],
)
per(
    "Abdel Fattah al-Burhan",
    ["عبد الفتاح البرهان", "البرهان", "الفريق أول عبد الفتاح البرهان"],
    "SDN",
    [
        o(HOS, "رئيس مجلس السيادة الانتقالي", "SDN", "2019-08-21", None, oid("Sovereignty Council of Sudan")),
        o(OTHER, "القائد العام للقوات المسلحة السودانية", "SDN", "2019-04", None, oid("Sudanese Armed Forces")),
    ],
    sectors=["GOV", "MIL"],
)
per(
    "Mohamed Hamdan Dagalo",
    ["محمد حمدان دقلو", "حميدتي", "دقلو"],
    "SDN",
    [
        o(OTHER, "قائد قوات الدعم السريع", "SDN", "2013", None, oid("Rapid Support Forces")),
        o(OTHER, "نائب رئيس مجلس السيادة", "SDN", "2019-08-21", "2023-05"),
    ],
    aliases=["Hemedti"],
    sectors=["MIL", "REB"],
)
per("Abdalla Hamdok", ["عبد الله حمدوك", "حمدوك"], "SDN", [o(HOG, "رئيس الوزراء", "SDN", "2019-08-21", "2022-01-02")])
per("Kamil Idris", ["كامل إدريس", "كامل الطيب إدريس"], "SDN", [o(HOG, "رئيس الوزراء", "SDN", "2025-05", None)])
per("Ibrahim Ghandour", ["إبراهيم غندور"], "SDN", [o(FM, "وزير الخارجية", "SDN", "2015", "2018-04")])
per(
    "Asma Mohamed Abdalla",
    ["أسماء محمد عبد الله", "أسماء عبد الله"],
    "SDN",
    [o(FM, "وزيرة الخارجية", "SDN", "2019-09", "2020-07")],
)
per(
    "Mariam al-Sadiq al-Mahdi",
    ["مريم الصادق المهدي", "مريم المهدي"],
    "SDN",
    [o(FM, "وزيرة الخارجية", "SDN", "2021-02", "2021-10")],
)
per(
    "Salah Gosh",
    ["صلاح قوش", "صلاح عبد الله قوش"],
    "SDN",
    [
        o(INT, "مدير جهاز الأمن والمخابرات الوطني", "SDN", "2004", "2009"),
        o(INT, "مدير جهاز الأمن والمخابرات الوطني", "SDN", "2018-02", "2019-04"),
    ],
)
per("Sharif Sheikh Ahmed", ["شريف شيخ أحمد"], "SOM", [o(HOS, "رئيس الجمهورية", "SOM", "2009-01", "2012-08")])
per(
    "Hassan Sheikh Mohamud",
    ["حسن شيخ محمود"],
    "SOM",
    [o(HOS, "رئيس الجمهورية", "SOM", "2012-09-16", "2017-02-16"), o(HOS, "رئيس الجمهورية", "SOM", "2022-05-23", None)],
)
per(
    "Mohamed Abdullahi Farmaajo",
    ["محمد عبد الله فرماجو", "فرماجو", "محمد عبد الله محمد فرماجو"],
    "SOM",
    [o(HOG, "رئيس الوزراء", "SOM", "2010-11", "2011-06"), o(HOS, "رئيس الجمهورية", "SOM", "2017-02-16", "2022-05-23")],
)
per("Hassan Ali Khaire", ["حسن علي خيري"], "SOM", [o(HOG, "رئيس الوزراء", "SOM", "2017-03", "2020-07")])
per("Mohamed Hussein Roble", ["محمد حسين روبلي"], "SOM", [o(HOG, "رئيس الوزراء", "SOM", "2020-09", "2022-06")])
per("Hamza Abdi Barre", ["حمزة عبدي بري"], "SOM", [o(HOG, "رئيس الوزراء", "SOM", "2022-06", None)])
per(
    "Ismaïl Omar Guelleh",
    ["إسماعيل عمر جيله", "إسماعيل عمر قيله"],
    "DJI",
    [o(HOS, "رئيس الجمهورية", "DJI", "1999-05-08", None)],
    slug="ismail-omar-guelleh",
)
per("Abdoulkader Kamil Mohamed", ["عبد القادر كامل محمد"], "DJI", [o(HOG, "رئيس الوزراء", "DJI", "2013-04", None)])
per(
    "Mahmoud Ali Youssouf",
    ["محمود علي يوسف"],
    "DJI",
    [
        o(FM, "وزير الخارجية والتعاون الدولي", "DJI", "2005", "2025"),
        o(OTHER, "رئيس مفوضية الاتحاد الأفريقي", None, "2025-02-15", None, oid("African Union")),
    ],
    sectors=["GOV", "IGO"],
)
per(
    "Azali Assoumani",
    ["غزالي عثماني", "عثمان غزالي"],
    "COM",
    [o(HOS, "رئيس الاتحاد", "COM", "1999", "2006"), o(HOS, "رئيس الاتحاد", "COM", "2016-05-26", None)],
)
per("Ikililou Dhoinine", ["إكليل ظنين"], "COM", [o(HOS, "رئيس الاتحاد", "COM", "2011-05", "2016-05-26")])

# ============================================================ Iran
# In this KB the President of Iran holds head_of_state (news say الرئيس الإيراني); the Supreme Leader's office
# is 'other' with the title المرشد الأعلى.
per(
    "Ali Khamenei",
    ["علي خامنئي", "آية الله علي خامنئي", "المرشد الأعلى علي خامنئي", "خامنئي", "السيد علي خامنئي"],
    "IRN",
    [o(OTHER, "المرشد الأعلى", "IRN", "1989-06-04", None)],
    qid="Q57336",
    sectors=["GOV", "REL"],
)
per(
    "Mahmoud Ahmadinejad",
    ["محمود أحمدي نجاد", "أحمدي نجاد", "نجاد"],
    "IRN",
    [o(HOS, "رئيس الجمهورية", "IRN", "2005-08-03", "2013-08-03")],
)
per("Hassan Rouhani", ["حسن روحاني", "روحاني"], "IRN", [o(HOS, "رئيس الجمهورية", "IRN", "2013-08-03", "2021-08-03")])
per(
    "Ebrahim Raisi",
    ["إبراهيم رئيسي", "رئيسي"],
    "IRN",
    [o(HOS, "رئيس الجمهورية", "IRN", "2021-08-03", "2024-05-19")],
    amb=["رئيسي"],
)
per(
    "Mohammad Mokhber",
    ["محمد مخبر"],
    "IRN",
    [
        o(OTHER, "النائب الأول لرئيس الجمهورية", "IRN", "2021-08", "2024-07-28"),
        o(HOS, "القائم بأعمال رئيس الجمهورية", "IRN", "2024-05-20", "2024-07-28"),
    ],
)
per(
    "Masoud Pezeshkian",
    ["مسعود بزشكيان", "بزشكيان"],
    "IRN",
    [o(HOS, "رئيس الجمهورية", "IRN", "2024-07-28", None)],
)
per("Mohammad Reza Aref", ["محمد رضا عارف"], "IRN", [o(OTHER, "النائب الأول لرئيس الجمهورية", "IRN", "2024-07", None)])
per(
    "Ali Akbar Salehi",
    ["علي أكبر صالحي"],
    "IRN",
    [
        o(FM, "وزير الخارجية", "IRN", "2010-12", "2013-08"),
        o(
            OTHER,
            "رئيس منظمة الطاقة الذرية الإيرانية",
            "IRN",
            "2013-08",
            "2021-08",
            oid("Atomic Energy Organization of Iran"),
        ),
    ],
)
per(
    "Mohammad Javad Zarif",
    ["محمد جواد ظريف", "جواد ظريف", "ظريف"],
    "IRN",
    [
        o(FM, "وزير الخارجية", "IRN", "2013-08-15", "2021-08-25"),
        o(OTHER, "مساعد رئيس الجمهورية للشؤون الاستراتيجية", "IRN", "2024-08", "2025-03"),
    ],
)
per(
    "Hossein Amir-Abdollahian",
    ["حسين أمير عبد اللهيان", "أمير عبد اللهيان", "عبد اللهيان"],
    "IRN",
    [o(FM, "وزير الخارجية", "IRN", "2021-08-25", "2024-05-19")],
)
per(
    "Ali Bagheri Kani",
    ["علي باقري كني", "علي باقري"],
    "IRN",
    [o(FM, "القائم بأعمال وزير الخارجية", "IRN", "2024-05-20", "2024-08-21")],
)
per("Abbas Araghchi", ["عباس عراقجي", "عراقجي"], "IRN", [o(FM, "وزير الخارجية", "IRN", "2024-08-21", None)])
per(
    "Ahmad Vahidi",
    ["أحمد وحيدي"],
    "IRN",
    [o(DM, "وزير الدفاع", "IRN", "2009-09", "2013-08"), o(IM, "وزير الداخلية", "IRN", "2021-08", "2024-08")],
)
per("Hossein Dehghan", ["حسين دهقان"], "IRN", [o(DM, "وزير الدفاع", "IRN", "2013-08", "2017-08")])
per("Amir Hatami", ["أمير حاتمي"], "IRN", [o(DM, "وزير الدفاع", "IRN", "2017-08", "2021-08")])
per("Mohammad-Reza Ashtiani", ["محمد رضا أشتياني"], "IRN", [o(DM, "وزير الدفاع", "IRN", "2021-08", "2024-08")])
per("Aziz Nasirzadeh", ["عزيز نصير زاده", "عزيز نصيرزاده"], "IRN", [o(DM, "وزير الدفاع", "IRN", "2024-08", None)])
per("Abdolreza Rahmani Fazli", ["عبد الرضا رحماني فضلي"], "IRN", [o(IM, "وزير الداخلية", "IRN", "2013-08", "2021-08")])
per("Eskandar Momeni", ["إسكندر مؤمني"], "IRN", [o(IM, "وزير الداخلية", "IRN", "2024-08", None)])
per(
    "Heydar Moslehi",
    ["حيدر مصلحي"],
    "IRN",
    [o(INT, "وزير الاستخبارات", "IRN", "2009", "2013-08", oid("Ministry of Intelligence (Iran)"))],
)
per(
    "Mahmoud Alavi",
    ["محمود علوي"],
    "IRN",
    [o(INT, "وزير الاستخبارات", "IRN", "2013-08", "2021-08", oid("Ministry of Intelligence (Iran)"))],
)
per(
    "Esmaeil Khatib",
    ["إسماعيل خطيب"],
    "IRN",
    [o(INT, "وزير الاستخبارات", "IRN", "2021-08", None, oid("Ministry of Intelligence (Iran)"))],
)
per(
    "Mohammad Ali Jafari",
    ["محمد علي جعفري"],
    "IRN",
    [o(OTHER, "القائد العام للحرس الثوري", "IRN", "2007", "2019-04", kb_orgs.IRGC)],
    sectors=["MIL"],
)
per(
    "Hossein Salami",
    ["حسين سلامي", "اللواء حسين سلامي"],
    "IRN",
    [o(OTHER, "القائد العام للحرس الثوري", "IRN", "2019-04", "2025-06-13", kb_orgs.IRGC)],
    sectors=["MIL"],
)
per(
    "Mohammad Pakpour",
    ["محمد باكبور", "محمد باكبور"],
    "IRN",
    [o(OTHER, "القائد العام للحرس الثوري", "IRN", "2025-06", None, kb_orgs.IRGC)],
    sectors=["MIL"],
)
per(
    "Qasem Soleimani",
    ["قاسم سليماني", "سليماني"],
    "IRN",
    [o(OTHER, "قائد فيلق القدس", "IRN", "1998", "2020-01-03", oid("Quds Force"))],
    sectors=["MIL"],
)
per(
    "Esmail Qaani",
    ["إسماعيل قاآني", "إسماعيل قآني", "قاآني"],
    "IRN",
    [o(OTHER, "قائد فيلق القدس", "IRN", "2020-01", None, oid("Quds Force"))],
    sectors=["MIL"],
)
per(
    "Mohammad Bagheri",
    ["محمد باقري", "اللواء محمد باقري"],
    "IRN",
    [o(OTHER, "رئيس هيئة الأركان العامة للقوات المسلحة", "IRN", "2016-06", "2025-06-13")],
    sectors=["MIL"],
)
per(
    "Abdolrahim Mousavi",
    ["عبد الرحيم موسوي"],
    "IRN",
    [o(OTHER, "رئيس هيئة الأركان العامة للقوات المسلحة", "IRN", "2025-06", None)],
    sectors=["MIL"],
)
per(
    "Mohammad Bagher Ghalibaf",
    ["محمد باقر قاليباف", "قاليباف"],
    "IRN",
    [o(OTHER, "رئيس مجلس الشورى الإسلامي", "IRN", "2020-05", None)],
    sectors=["LEG"],
)
per(
    "Ali Larijani",
    ["علي لاريجاني", "لاريجاني"],
    "IRN",
    [
        o(OTHER, "رئيس مجلس الشورى الإسلامي", "IRN", "2008", "2020-05"),
        o(
            OTHER,
            "أمين المجلس الأعلى للأمن القومي",
            "IRN",
            "2025-08",
            None,
            oid("Supreme National Security Council (Iran)"),
        ),
    ],
    sectors=["GOV", "LEG"],
)
per(
    "Ali Shamkhani",
    ["علي شمخاني", "شمخاني"],
    "IRN",
    [
        o(
            OTHER,
            "أمين المجلس الأعلى للأمن القومي",
            "IRN",
            "2013-09",
            "2023-05",
            oid("Supreme National Security Council (Iran)"),
        )
    ],
)
per("Esmaeil Baghaei", ["إسماعيل بقائي"], "IRN", [o(OTHER, "المتحدث باسم وزارة الخارجية", "IRN", "2024", None)])

# ============================================================ Turkey
per(
    "Recep Tayyip Erdoğan",
    ["رجب طيب أردوغان", "أردوغان", "الرئيس أردوغان", "رجب طيب إردوغان", "إردوغان"],
    "TUR",
    [o(HOG, "رئيس الوزراء", "TUR", "2003-03-14", "2014-08-28"), o(HOS, "رئيس الجمهورية", "TUR", "2014-08-28", None)],
    qid="Q39259",
    aliases=["Recep Tayyip Erdogan", "Erdogan"],
)
per(
    "Abdullah Gül",
    ["عبد الله غل", "عبد الله غول"],
    "TUR",
    [o(HOS, "رئيس الجمهورية", "TUR", "2007-08-28", "2014-08-28")],
    aliases=["Abdullah Gul"],
)
per(
    "Ahmet Davutoğlu",
    ["أحمد داود أوغلو", "داود أوغلو"],
    "TUR",
    [
        o(FM, "وزير الخارجية", "TUR", "2009-05-01", "2014-08-29"),
        o(HOG, "رئيس الوزراء", "TUR", "2014-08-28", "2016-05-24"),
    ],
    aliases=["Ahmet Davutoglu"],
)
per(
    "Binali Yıldırım",
    ["بن علي يلدريم", "بن علي يلدرم", "يلدريم"],
    "TUR",
    [o(HOG, "رئيس الوزراء", "TUR", "2016-05-24", "2018-07-09")],
    aliases=["Binali Yildirim"],
)
per(
    "Mevlüt Çavuşoğlu",
    ["مولود جاويش أوغلو", "جاويش أوغلو"],
    "TUR",
    [
        o(FM, "وزير الخارجية", "TUR", "2014-08-29", "2015-08-28"),
        o(FM, "وزير الخارجية", "TUR", "2015-11-24", "2023-06-04"),
    ],
    aliases=["Mevlut Cavusoglu"],
)
per(
    "Hakan Fidan",
    ["هاكان فيدان", "فيدان"],
    "TUR",
    [
        o(
            INT,
            "رئيس جهاز الاستخبارات",
            "TUR",
            "2010-05",
            "2023-06",
            oid("National Intelligence Organization (Turkey)"),
        ),
        o(FM, "وزير الخارجية", "TUR", "2023-06-04", None),
    ],
)
per(
    "İbrahim Kalın",
    ["إبراهيم قالن", "إبراهيم كالن", "قالن"],
    "TUR",
    [
        o(OTHER, "المتحدث باسم الرئاسة", "TUR", "2014", "2023-06"),
        o(INT, "رئيس جهاز الاستخبارات", "TUR", "2023-06", None, oid("National Intelligence Organization (Turkey)")),
    ],
    aliases=["Ibrahim Kalin"],
)
per(
    "Fikri Işık",
    ["فكري إشيق", "فكري إيشيق"],
    "TUR",
    [o(DM, "وزير الدفاع", "TUR", "2016-05", "2017-07")],
    aliases=["Fikri Isik"],
)
per("Nurettin Canikli", ["نور الدين جانيكلي"], "TUR", [o(DM, "وزير الدفاع", "TUR", "2017-07", "2018-07")])
per(
    "Hulusi Akar",
    ["خلوصي أكار", "أكار"],
    "TUR",
    [
        o(OTHER, "رئيس هيئة الأركان العامة", "TUR", "2015-08", "2018-07"),
        o(DM, "وزير الدفاع", "TUR", "2018-07-10", "2023-06-04"),
    ],
)
per(
    "Yaşar Güler",
    ["يشار غولر", "يشار غولار"],
    "TUR",
    [o(DM, "وزير الدفاع", "TUR", "2023-06-04", None)],
    aliases=["Yasar Guler"],
)
per(
    "Efkan Ala",
    ["أفكان آلا", "إفكان آلا"],
    "TUR",
    [o(IM, "وزير الداخلية", "TUR", "2013-12", "2015-08"), o(IM, "وزير الداخلية", "TUR", "2015-11", "2016-08")],
)
per(
    "Süleyman Soylu",
    ["سليمان صويلو", "صويلو"],
    "TUR",
    [o(IM, "وزير الداخلية", "TUR", "2016-08-31", "2023-06-04")],
    aliases=["Suleyman Soylu"],
)
per("Ali Yerlikaya", ["علي يرلي كايا", "علي يرليكايا"], "TUR", [o(IM, "وزير الداخلية", "TUR", "2023-06-04", None)])
per(
    "Devlet Bahçeli",
    ["دولت بهتشلي", "دولت باهتشلي", "بهتشلي"],
    "TUR",
    [o(OTHER, "رئيس حزب الحركة القومية", "TUR", "1997", None, oid("Nationalist Movement Party"))],
    sectors=["PTY"],
    aliases=["Devlet Bahceli"],
)
per(
    "Kemal Kılıçdaroğlu",
    ["كمال كليجدار أوغلو", "كليجدار أوغلو"],
    "TUR",
    [o(OTHER, "رئيس حزب الشعب الجمهوري", "TUR", "2010", "2023-11", oid("Republican People's Party"))],
    sectors=["PTY"],
    aliases=["Kemal Kilicdaroglu"],
)
per(
    "Özgür Özel",
    ["أوزغور أوزال", "أوزغور أوزيل"],
    "TUR",
    [o(OTHER, "رئيس حزب الشعب الجمهوري", "TUR", "2023-11", None, oid("Republican People's Party"))],
    sectors=["PTY"],
    aliases=["Ozgur Ozel"],
)
per(
    "Ekrem İmamoğlu",
    ["أكرم إمام أوغلو", "إمام أوغلو"],
    "TUR",
    [o(OTHER, "رئيس بلدية إسطنبول", "TUR", "2019", "2025-03")],
    sectors=["GOV", "PTY"],
    aliases=["Ekrem Imamoglu"],
)
per(
    "Cevdet Yılmaz",
    ["جودت يلماز"],
    "TUR",
    [o(OTHER, "نائب رئيس الجمهورية", "TUR", "2023-06", None)],
    aliases=["Cevdet Yilmaz"],
)
per(
    "Abdullah Öcalan",
    ["عبد الله أوجلان", "أوجلان"],
    "TUR",
    [o(OTHER, "زعيم حزب العمال الكردستاني", "TUR", "1978", None, oid("Kurdistan Workers' Party"))],
    sectors=["INS"],
    aliases=["Abdullah Ocalan", "Apo"],
)

# ============================================================ Russia
per(
    "Vladimir Putin",
    ["فلاديمير بوتين", "بوتين", "الرئيس فلاديمير بوتين"],
    "RUS",
    [
        o(HOS, "الرئيس", "RUS", "2000-05-07", "2008-05-07"),
        o(HOG, "رئيس الوزراء", "RUS", "2008-05-08", "2012-05-07"),
        o(HOS, "الرئيس", "RUS", "2012-05-07", None),
    ],
    qid="Q7747",
)
per(
    "Dmitry Medvedev",
    ["دميتري ميدفيديف", "ديمتري ميدفيديف", "ميدفيديف"],
    "RUS",
    [
        o(HOS, "الرئيس", "RUS", "2008-05-07", "2012-05-07"),
        o(HOG, "رئيس الوزراء", "RUS", "2012-05-08", "2020-01-16"),
        o(OTHER, "نائب رئيس مجلس الأمن الروسي", "RUS", "2020-01-16", None),
    ],
    qid="Q23530",
)
per("Mikhail Mishustin", ["ميخائيل ميشوستين", "ميشوستين"], "RUS", [o(HOG, "رئيس الوزراء", "RUS", "2020-01-16", None)])
per(
    "Sergey Lavrov",
    ["سيرغي لافروف", "سيرجي لافروف", "لافروف"],
    "RUS",
    [o(FM, "وزير الخارجية", "RUS", "2004-03-09", None)],
    aliases=["Sergei Lavrov"],
)
per(
    "Sergei Shoigu",
    ["سيرغي شويغو", "شويغو"],
    "RUS",
    [
        o(DM, "وزير الدفاع", "RUS", "2012-11-06", "2024-05-12"),
        o(OTHER, "أمين مجلس الأمن الروسي", "RUS", "2024-05-12", None),
    ],
    aliases=["Sergey Shoygu"],
)
per("Andrei Belousov", ["أندريه بيلوسوف", "بيلوسوف"], "RUS", [o(DM, "وزير الدفاع", "RUS", "2024-05-14", None)])
per("Vladimir Kolokoltsev", ["فلاديمير كولوكولتسيف"], "RUS", [o(IM, "وزير الداخلية", "RUS", "2012-05-21", None)])
per(
    "Alexander Bortnikov",
    ["ألكسندر بورتنيكوف"],
    "RUS",
    [o(INT, "مدير جهاز الأمن الفيدرالي", "RUS", "2008-05-12", None, oid("Federal Security Service (Russia)"))],
)
per("Sergey Naryshkin", ["سيرغي ناريشكين"], "RUS", [o(INT, "رئيس جهاز الاستخبارات الخارجية", "RUS", "2016-10", None)])
per(
    "Nikolai Patrushev",
    ["نيكولاي باتروشيف"],
    "RUS",
    [o(OTHER, "أمين مجلس الأمن الروسي", "RUS", "2008-05", "2024-05-12")],
)
per(
    "Maria Zakharova",
    ["ماريا زاخاروفا", "زاخاروفا"],
    "RUS",
    [o(OTHER, "المتحدثة باسم وزارة الخارجية", "RUS", "2015-08", None)],
)
per(
    "Dmitry Peskov",
    ["دميتري بيسكوف", "ديمتري بيسكوف", "بيسكوف"],
    "RUS",
    [o(OTHER, "المتحدث باسم الكرملين", "RUS", "2012", None, oid("Kremlin"))],
)
per(
    "Mikhail Bogdanov",
    ["ميخائيل بوغدانوف", "بوغدانوف"],
    "RUS",
    [o(OTHER, "نائب وزير الخارجية والمبعوث الخاص للرئيس إلى الشرق الأوسط", "RUS", "2011", None)],
)
per(
    "Alexander Lavrentiev",
    ["ألكسندر لافرنتييف", "لافرنتييف"],
    "RUS",
    [o(OTHER, "المبعوث الخاص للرئيس الروسي إلى سوريا", "RUS", "2017", None)],
)
per(
    "Vassily Nebenzia",
    ["فاسيلي نيبينزيا", "نيبينزيا"],
    "RUS",
    [o(OTHER, "المندوب الدائم لدى الأمم المتحدة", "RUS", "2017-07", None)],
)

# ============================================================ China
per("Hu Jintao", ["هو جين تاو"], "CHN", [o(HOS, "الرئيس", "CHN", "2003-03-15", "2013-03-14")])
per(
    "Xi Jinping",
    ["شي جين بينغ", "شي جين بينج", "الرئيس الصيني شي جين بينغ"],
    "CHN",
    [o(HOS, "الرئيس", "CHN", "2013-03-14", None)],
    qid="Q15031",
)
per("Wen Jiabao", ["ون جيا باو", "وين جيا باو"], "CHN", [o(HOG, "رئيس مجلس الدولة", "CHN", "2003-03-16", "2013-03-15")])
per(
    "Li Keqiang", ["لي كه تشيانغ", "لي كيكيانغ"], "CHN", [o(HOG, "رئيس مجلس الدولة", "CHN", "2013-03-15", "2023-03-11")]
)
per("Li Qiang", ["لي تشيانغ", "لي كيانغ"], "CHN", [o(HOG, "رئيس مجلس الدولة", "CHN", "2023-03-11", None)])
per("Yang Jiechi", ["يانغ جيه تشي", "يانغ جي تشي"], "CHN", [o(FM, "وزير الخارجية", "CHN", "2007-04", "2013-03")])
per(
    "Wang Yi",
    ["وانغ يي", "وانج يي"],
    "CHN",
    [o(FM, "وزير الخارجية", "CHN", "2013-03-16", "2022-12-30"), o(FM, "وزير الخارجية", "CHN", "2023-07-25", None)],
)
per(
    "Qin Gang",
    ["تشين قانغ", "تشين جانج", "تشين غانغ"],
    "CHN",
    [o(FM, "وزير الخارجية", "CHN", "2022-12-30", "2023-07-25")],
)
per("Chang Wanquan", ["تشانغ وان تشيوان"], "CHN", [o(DM, "وزير الدفاع", "CHN", "2013-03", "2018-03")])
per("Wei Fenghe", ["وي فنغ خه", "وي فنغي"], "CHN", [o(DM, "وزير الدفاع", "CHN", "2018-03", "2023-03")])
per("Li Shangfu", ["لي شانغ فو"], "CHN", [o(DM, "وزير الدفاع", "CHN", "2023-03", "2023-10")])
per("Dong Jun", ["دونغ جون"], "CHN", [o(DM, "وزير الدفاع", "CHN", "2023-12-29", None)])
per("Wang Xiaohong", ["وانغ شياو هونغ"], "CHN", [o(IM, "وزير الأمن العام", "CHN", "2022-12", None)])
per("Chen Yixin", ["تشن يي شين", "تشين يي شين"], "CHN", [o(INT, "وزير أمن الدولة", "CHN", "2022-10", None)])
per(
    "Zhai Jun",
    ["تشاي جيون", "تشاي جيون"],
    "CHN",
    [o(OTHER, "المبعوث الصيني الخاص إلى الشرق الأوسط", "CHN", "2019", None)],
)

# ============================================================ United States
per("Barack Obama", ["باراك أوباما", "أوباما"], "USA", [o(HOS, "الرئيس", "USA", "2009-01-20", "2017-01-20")], qid="Q76")
per(
    "Donald Trump",
    ["دونالد ترامب", "ترامب", "الرئيس دونالد ترامب", "ترمب", "دونالد ترمب"],
    "USA",
    [o(HOS, "الرئيس", "USA", "2017-01-20", "2021-01-20"), o(HOS, "الرئيس", "USA", "2025-01-20", None)],
    qid="Q22686",
)
per(
    "Joe Biden",
    ["جو بايدن", "بايدن", "جوزيف بايدن"],
    "USA",
    [o(OTHER, "نائب الرئيس", "USA", "2009-01-20", "2017-01-20"), o(HOS, "الرئيس", "USA", "2021-01-20", "2025-01-20")],
    qid="Q6279",
)
per("Mike Pence", ["مايك بنس", "بنس"], "USA", [o(OTHER, "نائب الرئيس", "USA", "2017-01-20", "2021-01-20")])
per("Kamala Harris", ["كامالا هاريس", "هاريس"], "USA", [o(OTHER, "نائبة الرئيس", "USA", "2021-01-20", "2025-01-20")])
per(
    "JD Vance",
    ["جي دي فانس", "جيه دي فانس", "فانس"],
    "USA",
    [o(OTHER, "نائب الرئيس", "USA", "2025-01-20", None)],
    aliases=["J. D. Vance"],
)
per(
    "Hillary Clinton",
    ["هيلاري كلينتون", "كلينتون"],
    "USA",
    [o(FM, "وزيرة الخارجية", "USA", "2009-01-21", "2013-02-01")],
    qid="Q6294",
)
per(
    "John Kerry", ["جون كيري", "كيري"], "USA", [o(FM, "وزير الخارجية", "USA", "2013-02-01", "2017-01-20")], qid="Q22316"
)
per("Rex Tillerson", ["ريكس تيلرسون", "تيلرسون"], "USA", [o(FM, "وزير الخارجية", "USA", "2017-02-01", "2018-03-31")])
per(
    "Mike Pompeo",
    ["مايك بومبيو", "بومبيو"],
    "USA",
    [
        o(INT, "مدير وكالة المخابرات المركزية", "USA", "2017-01-23", "2018-04-26", oid("Central Intelligence Agency")),
        o(FM, "وزير الخارجية", "USA", "2018-04-26", "2021-01-20"),
    ],
)
per("Antony Blinken", ["أنتوني بلينكن", "بلينكن"], "USA", [o(FM, "وزير الخارجية", "USA", "2021-01-26", "2025-01-20")])
per(
    "Marco Rubio",
    ["ماركو روبيو", "روبيو"],
    "USA",
    [o(FM, "وزير الخارجية", "USA", "2025-01-21", None), o(OTHER, "مستشار الأمن القومي", "USA", "2025-05", None)],
)
per("Robert Gates", ["روبرت غيتس", "روبرت جيتس"], "USA", [o(DM, "وزير الدفاع", "USA", "2006-12-18", "2011-07-01")])
per(
    "Leon Panetta",
    ["ليون بانيتا", "بانيتا"],
    "USA",
    [
        o(INT, "مدير وكالة المخابرات المركزية", "USA", "2009-02-13", "2011-06-30", oid("Central Intelligence Agency")),
        o(DM, "وزير الدفاع", "USA", "2011-07-01", "2013-02-26"),
    ],
)
per("Chuck Hagel", ["تشاك هيغل", "تشاك هاغل"], "USA", [o(DM, "وزير الدفاع", "USA", "2013-02-27", "2015-02-17")])
per("Ash Carter", ["آشتون كارتر", "أشتون كارتر"], "USA", [o(DM, "وزير الدفاع", "USA", "2015-02-17", "2017-01-20")])
per(
    "Jim Mattis", ["جيمس ماتيس", "جيم ماتيس", "ماتيس"], "USA", [o(DM, "وزير الدفاع", "USA", "2017-01-20", "2019-01-01")]
)
per("Mark Esper", ["مارك إسبر", "إسبر"], "USA", [o(DM, "وزير الدفاع", "USA", "2019-07-23", "2020-11-09")])
per("Lloyd Austin", ["لويد أوستن", "أوستن"], "USA", [o(DM, "وزير الدفاع", "USA", "2021-01-22", "2025-01-20")])
per(
    "Pete Hegseth",
    ["بيت هيغسيث", "هيغسيث", "بيت هيغسث"],
    "USA",
    [o(DM, "وزير الدفاع", "USA", "2025-01-25", None)],
    note="title also given as وزير الحرب (Secretary of War) from September 2025",
)
per(
    "Alejandro Mayorkas",
    ["أليخاندرو مايوركاس"],
    "USA",
    [o(OTHER, "وزير الأمن الداخلي", "USA", "2021-02-02", "2025-01-20")],
    sectors=["GOV", "COP"],
)
per(
    "Kristi Noem",
    ["كريستي نويم"],
    "USA",
    [o(OTHER, "وزيرة الأمن الداخلي", "USA", "2025-01-25", None)],
    sectors=["GOV", "COP"],
)
per(
    "David Petraeus",
    ["ديفيد بترايوس", "بترايوس"],
    "USA",
    [o(INT, "مدير وكالة المخابرات المركزية", "USA", "2011-09-06", "2012-11-09", oid("Central Intelligence Agency"))],
)
per(
    "John Brennan",
    ["جون برينان"],
    "USA",
    [o(INT, "مدير وكالة المخابرات المركزية", "USA", "2013-03-08", "2017-01-20", oid("Central Intelligence Agency"))],
)
per(
    "Gina Haspel",
    ["جينا هاسبل"],
    "USA",
    [o(INT, "مديرة وكالة المخابرات المركزية", "USA", "2018-05-21", "2021-01-20", oid("Central Intelligence Agency"))],
)
per(
    "William J. Burns",
    ["وليام بيرنز", "ويليام بيرنز", "بيرنز"],
    "USA",
    [o(INT, "مدير وكالة المخابرات المركزية", "USA", "2021-03-19", "2025-01-20", oid("Central Intelligence Agency"))],
    slug="william-burns",
)
per(
    "John Ratcliffe",
    ["جون راتكليف", "راتكليف"],
    "USA",
    [
        o(OTHER, "مدير الاستخبارات الوطنية", "USA", "2020-05", "2021-01-20"),
        o(INT, "مدير وكالة المخابرات المركزية", "USA", "2025-01-23", None, oid("Central Intelligence Agency")),
    ],
    sectors=["SPY"],
)
per(
    "Tulsi Gabbard",
    ["تولسي غابارد"],
    "USA",
    [o(OTHER, "مديرة الاستخبارات الوطنية", "USA", "2025-02", None)],
    sectors=["SPY"],
)
per(
    "Jake Sullivan",
    ["جيك سوليفان", "سوليفان"],
    "USA",
    [o(OTHER, "مستشار الأمن القومي", "USA", "2021-01-20", "2025-01-20")],
)
per(
    "Brett McGurk",
    ["بريت ماكغورك", "ماكغورك"],
    "USA",
    [
        o(OTHER, "المبعوث الرئاسي الخاص للتحالف الدولي لهزيمة داعش", "USA", "2015-10", "2018-12", kb_orgs.COALITION),
        o(OTHER, "منسق البيت الأبيض لشؤون الشرق الأوسط وشمال أفريقيا", "USA", "2021", "2025-01"),
    ],
)
per(
    "James Jeffrey",
    ["جيمس جيفري", "جيفري"],
    "USA",
    [o(OTHER, "المبعوث الأمريكي الخاص إلى سوريا", "USA", "2018-08", "2020-11")],
)
per(
    "Tom Barrack",
    ["توم باراك", "توماس باراك", "باراك"],
    "USA",
    [
        o(OTHER, "السفير الأمريكي لدى تركيا", "USA", "2025-05", None),
        o(OTHER, "المبعوث الأمريكي الخاص إلى سوريا", "USA", "2025-05", None),
    ],
    amb=["باراك"],
    note="باراك alone also matches Ehud Barak / Barack Obama",
)
per(
    "Steve Witkoff",
    ["ستيف ويتكوف", "ويتكوف"],
    "USA",
    [o(OTHER, "المبعوث الأمريكي الخاص إلى الشرق الأوسط", "USA", "2025-01", None)],
)
per(
    "Amos Hochstein",
    ["آموس هوكشتاين", "هوكشتاين"],
    "USA",
    [o(OTHER, "المبعوث الأمريكي الخاص", "USA", "2021", "2025-01")],
)
per(
    "Morgan Ortagus",
    ["مورغان أورتاغوس", "أورتاغوس"],
    "USA",
    [o(OTHER, "نائبة المبعوث الأمريكي الخاص إلى الشرق الأوسط", "USA", "2025", None)],
)
per("Jared Kushner", ["جاريد كوشنر", "كوشنر"], "USA", [o(OTHER, "كبير مستشاري الرئيس", "USA", "2017-01", "2021-01")])
per(
    "Nikki Haley",
    ["نيكي هيلي"],
    "USA",
    [o(OTHER, "المندوبة الأمريكية الدائمة لدى الأمم المتحدة", "USA", "2017-01", "2018-12")],
)
per(
    "Linda Thomas-Greenfield",
    ["ليندا توماس غرينفيلد"],
    "USA",
    [o(OTHER, "المندوبة الأمريكية الدائمة لدى الأمم المتحدة", "USA", "2021-02", "2025-01")],
)
per(
    "Michael Kurilla",
    ["مايكل كوريلا", "كوريلا"],
    "USA",
    [o(OTHER, "قائد القيادة المركزية الأمريكية", "USA", "2022-04", "2025-08", oid("United States Central Command"))],
    sectors=["MIL"],
)
per(
    "Brad Cooper",
    ["براد كوبر"],
    "USA",
    [o(OTHER, "قائد القيادة المركزية الأمريكية", "USA", "2025-08", None, oid("United States Central Command"))],
    sectors=["MIL"],
)

# ============================================================ United Kingdom
per(
    "Elizabeth II",
    ["الملكة إليزابيث الثانية", "إليزابيث الثانية", "الملكة إليزابيث"],
    "GBR",
    [o(HOS, "الملكة", "GBR", "1952-02-06", "2022-09-08")],
)
per(
    "Charles III",
    ["الملك تشارلز الثالث", "تشارلز الثالث", "الملك تشارلز"],
    "GBR",
    [o(HOS, "الملك", "GBR", "2022-09-08", None)],
)
per(
    "David Cameron",
    ["ديفيد كاميرون", "كاميرون"],
    "GBR",
    [
        o(HOG, "رئيس الوزراء", "GBR", "2010-05-11", "2016-07-13"),
        o(FM, "وزير الخارجية", "GBR", "2023-11-13", "2024-07-05"),
    ],
    qid="Q192",
)
per(
    "Theresa May",
    ["تيريزا ماي"],
    "GBR",
    [
        o(IM, "وزيرة الداخلية", "GBR", "2010-05-12", "2016-07-13"),
        o(HOG, "رئيسة الوزراء", "GBR", "2016-07-13", "2019-07-24"),
    ],
    qid="Q264766",
)
per(
    "Boris Johnson",
    ["بوريس جونسون", "جونسون"],
    "GBR",
    [
        o(FM, "وزير الخارجية", "GBR", "2016-07-13", "2018-07-09"),
        o(HOG, "رئيس الوزراء", "GBR", "2019-07-24", "2022-09-06"),
    ],
    qid="Q180589",
)
per(
    "Liz Truss",
    ["ليز تراس", "تراس"],
    "GBR",
    [
        o(FM, "وزيرة الخارجية", "GBR", "2021-09-15", "2022-09-06"),
        o(HOG, "رئيسة الوزراء", "GBR", "2022-09-06", "2022-10-25"),
    ],
)
per("Rishi Sunak", ["ريشي سوناك", "سوناك"], "GBR", [o(HOG, "رئيس الوزراء", "GBR", "2022-10-25", "2024-07-05")])
per("Keir Starmer", ["كير ستارمر", "ستارمر"], "GBR", [o(HOG, "رئيس الوزراء", "GBR", "2024-07-05", None)])
per("William Hague", ["ويليام هيغ", "وليام هيغ"], "GBR", [o(FM, "وزير الخارجية", "GBR", "2010-05-12", "2014-07-14")])
per(
    "Philip Hammond",
    ["فيليب هاموند"],
    "GBR",
    [
        o(DM, "وزير الدفاع", "GBR", "2011-10-14", "2014-07-15"),
        o(FM, "وزير الخارجية", "GBR", "2014-07-15", "2016-07-13"),
    ],
)
per("Jeremy Hunt", ["جيريمي هانت"], "GBR", [o(FM, "وزير الخارجية", "GBR", "2018-07-09", "2019-07-24")])
per("Dominic Raab", ["دومينيك راب"], "GBR", [o(FM, "وزير الخارجية", "GBR", "2019-07-24", "2021-09-15")])
per(
    "James Cleverly",
    ["جيمس كليفرلي", "كليفرلي"],
    "GBR",
    [
        o(FM, "وزير الخارجية", "GBR", "2022-09-06", "2023-11-13"),
        o(IM, "وزير الداخلية", "GBR", "2023-11-13", "2024-07-05"),
    ],
)
per(
    "David Lammy",
    ["ديفيد لامي", "لامي"],
    "GBR",
    [
        o(FM, "وزير الخارجية", "GBR", "2024-07-05", "2025-09-05"),
        o(OTHER, "نائب رئيس الوزراء", "GBR", "2025-09-05", None),
    ],
)
per(
    "Yvette Cooper",
    ["إيفيت كوبر"],
    "GBR",
    [o(IM, "وزيرة الداخلية", "GBR", "2024-07-05", "2025-09-05"), o(FM, "وزيرة الخارجية", "GBR", "2025-09-05", None)],
)
per("Michael Fallon", ["مايكل فالون"], "GBR", [o(DM, "وزير الدفاع", "GBR", "2014-07-15", "2017-11-01")])
per(
    "Gavin Williamson",
    ["غافين ويليامسون", "جافين ويليامسون"],
    "GBR",
    [o(DM, "وزير الدفاع", "GBR", "2017-11-02", "2019-05-01")],
)
per("Ben Wallace", ["بن والاس"], "GBR", [o(DM, "وزير الدفاع", "GBR", "2019-07-24", "2023-08-31")])
per("Grant Shapps", ["غرانت شابس"], "GBR", [o(DM, "وزير الدفاع", "GBR", "2023-08-31", "2024-07-05")])
per("John Healey", ["جون هيلي"], "GBR", [o(DM, "وزير الدفاع", "GBR", "2024-07-05", None)])
per("Amber Rudd", ["أمبر رود"], "GBR", [o(IM, "وزيرة الداخلية", "GBR", "2016-07-13", "2018-04-29")])
per("Sajid Javid", ["ساجد جاويد"], "GBR", [o(IM, "وزير الداخلية", "GBR", "2018-04-30", "2019-07-24")])
per("Priti Patel", ["بريتي باتيل"], "GBR", [o(IM, "وزيرة الداخلية", "GBR", "2019-07-24", "2022-09-06")])
per("Suella Braverman", ["سويلا برافرمان"], "GBR", [o(IM, "وزيرة الداخلية", "GBR", "2022-09-06", "2023-11-13")])
per("Shabana Mahmood", ["شبانة محمود"], "GBR", [o(IM, "وزيرة الداخلية", "GBR", "2025-09-05", None)])
per(
    "Alex Younger",
    ["أليكس يونغر"],
    "GBR",
    [o(INT, "رئيس جهاز الاستخبارات البريطاني", "GBR", "2014-11", "2020-09", oid("Secret Intelligence Service"))],
)
per(
    "Richard Moore",
    ["ريتشارد مور"],
    "GBR",
    [o(INT, "رئيس جهاز الاستخبارات البريطاني", "GBR", "2020-10", "2025-09", oid("Secret Intelligence Service"))],
    slug="richard-moore-mi6",
)
per(
    "Blaise Metreweli",
    ["بليز متريويلي", "بليز ميتريويلي"],
    "GBR",
    [o(INT, "رئيسة جهاز الاستخبارات البريطاني", "GBR", "2025-10", None, oid("Secret Intelligence Service"))],
)

# ============================================================ France
per(
    "Nicolas Sarkozy",
    ["نيكولا ساركوزي", "ساركوزي"],
    "FRA",
    [o(HOS, "الرئيس", "FRA", "2007-05-16", "2012-05-15")],
    qid="Q329",
)
per(
    "François Hollande",
    ["فرانسوا هولاند", "هولاند"],
    "FRA",
    [o(HOS, "الرئيس", "FRA", "2012-05-15", "2017-05-14")],
    qid="Q2105",
    aliases=["Francois Hollande"],
)
per(
    "Emmanuel Macron",
    ["إيمانويل ماكرون", "ماكرون", "إمانويل ماكرون"],
    "FRA",
    [o(HOS, "الرئيس", "FRA", "2017-05-14", None)],
    qid="Q3052772",
)
per(
    "Jean-Marc Ayrault",
    ["جان مارك أيرولت", "جان مارك آيرولت"],
    "FRA",
    [
        o(HOG, "رئيس الوزراء", "FRA", "2012-05-15", "2014-03-31"),
        o(FM, "وزير الخارجية", "FRA", "2016-02-11", "2017-05-17"),
    ],
)
per(
    "Manuel Valls",
    ["مانويل فالس"],
    "FRA",
    [
        o(IM, "وزير الداخلية", "FRA", "2012-05-16", "2014-03-31"),
        o(HOG, "رئيس الوزراء", "FRA", "2014-03-31", "2016-12-06"),
    ],
)
per(
    "Bernard Cazeneuve",
    ["برنار كازنوف"],
    "FRA",
    [
        o(IM, "وزير الداخلية", "FRA", "2014-04-02", "2016-12-06"),
        o(HOG, "رئيس الوزراء", "FRA", "2016-12-06", "2017-05-15"),
    ],
)
per(
    "Édouard Philippe",
    ["إدوار فيليب"],
    "FRA",
    [o(HOG, "رئيس الوزراء", "FRA", "2017-05-15", "2020-07-03")],
    aliases=["Edouard Philippe"],
)
per("Jean Castex", ["جان كاستكس"], "FRA", [o(HOG, "رئيس الوزراء", "FRA", "2020-07-03", "2022-05-16")])
per(
    "Élisabeth Borne",
    ["إليزابيث بورن"],
    "FRA",
    [o(HOG, "رئيسة الوزراء", "FRA", "2022-05-16", "2024-01-09")],
    aliases=["Elisabeth Borne"],
)
per("Gabriel Attal", ["غابرييل أتال"], "FRA", [o(HOG, "رئيس الوزراء", "FRA", "2024-01-09", "2024-09-05")])
per("Michel Barnier", ["ميشال بارنييه"], "FRA", [o(HOG, "رئيس الوزراء", "FRA", "2024-09-05", "2024-12-13")])
per(
    "François Bayrou",
    ["فرانسوا بايرو"],
    "FRA",
    [o(HOG, "رئيس الوزراء", "FRA", "2024-12-13", "2025-09-09")],
    aliases=["Francois Bayrou"],
)
per(
    "Sébastien Lecornu",
    ["سيباستيان لوكورنو", "لوكورنو"],
    "FRA",
    [o(DM, "وزير الجيوش", "FRA", "2022-05-20", "2025-10"), o(HOG, "رئيس الوزراء", "FRA", "2025-09-09", None)],
    aliases=["Sebastien Lecornu"],
)
per("Laurent Fabius", ["لوران فابيوس"], "FRA", [o(FM, "وزير الخارجية", "FRA", "2012-05-16", "2016-02-11")])
per(
    "Jean-Yves Le Drian",
    ["جان إيف لودريان", "لودريان"],
    "FRA",
    [
        o(DM, "وزير الدفاع", "FRA", "2012-05-16", "2017-05-17"),
        o(FM, "وزير الخارجية", "FRA", "2017-05-17", "2022-05-20"),
        o(OTHER, "المبعوث الرئاسي الفرنسي الخاص إلى لبنان", "FRA", "2023-06", None),
    ],
)
per("Catherine Colonna", ["كاترين كولونا"], "FRA", [o(FM, "وزيرة الخارجية", "FRA", "2022-05-20", "2024-01-11")])
per(
    "Stéphane Séjourné",
    ["ستيفان سيجورنيه"],
    "FRA",
    [o(FM, "وزير الخارجية", "FRA", "2024-01-11", "2024-09-21")],
    aliases=["Stephane Sejourne"],
)
per(
    "Jean-Noël Barrot",
    ["جان نويل بارو", "بارو"],
    "FRA",
    [o(FM, "وزير الخارجية", "FRA", "2024-09-21", None)],
    aliases=["Jean-Noel Barrot"],
)
per("Florence Parly", ["فلورنس بارلي"], "FRA", [o(DM, "وزيرة الجيوش", "FRA", "2017-06-21", "2022-05-20")])
per(
    "Gérald Darmanin",
    ["جيرالد دارمانان"],
    "FRA",
    [o(IM, "وزير الداخلية", "FRA", "2020-07-06", "2024-09-21")],
    aliases=["Gerald Darmanin"],
)
per("Bruno Retailleau", ["برونو ريتايو"], "FRA", [o(IM, "وزير الداخلية", "FRA", "2024-09-21", "2025-10")])
per(
    "Laurent Nuñez", ["لوران نونيز"], "FRA", [o(IM, "وزير الداخلية", "FRA", "2025-10", None)], aliases=["Laurent Nunez"]
)
per("Catherine Vautrin", ["كاترين فوتران"], "FRA", [o(DM, "وزيرة الجيوش", "FRA", "2025-10", None)])
per(
    "Nicolas Lerner",
    ["نيكولا ليرنر"],
    "FRA",
    [o(INT, "المدير العام للأمن الخارجي", "FRA", "2024-01", None, oid("DGSE"))],
)

# ============================================================ UN, IGOs, envoys
per(
    "António Guterres",
    ["أنطونيو غوتيريش", "أنطونيو غوتيريس", "غوتيريش"],
    "PRT",
    [
        o(OTHER, "المفوض السامي لشؤون اللاجئين", None, "2005-06", "2015-12", oid("UNHCR")),
        o(OTHER, "الأمين العام للأمم المتحدة", None, "2017-01-01", None, kb_orgs.UN),
    ],
    qid="Q311440",
    sectors=["IGO"],
    aliases=["Antonio Guterres"],
)
per(
    "Ban Ki-moon",
    ["بان كي مون"],
    "KOR",
    [o(OTHER, "الأمين العام للأمم المتحدة", None, "2007-01-01", "2016-12-31", kb_orgs.UN)],
    qid="Q1253",
    sectors=["IGO"],
)
per(
    "Amina J. Mohammed",
    ["أمينة محمد"],
    "NGA",
    [o(OTHER, "نائبة الأمين العام للأمم المتحدة", None, "2017", None, kb_orgs.UN)],
    sectors=["IGO"],
    slug="amina-mohammed",
)
per(
    "Ahmed Aboul Gheit",
    ["أحمد أبو الغيط", "أبو الغيط"],
    "EGY",
    [
        o(FM, "وزير الخارجية", "EGY", "2004", "2011-03"),
        o(OTHER, "الأمين العام لجامعة الدول العربية", None, "2016-07-01", None, oid("Arab League")),
    ],
    sectors=["GOV", "IGO"],
)
per(
    "Amr Moussa",
    ["عمرو موسى"],
    "EGY",
    [o(OTHER, "الأمين العام لجامعة الدول العربية", None, "2001", "2011-07", oid("Arab League"))],
    sectors=["IGO"],
)
per(
    "Hossam Zaki",
    ["حسام زكي"],
    "EGY",
    [o(OTHER, "الأمين العام المساعد لجامعة الدول العربية", None, None, None, oid("Arab League"))],
    sectors=["IGO"],
)
per(
    "Jasem Mohamed Albudaiwi",
    ["جاسم محمد البديوي", "جاسم البديوي", "البديوي"],
    "KWT",
    [
        o(
            OTHER,
            "الأمين العام لمجلس التعاون لدول الخليج العربية",
            None,
            "2023-02-01",
            None,
            oid("Gulf Cooperation Council"),
        )
    ],
    sectors=["IGO"],
)
per(
    "Nayef Falah Al-Hajraf",
    ["نايف فلاح الحجرف", "نايف الحجرف"],
    "KWT",
    [
        o(
            OTHER,
            "الأمين العام لمجلس التعاون لدول الخليج العربية",
            None,
            "2020-02",
            "2023-01",
            oid("Gulf Cooperation Council"),
        )
    ],
    sectors=["IGO"],
)
per(
    "Hissein Brahim Taha",
    ["حسين إبراهيم طه"],
    "TCD",
    [
        o(
            OTHER,
            "الأمين العام لمنظمة التعاون الإسلامي",
            None,
            "2021-11",
            None,
            oid("Organisation of Islamic Cooperation"),
        )
    ],
    sectors=["IGO"],
)
per(
    "Yousef Al-Othaimeen",
    ["يوسف العثيمين", "يوسف بن أحمد العثيمين"],
    "SAU",
    [
        o(
            OTHER,
            "الأمين العام لمنظمة التعاون الإسلامي",
            None,
            "2016-11",
            "2021-11",
            oid("Organisation of Islamic Cooperation"),
        )
    ],
    sectors=["IGO"],
)
per(
    "Kofi Annan",
    ["كوفي عنان", "كوفي أنان"],
    "GHA",
    [
        o(OTHER, "الأمين العام للأمم المتحدة", None, "1997-01-01", "2006-12-31", kb_orgs.UN),
        o(OTHER, "المبعوث المشترك للأمم المتحدة والجامعة العربية إلى سوريا", None, "2012-02", "2012-08", kb_orgs.UN),
    ],
    sectors=["IGO"],
)
per(
    "Lakhdar Brahimi",
    ["الأخضر الإبراهيمي", "الأخضر الابراهيمي"],
    "DZA",
    [o(OTHER, "المبعوث المشترك للأمم المتحدة والجامعة العربية إلى سوريا", None, "2012-08", "2014-05", kb_orgs.UN)],
    sectors=["IGO"],
)
per(
    "Staffan de Mistura",
    ["ستافان دي ميستورا", "دي ميستورا"],
    "ITA",
    [
        o(OTHER, "المبعوث الأممي إلى سوريا", None, "2014-07", "2018-12", kb_orgs.UN),
        o(OTHER, "المبعوث الشخصي للأمين العام إلى الصحراء الغربية", None, "2021-11", None, kb_orgs.UN),
    ],
    sectors=["IGO"],
)
per(
    "Geir Pedersen",
    ["غير بيدرسن", "غير بيدرسون", "بيدرسن"],
    "NOR",
    [o(OTHER, "المبعوث الأممي إلى سوريا", None, "2019-01", "2025", kb_orgs.UN)],
    sectors=["IGO"],
)
per(
    "Martin Griffiths",
    ["مارتن غريفيث", "مارتن غريفيثس", "غريفيث"],
    "GBR",
    [
        o(OTHER, "المبعوث الأممي إلى اليمن", None, "2018-03", "2021-07", kb_orgs.UN),
        o(OTHER, "وكيل الأمين العام للشؤون الإنسانية", None, "2021-07", "2024-06", oid("OCHA")),
    ],
    sectors=["IGO"],
)
per(
    "Hans Grundberg",
    ["هانس غروندبرغ", "غروندبرغ"],
    "SWE",
    [o(OTHER, "المبعوث الأممي إلى اليمن", None, "2021-09", None, kb_orgs.UN)],
    sectors=["IGO"],
)
per(
    "Jamal Benomar",
    ["جمال بنعمر"],
    "MAR",
    [o(OTHER, "المبعوث الأممي إلى اليمن", None, "2011-04", "2015-04", kb_orgs.UN)],
    sectors=["IGO"],
)
per(
    "Ghassan Salamé",
    ["غسان سلامة"],
    "LBN",
    [o(OTHER, "المبعوث الأممي إلى ليبيا", None, "2017-06", "2020-03", oid("UNSMIL"))],
    sectors=["IGO"],
    aliases=["Ghassan Salame"],
)
per(
    "Stephanie Williams",
    ["ستيفاني ويليامز", "ستيفاني وليامز"],
    "USA",
    [o(OTHER, "المبعوثة الأممية بالإنابة إلى ليبيا", None, "2020-03", "2021-01", oid("UNSMIL"))],
    sectors=["IGO"],
)
per(
    "Abdoulaye Bathily",
    ["عبد الله باتيلي", "باتيلي"],
    "SEN",
    [o(OTHER, "المبعوث الأممي إلى ليبيا", None, "2022-09", "2024-05", oid("UNSMIL"))],
    sectors=["IGO"],
)
per(
    "Hanna Tetteh",
    ["هانا تيتيه"],
    "GHA",
    [o(OTHER, "المبعوثة الأممية إلى ليبيا", None, "2025-02", None, oid("UNSMIL"))],
    sectors=["IGO"],
)
per(
    "Tom Fletcher",
    ["توم فليتشر"],
    "GBR",
    [o(OTHER, "وكيل الأمين العام للشؤون الإنسانية", None, "2024-11", None, oid("OCHA"))],
    sectors=["IGO"],
)
per(
    "Filippo Grandi",
    ["فيليبو غراندي", "غراندي"],
    "ITA",
    [o(OTHER, "المفوض السامي لشؤون اللاجئين", None, "2016-01", "2025-12", oid("UNHCR"))],
    sectors=["IGO"],
)
per(
    "Philippe Lazzarini",
    ["فيليب لازاريني", "لازاريني"],
    "CHE",
    [o(OTHER, "المفوض العام للأونروا", None, "2020-03", None, oid("UNRWA"))],
    sectors=["IGO"],
)
per(
    "Tedros Adhanom Ghebreyesus",
    ["تيدروس أدهانوم غيبريسوس", "تيدروس"],
    "ETH",
    [o(OTHER, "المدير العام لمنظمة الصحة العالمية", None, "2017-07-01", None, oid("World Health Organization"))],
    sectors=["IGO"],
)
per(
    "Rafael Grossi",
    ["رافائيل غروسي", "غروسي"],
    "ARG",
    [
        o(
            OTHER,
            "المدير العام للوكالة الدولية للطاقة الذرية",
            None,
            "2019-12-03",
            None,
            oid("International Atomic Energy Agency"),
        )
    ],
    sectors=["IGO"],
)
per(
    "Volker Türk",
    ["فولكر تورك"],
    "AUT",
    [o(OTHER, "المفوض السامي لحقوق الإنسان", None, "2022-10", None, oid("OHCHR"))],
    sectors=["IGO"],
    aliases=["Volker Turk"],
)
per(
    "Karim Khan",
    ["كريم خان"],
    "GBR",
    [o(OTHER, "المدعي العام للمحكمة الجنائية الدولية", None, "2021-06-16", None, oid("International Criminal Court"))],
    sectors=["IGO", "JUD"],
    amb=["كريم خان"],
)
per(
    "Mark Rutte",
    ["مارك روته", "روته"],
    "NLD",
    [o(OTHER, "الأمين العام لحلف الناتو", None, "2024-10-01", None, oid("NATO"))],
    sectors=["IGO"],
)
per(
    "Jens Stoltenberg",
    ["ينس ستولتنبرغ", "ستولتنبرغ"],
    "NOR",
    [o(OTHER, "الأمين العام لحلف الناتو", None, "2014-10-01", "2024-10-01", oid("NATO"))],
    sectors=["IGO"],
)
per(
    "Ursula von der Leyen",
    ["أورسولا فون دير لاين", "فون دير لاين"],
    "DEU",
    [o(OTHER, "رئيسة المفوضية الأوروبية", None, "2019-12-01", None, oid("European Commission"))],
    sectors=["IGO"],
)
per(
    "Kaja Kallas",
    ["كايا كالاس", "كالاس"],
    "EST",
    [o(OTHER, "الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد الأوروبي", None, "2024-12-01", None, kb_orgs.EU)],
    sectors=["IGO"],
)
per(
    "Josep Borrell",
    ["جوزيب بوريل", "بوريل"],
    "ESP",
    [
        o(
            OTHER,
            "الممثل الأعلى للسياسة الخارجية والأمنية في الاتحاد الأوروبي",
            None,
            "2019-12-01",
            "2024-11-30",
            kb_orgs.EU,
        )
    ],
    sectors=["IGO"],
)
per(
    "Pope Francis",
    ["البابا فرنسيس", "بابا الفاتيكان فرنسيس"],
    "VAT",
    [o(HOS, "البابا", "VAT", "2013-03-13", "2025-04-21")],
    sectors=["REL", "GOV"],
)
per(
    "Pope Leo XIV",
    ["البابا ليو الرابع عشر", "البابا لاوون الرابع عشر"],
    "VAT",
    [o(HOS, "البابا", "VAT", "2025-05-08", None)],
    sectors=["REL", "GOV"],
)

# ============================================================ armed and political group leaders (others)
per(
    "Osama bin Laden",
    ["أسامة بن لادن", "بن لادن"],
    "SAU",
    [o(OTHER, "زعيم تنظيم القاعدة", None, "1988", "2011-05-02", kb_orgs.AQ)],
    sectors=["INS"],
)
per(
    "Ayman al-Zawahiri",
    ["أيمن الظواهري", "الظواهري"],
    "EGY",
    [o(OTHER, "زعيم تنظيم القاعدة", None, "2011-06", "2022-07-31", kb_orgs.AQ)],
    sectors=["INS"],
)
per(
    "Hibatullah Akhundzada",
    ["هبة الله آخوند زاده", "هبة الله أخوندزاده", "الملا هبة الله"],
    "AFG",
    [o(OTHER, "زعيم حركة طالبان", "AFG", "2016-05", None, oid("Taliban"))],
    sectors=["INS", "GOV"],
)
per(
    "Brahim Ghali",
    ["إبراهيم غالي"],
    "ESH",
    [o(OTHER, "الأمين العام لجبهة البوليساريو", None, "2016-07", None, oid("Polisario Front"))],
    sectors=["REB"],
)


def _date(value):
    """Dates ship as YYYY-MM-DD or YYYY; month-only values written above are kept at year precision."""
    if value is None or len(value) in (4, 10):
        return value
    return value[:4]


def build() -> list[dict]:
    rows = []
    for row in PEOPLE:
        row = dict(row)
        row["offices"] = [dict(off, start=_date(off["start"]), end=_date(off["end"])) for off in row["offices"]]
        rows.append(row)
    return rows
