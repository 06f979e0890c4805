"""Organizations (orgs.jsonl: IGOs, NGOs, state bodies with proper names, media and platforms) and armed
and political groups (groups.jsonl). QIDs only where certain."""

from __future__ import annotations

from kbutil import rid, uniq

ORGS: list[dict] = []
GROUPS: list[dict] = []


def _mk(
    target,
    name_en,
    names_ar,
    sectors,
    subtype,
    country=None,
    qid=None,
    acr=(),
    aliases=(),
    part_of=None,
    amb=(),
    slug=None,
    note=None,
):
    row = {
        "id": qid or (f"rasd:org/{slug}" if slug else rid("org", name_en)),
        "type": "ORG",
        "name_en": name_en,
        "names_ar": uniq(names_ar),
        "aliases_en": uniq(aliases),
        "country": country,
        "sectors": list(sectors),
        "subtype": subtype,
    }
    if acr:
        row["acronyms_ar"] = uniq(acr)
    if part_of:
        row["part_of"] = part_of
    if amb:
        row["ambiguous_ar"] = list(amb)
    if note:
        row["note"] = note
    target.append(row)
    return row["id"]


def org(*a, **k):
    return _mk(ORGS, *a, **k)


def grp(*a, **k):
    return _mk(GROUPS, *a, **k)


# ---------------------------------------------------------------- United Nations system
UN = org(
    "United Nations",
    ["الأمم المتحدة", "منظمة الأمم المتحدة", "هيئة الأمم المتحدة", "الأمم المتحدة"],
    ["IGO"],
    "igo",
    qid="Q1065",
    aliases=["UN", "U.N."],
)
org(
    "United Nations Security Council",
    ["مجلس الأمن الدولي", "مجلس الأمن", "مجلس الأمن التابع للأمم المتحدة"],
    ["IGO"],
    "igo",
    qid="Q37470",
    aliases=["UNSC", "Security Council"],
    part_of=UN,
    amb=["مجلس الأمن"],
)
org(
    "United Nations General Assembly",
    ["الجمعية العامة للأمم المتحدة", "الجمعية العامة"],
    ["IGO"],
    "igo",
    qid="Q47423",
    aliases=["UNGA"],
    part_of=UN,
    amb=["الجمعية العامة"],
)
org("United Nations Secretariat", ["الأمانة العامة للأمم المتحدة"], ["IGO"], "igo", part_of=UN)
org(
    "UNHCR",
    [
        "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
        "مفوضية الأمم المتحدة لشؤون اللاجئين",
        "مفوضية اللاجئين",
        "المفوضية الأممية لشؤون اللاجئين",
    ],
    ["IGO"],
    "igo",
    aliases=["UN Refugee Agency", "Office of the United Nations High Commissioner for Refugees"],
    part_of=UN,
    slug="unhcr",
)
org(
    "UNICEF",
    ["منظمة الأمم المتحدة للطفولة", "اليونيسف", "يونيسف", "صندوق الأمم المتحدة للطفولة"],
    ["IGO"],
    "igo",
    qid="Q740308",
    aliases=["United Nations Children's Fund"],
    part_of=UN,
)
org(
    "World Food Programme",
    ["برنامج الأغذية العالمي", "برنامج الغذاء العالمي"],
    ["IGO"],
    "igo",
    aliases=["WFP"],
    part_of=UN,
)
org("World Health Organization", ["منظمة الصحة العالمية"], ["IGO"], "igo", qid="Q7817", aliases=["WHO"], part_of=UN)
org(
    "UNRWA",
    [
        "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى",
        "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين",
        "وكالة غوث وتشغيل اللاجئين الفلسطينيين",
        "وكالة الغوث",
        "الأونروا",
        "أونروا",
    ],
    ["IGO"],
    "igo",
    acr=["الأونروا"],
    aliases=["United Nations Relief and Works Agency for Palestine Refugees in the Near East"],
    part_of=UN,
    slug="unrwa",
)
org(
    "OCHA",
    ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "مكتب تنسيق الشؤون الإنسانية", "أوتشا"],
    ["IGO"],
    "igo",
    acr=["أوتشا"],
    aliases=["UN Office for the Coordination of Humanitarian Affairs", "UNOCHA"],
    part_of=UN,
    slug="ocha",
)
org(
    "International Atomic Energy Agency",
    ["الوكالة الدولية للطاقة الذرية", "وكالة الطاقة الذرية"],
    ["IGO"],
    "igo",
    aliases=["IAEA"],
)
org(
    "United Nations Development Programme",
    ["برنامج الأمم المتحدة الإنمائي"],
    ["IGO"],
    "igo",
    aliases=["UNDP"],
    part_of=UN,
)
org(
    "UNESCO",
    ["منظمة الأمم المتحدة للتربية والعلم والثقافة", "اليونسكو", "يونسكو"],
    ["IGO"],
    "igo",
    qid="Q7809",
    part_of=UN,
)
org(
    "United Nations Human Rights Council",
    ["مجلس حقوق الإنسان التابع للأمم المتحدة", "مجلس حقوق الإنسان الأممي", "مجلس حقوق الإنسان"],
    ["IGO"],
    "igo",
    aliases=["UNHRC"],
    part_of=UN,
)
org(
    "OHCHR",
    [
        "المفوضية السامية لحقوق الإنسان",
        "مفوضية الأمم المتحدة السامية لحقوق الإنسان",
        "المفوضية السامية للأمم المتحدة لحقوق الإنسان",
    ],
    ["IGO"],
    "igo",
    aliases=["Office of the UN High Commissioner for Human Rights"],
    part_of=UN,
    slug="ohchr",
)
org(
    "UNIFIL",
    ["قوة الأمم المتحدة المؤقتة في لبنان", "قوات الأمم المتحدة المؤقتة في لبنان", "اليونيفيل", "يونيفيل"],
    ["IGO", "MIL"],
    "igo",
    acr=["اليونيفيل"],
    aliases=["United Nations Interim Force in Lebanon"],
    part_of=UN,
    slug="unifil",
)
org(
    "UNDOF",
    ["قوة الأمم المتحدة لمراقبة فض الاشتباك", "أندوف", "قوات فض الاشتباك"],
    ["IGO", "MIL"],
    "igo",
    aliases=["United Nations Disengagement Observer Force"],
    part_of=UN,
    slug="undof",
)
org("International Organization for Migration", ["المنظمة الدولية للهجرة"], ["IGO"], "igo", aliases=["IOM"])
org(
    "Food and Agriculture Organization",
    ["منظمة الأغذية والزراعة", "منظمة الأغذية والزراعة للأمم المتحدة", "الفاو"],
    ["IGO"],
    "igo",
    aliases=["FAO"],
    part_of=UN,
)
org(
    "Organisation for the Prohibition of Chemical Weapons",
    ["منظمة حظر الأسلحة الكيميائية"],
    ["IGO"],
    "igo",
    aliases=["OPCW"],
)
org(
    "UNSMIL",
    ["بعثة الأمم المتحدة للدعم في ليبيا", "البعثة الأممية في ليبيا", "البعثة الأممية للدعم في ليبيا"],
    ["IGO"],
    "igo",
    aliases=["United Nations Support Mission in Libya"],
    part_of=UN,
    slug="unsmil",
)
org(
    "UNAMI",
    ["بعثة الأمم المتحدة لمساعدة العراق", "يونامي"],
    ["IGO"],
    "igo",
    aliases=["United Nations Assistance Mission for Iraq"],
    part_of=UN,
    slug="unami",
)
org(
    "Office of the UN Special Envoy for Syria",
    ["مكتب المبعوث الأممي إلى سوريا", "مكتب المبعوث الخاص للأمم المتحدة إلى سوريا"],
    ["IGO"],
    "igo",
    part_of=UN,
)
org(
    "Independent International Commission of Inquiry on the Syrian Arab Republic",
    [
        "لجنة التحقيق الدولية المستقلة بشأن سوريا",
        "لجنة التحقيق الدولية المستقلة المعنية بسوريا",
        "لجنة التحقيق الأممية بشأن سوريا",
    ],
    ["IGO"],
    "igo",
    part_of=UN,
    slug="un-commission-of-inquiry-on-syria",
)
org(
    "International, Impartial and Independent Mechanism for Syria",
    ["الآلية الدولية المحايدة والمستقلة"],
    ["IGO"],
    "igo",
    aliases=["IIIM"],
    part_of=UN,
    slug="iiim-syria",
)
org("UN Population Fund", ["صندوق الأمم المتحدة للسكان"], ["IGO"], "igo", aliases=["UNFPA"], part_of=UN)

# ---------------------------------------------------------------- regional and other IGOs
org(
    "Arab League",
    ["جامعة الدول العربية", "الجامعة العربية"],
    ["IGO"],
    "igo",
    qid="Q7172",
    aliases=["League of Arab States"],
)
org("Arab Parliament", ["البرلمان العربي"], ["IGO", "LEG"], "igo")
org(
    "Gulf Cooperation Council",
    ["مجلس التعاون لدول الخليج العربية", "مجلس التعاون الخليجي", "مجلس التعاون"],
    ["IGO"],
    "igo",
    aliases=["GCC", "Cooperation Council for the Arab States of the Gulf"],
    amb=["مجلس التعاون"],
)
EU = org("European Union", ["الاتحاد الأوروبي", "الاتحاد الاوروبي"], ["IGO"], "igo", qid="Q458", aliases=["EU"])
org("European Commission", ["المفوضية الأوروبية"], ["IGO"], "igo", qid="Q8880", part_of=EU)
org("European Parliament", ["البرلمان الأوروبي"], ["IGO", "LEG"], "igo", qid="Q8889", part_of=EU)
org("European Council", ["المجلس الأوروبي"], ["IGO"], "igo", part_of=EU)
org("Council of Europe", ["مجلس أوروبا"], ["IGO"], "igo", qid="Q8908")
org(
    "NATO",
    ["حلف شمال الأطلسي", "حلف الناتو", "الناتو", "حلف شمال الأطلنطي", "الحلف الأطلسي"],
    ["IGO", "MIL"],
    "igo",
    qid="Q7184",
    aliases=["North Atlantic Treaty Organization"],
)
org("African Union", ["الاتحاد الأفريقي", "الاتحاد الإفريقي"], ["IGO"], "igo", qid="Q7159", aliases=["AU"])
org(
    "Organisation of Islamic Cooperation",
    ["منظمة التعاون الإسلامي", "منظمة المؤتمر الإسلامي"],
    ["IGO"],
    "igo",
    aliases=["OIC", "Organization of Islamic Cooperation"],
)
org(
    "OPEC",
    ["منظمة البلدان المصدرة للبترول", "منظمة الدول المصدرة للنفط", "أوبك"],
    ["IGO"],
    "igo",
    qid="Q7795",
    acr=["أوبك"],
    aliases=["Organization of the Petroleum Exporting Countries"],
)
org("OPEC+", ["أوبك+", "أوبك بلس", "تحالف أوبك+"], ["IGO"], "igo", slug="opec-plus")
org("International Monetary Fund", ["صندوق النقد الدولي"], ["IGO"], "igo", qid="Q7804", aliases=["IMF"])
org("World Bank", ["البنك الدولي"], ["IGO"], "igo", qid="Q7164")
org(
    "International Criminal Court",
    ["المحكمة الجنائية الدولية", "الجنائية الدولية"],
    ["IGO", "JUD"],
    "igo",
    qid="Q47488",
    aliases=["ICC"],
)
org(
    "International Court of Justice",
    ["محكمة العدل الدولية"],
    ["IGO", "JUD"],
    "igo",
    qid="Q7801",
    aliases=["ICJ"],
    part_of=UN,
)
org("World Trade Organization", ["منظمة التجارة العالمية"], ["IGO"], "igo", qid="Q7825", aliases=["WTO"])
org(
    "OSCE",
    ["منظمة الأمن والتعاون في أوروبا"],
    ["IGO"],
    "igo",
    aliases=["Organization for Security and Co-operation in Europe"],
)
org(
    "G7",
    ["مجموعة السبع", "مجموعة الدول السبع", "مجموعة الدول الصناعية السبع"],
    ["IGO"],
    "igo",
    aliases=["Group of Seven"],
)
org("G20", ["مجموعة العشرين"], ["IGO"], "igo", aliases=["Group of Twenty"])
org("BRICS", ["مجموعة بريكس", "بريكس"], ["IGO"], "igo")
org("Shanghai Cooperation Organisation", ["منظمة شنغهاي للتعاون"], ["IGO"], "igo", aliases=["SCO"])
org("ASEAN", ["رابطة دول جنوب شرق آسيا", "آسيان"], ["IGO"], "igo")
org("Interpol", ["الإنتربول", "الشرطة الدولية", "المنظمة الدولية للشرطة الجنائية"], ["IGO", "COP"], "igo")
org("Arab Maghreb Union", ["اتحاد المغرب العربي"], ["IGO"], "igo")
org(
    "Astana format",
    ["مسار أستانا", "صيغة أستانا", "محادثات أستانا"],
    ["IGO"],
    "process",
    note="Russia-Turkey-Iran talks on Syria",
)
COALITION = org(
    "Global Coalition to Defeat ISIS",
    [
        "التحالف الدولي لهزيمة داعش",
        "التحالف الدولي",
        "التحالف الدولي لمكافحة تنظيم داعش",
        "التحالف الدولي لمكافحة داعش",
        "التحالف الدولي لهزيمة تنظيم داعش",
        "التحالف الدولي ضد داعش",
        "التحالف الدولي ضد تنظيم داعش",
        "التحالف الدولي لمحاربة داعش",
        "التحالف الدولي لمحاربة تنظيم داعش",
        "التحالف الدولي بقيادة الولايات المتحدة",
        "التحالف الدولي بقيادة واشنطن",
        "التحالف الدولي لمكافحة تنظيم الدولة",
        "التحالف الدولي ضد تنظيم الدولة",
        "التحالف الدولي لمكافحة الإرهاب",
        "قوات التحالف الدولي",
        "التحالف الدولي لهزيمة تنظيم الدولة الإسلامية",
    ],
    ["IGO", "MIL"],
    "coalition",
    aliases=[
        "Global Coalition Against Daesh",
        "Global Coalition",
        "Anti-ISIS coalition",
        "US-led coalition",
        "Combined Joint Task Force – Operation Inherent Resolve",
        "CJTF-OIR",
    ],
    amb=["التحالف الدولي"],
    slug="global-coalition-to-defeat-isis",
    note="names are listed without the quotation marks news puts around داعش",
)
org(
    "Small Group of the Global Coalition to Defeat ISIS",
    [
        "المجموعة المصغرة للتحالف الدولي",
        "المجموعة المصغرة للتحالف الدولي لهزيمة داعش",
        "المجموعة المصغرة للتحالف الدولي لهزيمة تنظيم داعش",
        "المجموعة المصغرة للتحالف الدولي ضد داعش",
        "المجموعة المصغرة للتحالف الدولي لمكافحة داعش",
        "المجموعة المصغرة",
    ],
    ["IGO"],
    "coalition",
    aliases=["D-ISIS Coalition Small Group", "Small Group"],
    part_of=COALITION,
    amb=["المجموعة المصغرة"],
    slug="global-coalition-small-group",
)
org(
    "Saudi-led coalition in Yemen",
    [
        "التحالف العربي",
        "تحالف دعم الشرعية في اليمن",
        "التحالف بقيادة السعودية",
        "تحالف دعم الشرعية",
        "قوات التحالف العربي",
    ],
    ["IGO", "MIL"],
    "coalition",
    aliases=["Arab coalition"],
    slug="saudi-led-coalition-in-yemen",
)
org(
    "Islamic Military Counter Terrorism Coalition",
    ["التحالف الإسلامي العسكري لمحاربة الإرهاب", "التحالف الإسلامي العسكري"],
    ["IGO", "MIL"],
    "coalition",
    aliases=["IMCTC"],
)

# ---------------------------------------------------------------- NGOs
ICRC = org(
    "International Committee of the Red Cross",
    ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر الدولي", "الصليب الأحمر"],
    ["NGO"],
    "ngo",
    aliases=["ICRC", "Red Cross"],
    amb=["الصليب الأحمر"],
)
org(
    "International Federation of Red Cross and Red Crescent Societies",
    ["الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر", "الهلال الأحمر", "الصليب الأحمر والهلال الأحمر"],
    ["NGO"],
    "ngo",
    aliases=["IFRC", "Red Crescent"],
    amb=["الهلال الأحمر"],
    slug="ifrc",
)
org(
    "Syrian Arab Red Crescent",
    ["الهلال الأحمر العربي السوري", "الهلال الأحمر السوري", "منظمة الهلال الأحمر العربي السوري"],
    ["NGO"],
    "ngo",
    country="SYR",
    aliases=["SARC"],
)
org(
    "Palestine Red Crescent Society",
    ["جمعية الهلال الأحمر الفلسطيني", "الهلال الأحمر الفلسطيني"],
    ["NGO"],
    "ngo",
    country="PSE",
    aliases=["PRCS"],
)
org("Iraqi Red Crescent", ["جمعية الهلال الأحمر العراقي", "الهلال الأحمر العراقي"], ["NGO"], "ngo", country="IRQ")
org("Egyptian Red Crescent", ["الهلال الأحمر المصري"], ["NGO"], "ngo", country="EGY")
org("Amnesty International", ["منظمة العفو الدولية", "العفو الدولية"], ["NGO"], "ngo", qid="Q42970")
org("Human Rights Watch", ["هيومن رايتس ووتش", "منظمة هيومن رايتس ووتش"], ["NGO"], "ngo", aliases=["HRW"])
org(
    "Médecins Sans Frontières",
    ["أطباء بلا حدود", "منظمة أطباء بلا حدود"],
    ["NGO"],
    "ngo",
    aliases=["MSF", "Doctors Without Borders"],
    slug="medecins-sans-frontieres",
)
org("Save the Children", ["منظمة إنقاذ الطفولة", "أنقذوا الأطفال"], ["NGO"], "ngo")
org("Norwegian Refugee Council", ["المجلس النرويجي للاجئين"], ["NGO"], "ngo", aliases=["NRC"])
org(
    "Syrian Observatory for Human Rights",
    ["المرصد السوري لحقوق الإنسان", "المرصد السوري"],
    ["NGO"],
    "ngo",
    country="SYR",
    aliases=["SOHR"],
)
org(
    "Syrian Network for Human Rights", ["الشبكة السورية لحقوق الإنسان"], ["NGO"], "ngo", country="SYR", aliases=["SNHR"]
)
org(
    "Syria Civil Defence",
    ["الدفاع المدني السوري", "الخوذ البيضاء", "منظمة الخوذ البيضاء"],
    ["NGO"],
    "ngo",
    country="SYR",
    aliases=["White Helmets"],
)
org("Reporters Without Borders", ["مراسلون بلا حدود", "منظمة مراسلون بلا حدود"], ["NGO"], "ngo", aliases=["RSF (NGO)"])
org("Committee to Protect Journalists", ["لجنة حماية الصحفيين"], ["NGO"], "ngo", aliases=["CPJ"])

# ---------------------------------------------------------------- state bodies with proper names
# Syria (post-2024 government and earlier)
SYR_GIS = org(
    "Syrian General Intelligence Service",
    [
        "جهاز الاستخبارات العامة السوري",
        "جهاز الاستخبارات العامة في سوريا",
        "الاستخبارات العامة السورية",
        "جهاز الاستخبارات العامة السورية",
        "إدارة المخابرات العامة",
        "المخابرات العامة السورية",
    ],
    ["GOV", "SPY"],
    "intelligence",
    country="SYR",
    slug="syrian-general-intelligence-service",
    aliases=["General Intelligence Service (Syria)", "General Intelligence Directorate (Syria)"],
    note="institutions.tsv resolves جهاز الاستخبارات العامة + a Syrian context to this body",
)
SYR_MFA = org(
    "Syrian Ministry of Foreign Affairs and Expatriates",
    ["وزارة الخارجية والمغتربين السورية", "وزارة الخارجية السورية", "الخارجية السورية"],
    ["GOV"],
    "ministry",
    country="SYR",
    slug="syrian-ministry-of-foreign-affairs-and-expatriates",
    note="وزارة الخارجية والمغتربين alone is Syria's ministry name",
)
SYR_MOD = org(
    "Syrian Ministry of Defence",
    ["وزارة الدفاع السورية", "الدفاع السورية"],
    ["GOV", "MIL"],
    "ministry",
    country="SYR",
    slug="syrian-ministry-of-defence",
)
SYR_MOI = org(
    "Syrian Ministry of Interior",
    ["وزارة الداخلية السورية", "الداخلية السورية"],
    ["GOV", "COP"],
    "ministry",
    country="SYR",
    slug="syrian-ministry-of-interior",
)
SYR_PRES = org(
    "Syrian Presidency",
    ["الرئاسة السورية", "رئاسة الجمهورية العربية السورية", "الرئاسة السورية"],
    ["GOV"],
    "presidency",
    country="SYR",
    slug="syrian-presidency",
)
org(
    "Syrian General Security",
    ["الأمن العام السوري", "جهاز الأمن العام السوري", "قوات الأمن العام"],
    ["COP"],
    "police",
    country="SYR",
    slug="syrian-general-security",
    aliases=["General Security Service (Syria)"],
    note="the post-2024 internal security force under the Interior Ministry",
)
org(
    "Syrian Arab Army",
    ["الجيش العربي السوري", "جيش النظام السوري", "قوات النظام السوري", "قوات النظام"],
    ["MIL"],
    "armed_forces",
    country="SYR",
    note="the army of the Assad era (to December 2024)",
    amb=["قوات النظام"],
)
org(
    "Syrian Army (2025)",
    ["الجيش السوري الجديد", "الجيش السوري"],
    ["MIL"],
    "armed_forces",
    country="SYR",
    slug="syrian-army",
    note="the army of the post-Assad government",
)
org(
    "Syrian Salvation Government",
    ["حكومة الإنقاذ السورية", "حكومة الإنقاذ"],
    ["GOV"],
    "government",
    country="SYR",
    note="Idlib administration linked to HTS, 2017-2024",
)
org(
    "Syrian Interim Government",
    ["الحكومة السورية المؤقتة", "الحكومة المؤقتة"],
    ["GOV"],
    "government",
    country="SYR",
    note="opposition government of the National Coalition",
    amb=["الحكومة المؤقتة"],
)
org(
    "Military Operations Command (Syria)",
    ["إدارة العمليات العسكرية", "غرفة عمليات ردع العدوان", "ردع العدوان"],
    ["MIL", "REB"],
    "armed_group",
    country="SYR",
    slug="syrian-military-operations-command",
    note="the opposition command that took Damascus in December 2024",
)
org(
    "Syrian People's Assembly",
    ["مجلس الشعب السوري", "مجلس الشعب"],
    ["LEG"],
    "legislature",
    country="SYR",
    slug="syrian-peoples-assembly",
    amb=["مجلس الشعب"],
)
# Israel
org(
    "Israel Defense Forces",
    [
        "الجيش الإسرائيلي",
        "جيش الاحتلال الإسرائيلي",
        "جيش الاحتلال",
        "جيش الدفاع الإسرائيلي",
        "قوات الاحتلال الإسرائيلي",
        "قوات الاحتلال",
    ],
    ["MIL"],
    "armed_forces",
    country="ISR",
    aliases=["IDF"],
    amb=["جيش الاحتلال", "قوات الاحتلال"],
)
org("Mossad", ["الموساد", "جهاز الموساد", "الموساد الإسرائيلي"], ["SPY"], "intelligence", country="ISR")
org(
    "Shin Bet",
    ["الشاباك", "جهاز الشاباك", "جهاز الأمن العام الإسرائيلي", "الشين بيت"],
    ["SPY", "COP"],
    "intelligence",
    country="ISR",
    aliases=["Shabak", "Israel Security Agency"],
)
org("Knesset", ["الكنيست", "الكنيست الإسرائيلي"], ["LEG"], "legislature", country="ISR")
# United States
org("White House", ["البيت الأبيض"], ["GOV"], "presidency", country="USA")
org(
    "United States Department of State",
    ["وزارة الخارجية الأمريكية", "وزارة الخارجية الأميركية", "الخارجية الأمريكية", "الخارجية الأميركية"],
    ["GOV"],
    "ministry",
    country="USA",
    aliases=["State Department"],
)
org(
    "Pentagon",
    [
        "البنتاغون",
        "البنتاجون",
        "وزارة الدفاع الأمريكية",
        "وزارة الدفاع الأميركية",
        "وزارة الحرب الأمريكية",
        "وزارة الحرب الأميركية",
    ],
    ["GOV", "MIL"],
    "ministry",
    country="USA",
    aliases=["United States Department of Defense", "Department of War"],
)
org(
    "Central Intelligence Agency",
    [
        "وكالة المخابرات المركزية الأمريكية",
        "وكالة الاستخبارات المركزية الأمريكية",
        "وكالة المخابرات المركزية الأميركية",
        "وكالة الاستخبارات المركزية الأميركية",
        "سي آي إيه",
        "وكالة المخابرات المركزية",
    ],
    ["SPY"],
    "intelligence",
    country="USA",
    qid="Q37230",
    aliases=["CIA"],
)
org(
    "Federal Bureau of Investigation",
    ["مكتب التحقيقات الفيدرالي", "مكتب التحقيقات الفدرالي", "إف بي آي"],
    ["COP"],
    "police",
    country="USA",
    qid="Q8333",
    aliases=["FBI"],
)
org(
    "United States Central Command",
    ["القيادة المركزية الأمريكية", "القيادة المركزية الأميركية", "سنتكوم"],
    ["MIL"],
    "armed_forces",
    country="USA",
    aliases=["CENTCOM"],
    acr=["سنتكوم"],
)
org(
    "United States Congress",
    ["الكونغرس الأمريكي", "الكونغرس الأميركي", "الكونغرس"],
    ["LEG"],
    "legislature",
    country="USA",
)
org(
    "United States Treasury",
    ["وزارة الخزانة الأمريكية", "وزارة الخزانة الأميركية", "الخزانة الأمريكية"],
    ["GOV"],
    "ministry",
    country="USA",
    aliases=["Department of the Treasury"],
)
# Russia, UK, France, China
org(
    "Kremlin",
    ["الكرملين"],
    ["GOV"],
    "presidency",
    country="RUS",
    aliases=["Moscow Kremlin"],
    note="metonym for the Russian presidency",
)
org(
    "Federal Security Service (Russia)",
    ["جهاز الأمن الفيدرالي الروسي", "الأمن الفيدرالي الروسي"],
    ["SPY"],
    "intelligence",
    country="RUS",
    aliases=["FSB"],
    slug="fsb",
)
org(
    "Wagner Group",
    ["مجموعة فاغنر", "فاغنر", "مرتزقة فاغنر", "الفيلق الأفريقي"],
    ["MIL"],
    "armed_group",
    country="RUS",
    aliases=["Africa Corps"],
)
org("Élysée Palace", ["الإليزيه", "قصر الإليزيه"], ["GOV"], "presidency", country="FRA", slug="elysee-palace")
org(
    "10 Downing Street",
    ["داونينغ ستريت", "داوننغ ستريت"],
    ["GOV"],
    "presidency",
    country="GBR",
    slug="10-downing-street",
)
org(
    "Secret Intelligence Service",
    ["جهاز الاستخبارات البريطاني", "جهاز الاستخبارات الخارجية البريطاني", "إم آي 6"],
    ["SPY"],
    "intelligence",
    country="GBR",
    aliases=["MI6", "SIS"],
    slug="mi6",
)
org(
    "DGSE",
    ["المديرية العامة للأمن الخارجي", "الاستخبارات الخارجية الفرنسية"],
    ["SPY"],
    "intelligence",
    country="FRA",
    slug="dgse",
)
org("Chinese Communist Party", ["الحزب الشيوعي الصيني"], ["PTY", "GOV"], "party", country="CHN", aliases=["CCP", "CPC"])
# Iran
IRGC = org(
    "Islamic Revolutionary Guard Corps",
    ["الحرس الثوري الإيراني", "الحرس الثوري", "حرس الثورة الإسلامية", "الحرس الثوري الإسلامي"],
    ["MIL"],
    "armed_forces",
    country="IRN",
    aliases=["IRGC", "Revolutionary Guards"],
)
org("Quds Force", ["فيلق القدس", "قوة القدس"], ["MIL", "SPY"], "armed_forces", country="IRN", part_of=IRGC)
org("Basij", ["الباسيج", "قوات التعبئة الشعبية"], ["MIL"], "armed_forces", country="IRN", part_of=IRGC)
org(
    "Ministry of Intelligence (Iran)",
    ["وزارة الاستخبارات الإيرانية", "وزارة الأمن والاستخبارات الإيرانية"],
    ["SPY", "GOV"],
    "intelligence",
    country="IRN",
    slug="iranian-ministry-of-intelligence",
    aliases=["MOIS"],
)
org(
    "Supreme National Security Council (Iran)",
    ["المجلس الأعلى للأمن القومي الإيراني", "المجلس الأعلى للأمن القومي"],
    ["GOV"],
    "council",
    country="IRN",
    slug="iran-supreme-national-security-council",
)
org(
    "Atomic Energy Organization of Iran",
    ["منظمة الطاقة الذرية الإيرانية"],
    ["GOV"],
    "agency",
    country="IRN",
    aliases=["AEOI"],
)
# Turkey
org(
    "National Intelligence Organization (Turkey)",
    ["جهاز الاستخبارات التركي", "الاستخبارات التركية", "جهاز الاستخبارات الوطنية التركي", "المخابرات التركية"],
    ["SPY"],
    "intelligence",
    country="TUR",
    aliases=["MIT", "MİT"],
    slug="turkish-national-intelligence-organization",
)
org(
    "Turkish Armed Forces",
    ["القوات المسلحة التركية", "الجيش التركي"],
    ["MIL"],
    "armed_forces",
    country="TUR",
    aliases=["TSK"],
)
# Arab states
SAU_GIP = org(
    "General Intelligence Presidency (Saudi Arabia)",
    ["رئاسة الاستخبارات العامة", "الاستخبارات العامة السعودية", "رئاسة الاستخبارات العامة السعودية"],
    ["SPY"],
    "intelligence",
    country="SAU",
    aliases=["GIP"],
    slug="saudi-general-intelligence-presidency",
)
EGY_GIS = org(
    "General Intelligence Directorate (Egypt)",
    ["المخابرات العامة المصرية", "جهاز المخابرات العامة المصرية", "المخابرات المصرية"],
    ["SPY"],
    "intelligence",
    country="EGY",
    slug="egyptian-general-intelligence-directorate",
    aliases=["GIS (Egypt)"],
)
JOR_GID = org(
    "General Intelligence Directorate (Jordan)",
    ["دائرة المخابرات العامة", "المخابرات الأردنية", "دائرة المخابرات العامة الأردنية"],
    ["SPY"],
    "intelligence",
    country="JOR",
    slug="jordanian-general-intelligence-directorate",
)
IRQ_INIS = org(
    "Iraqi National Intelligence Service",
    ["جهاز المخابرات الوطني العراقي", "جهاز المخابرات العراقي", "المخابرات العراقية"],
    ["SPY"],
    "intelligence",
    country="IRQ",
    aliases=["INIS"],
)
org(
    "Iraqi Counter-Terrorism Service",
    ["جهاز مكافحة الإرهاب العراقي", "جهاز مكافحة الإرهاب"],
    ["MIL"],
    "armed_forces",
    country="IRQ",
    aliases=["CTS"],
    amb=["جهاز مكافحة الإرهاب"],
)
org("Lebanese Armed Forces", ["الجيش اللبناني"], ["MIL"], "armed_forces", country="LBN", aliases=["LAF"])
LBN_GS = org(
    "General Directorate of General Security (Lebanon)",
    ["الأمن العام اللبناني", "المديرية العامة للأمن العام"],
    ["SPY", "COP"],
    "intelligence",
    country="LBN",
    slug="lebanese-general-security",
)
PA = org(
    "Palestinian Authority",
    ["السلطة الفلسطينية", "السلطة الوطنية الفلسطينية"],
    ["GOV"],
    "government",
    country="PSE",
    aliases=["PA", "Palestinian National Authority"],
)
PSE_GIS = org(
    "Palestinian General Intelligence Service",
    ["جهاز المخابرات العامة الفلسطينية", "المخابرات الفلسطينية", "المخابرات العامة الفلسطينية"],
    ["SPY"],
    "intelligence",
    country="PSE",
)
org(
    "Presidential Leadership Council (Yemen)",
    ["مجلس القيادة الرئاسي", "مجلس القيادة الرئاسي اليمني"],
    ["GOV"],
    "presidency",
    country="YEM",
    slug="yemen-presidential-leadership-council",
)
org(
    "Supreme Political Council (Houthi)",
    ["المجلس السياسي الأعلى"],
    ["GOV", "REB"],
    "council",
    country="YEM",
    slug="houthi-supreme-political-council",
)
org(
    "Sovereignty Council of Sudan",
    ["مجلس السيادة", "مجلس السيادة الانتقالي", "مجلس السيادة السوداني"],
    ["GOV"],
    "presidency",
    country="SDN",
    amb=["مجلس السيادة"],
)
org(
    "Libyan Presidential Council",
    ["المجلس الرئاسي الليبي", "المجلس الرئاسي"],
    ["GOV"],
    "presidency",
    country="LBY",
    amb=["المجلس الرئاسي"],
)
org(
    "Government of National Unity (Libya)",
    ["حكومة الوحدة الوطنية", "حكومة الوحدة الوطنية الليبية"],
    ["GOV"],
    "government",
    country="LBY",
    slug="libya-government-of-national-unity",
    amb=["حكومة الوحدة الوطنية"],
)
org(
    "House of Representatives (Libya)",
    ["مجلس النواب الليبي"],
    ["LEG"],
    "legislature",
    country="LBY",
    slug="libyan-house-of-representatives",
)
org(
    "Kurdistan Regional Government",
    ["حكومة إقليم كردستان", "حكومة إقليم كردستان العراق", "حكومة الإقليم"],
    ["GOV"],
    "government",
    country="IRQ",
    aliases=["KRG"],
    amb=["حكومة الإقليم"],
)

# ---------------------------------------------------------------- media and platforms
for en, ar, country, qid, extra in [
    (
        "SANA",
        ["الوكالة العربية السورية للأنباء", "سانا", "وكالة سانا", "وكالة الأنباء السورية"],
        "SYR",
        None,
        {"acr": ["سانا"], "aliases": ["Syrian Arab News Agency"], "slug": "sana"},
    ),
    (
        "Al-Fidaa",
        ["صحيفة الفداء", "جريدة الفداء", "الفداء"],
        "SYR",
        None,
        {"amb": ["الفداء"], "note": "Syrian daily newspaper from Hama"},
    ),
    (
        "Al-Thawra (Syria)",
        ["صحيفة الثورة", "جريدة الثورة", "صحيفة الثورة السورية"],
        "SYR",
        None,
        {"slug": "al-thawra-syria"},
    ),
    ("Tishreen", ["صحيفة تشرين", "جريدة تشرين"], "SYR", None, {}),
    ("Al-Watan (Syria)", ["صحيفة الوطن السورية", "الوطن السورية"], "SYR", None, {"slug": "al-watan-syria"}),
    ("Syrian Ikhbariya", ["الإخبارية السورية", "قناة الإخبارية السورية"], "SYR", None, {}),
    ("Syria TV", ["تلفزيون سوريا", "قناة سوريا"], "SYR", None, {}),
    ("Enab Baladi", ["عنب بلدي"], "SYR", None, {}),
    ("Al Jazeera", ["قناة الجزيرة", "الجزيرة", "شبكة الجزيرة", "الجزيرة نت"], "QAT", None, {"amb": ["الجزيرة"]}),
    ("Al Arabiya", ["قناة العربية", "العربية", "العربية نت", "العربية.نت"], "SAU", None, {"amb": ["العربية"]}),
    ("Al Hadath", ["قناة الحدث", "الحدث"], "SAU", None, {"amb": ["الحدث"]}),
    ("Sky News Arabia", ["سكاي نيوز عربية", "سكاي نيوز عربي"], "ARE", None, {}),
    ("Asharq Al-Awsat", ["صحيفة الشرق الأوسط", "جريدة الشرق الأوسط"], "SAU", None, {}),
    ("Al-Quds Al-Arabi", ["القدس العربي", "صحيفة القدس العربي"], "GBR", None, {}),
    ("Al-Araby Al-Jadeed", ["العربي الجديد"], "GBR", None, {"aliases": ["The New Arab"]}),
    ("Al Mayadeen", ["قناة الميادين", "الميادين"], "LBN", None, {"amb": ["الميادين"]}),
    ("Al-Manar", ["قناة المنار", "المنار"], "LBN", None, {"amb": ["المنار"]}),
    ("Al-Akhbar (Lebanon)", ["صحيفة الأخبار اللبنانية", "جريدة الأخبار"], "LBN", None, {"slug": "al-akhbar-lebanon"}),
    ("An-Nahar", ["صحيفة النهار", "النهار اللبنانية"], "LBN", None, {}),
    ("Al-Ahram", ["صحيفة الأهرام", "الأهرام"], "EGY", None, {"amb": ["الأهرام"]}),
    ("Youm7", ["اليوم السابع"], "EGY", None, {}),
    ("Middle East News Agency", ["وكالة أنباء الشرق الأوسط"], "EGY", None, {"aliases": ["MENA"]}),
    ("Saudi Press Agency", ["وكالة الأنباء السعودية", "واس"], "SAU", None, {"acr": ["واس"], "aliases": ["SPA"]}),
    ("Emirates News Agency", ["وكالة أنباء الإمارات", "وام"], "ARE", None, {"acr": ["وام"], "aliases": ["WAM"]}),
    ("Qatar News Agency", ["وكالة الأنباء القطرية", "قنا"], "QAT", None, {"acr": ["قنا"], "aliases": ["QNA"]}),
    ("Kuwait News Agency", ["وكالة الأنباء الكويتية", "كونا"], "KWT", None, {"acr": ["كونا"], "aliases": ["KUNA"]}),
    ("Iraqi News Agency", ["وكالة الأنباء العراقية", "واع"], "IRQ", None, {"acr": ["واع"], "aliases": ["INA"]}),
    ("Petra News Agency", ["وكالة الأنباء الأردنية", "بترا"], "JOR", None, {"acr": ["بترا"], "aliases": ["Petra"]}),
    ("National News Agency (Lebanon)", ["الوكالة الوطنية للإعلام"], "LBN", None, {"aliases": ["NNA"]}),
    ("WAFA", ["وكالة الأنباء والمعلومات الفلسطينية", "وفا", "وكالة وفا"], "PSE", None, {"acr": ["وفا"]}),
    ("Anadolu Agency", ["وكالة الأناضول", "الأناضول", "وكالة الأناضول للأنباء"], "TUR", None, {"aliases": ["AA"]}),
    ("TRT Arabi", ["تي آر تي عربي", "تي أر تي عربي"], "TUR", None, {}),
    (
        "IRNA",
        ["وكالة الجمهورية الإسلامية للأنباء", "إرنا", "وكالة إرنا"],
        "IRN",
        None,
        {"aliases": ["Islamic Republic News Agency"]},
    ),
    ("Tasnim News Agency", ["وكالة تسنيم", "تسنيم"], "IRN", None, {}),
    ("Fars News Agency", ["وكالة فارس", "وكالة أنباء فارس"], "IRN", None, {}),
    ("Press TV", ["برس تي في"], "IRN", None, {}),
    ("Al-Alam", ["قناة العالم"], "IRN", None, {}),
    ("Reuters", ["رويترز", "وكالة رويترز", "وكالة رويترز للأنباء"], "GBR", "Q130879", {}),
    (
        "Agence France-Presse",
        ["وكالة الصحافة الفرنسية", "فرانس برس", "وكالة فرانس برس", "أ ف ب"],
        "FRA",
        "Q40464",
        {"aliases": ["AFP"]},
    ),
    ("Associated Press", ["أسوشيتد برس", "وكالة أسوشيتد برس", "أسوشييتد برس"], "USA", "Q40469", {"aliases": ["AP"]}),
    ("BBC", ["بي بي سي", "هيئة الإذاعة البريطانية", "بي بي سي عربي"], "GBR", "Q9531", {}),
    ("CNN", ["سي إن إن", "شبكة سي إن إن"], "USA", "Q48340", {}),
    ("France 24", ["فرانس 24", "قناة فرانس 24"], "FRA", None, {}),
    ("RT", ["روسيا اليوم", "آر تي", "قناة روسيا اليوم", "آر تي عربية"], "RUS", None, {"aliases": ["Russia Today"]}),
    ("Sputnik", ["سبوتنيك", "وكالة سبوتنيك"], "RUS", None, {}),
    ("TASS", ["وكالة تاس", "تاس"], "RUS", None, {}),
    ("RIA Novosti", ["نوفوستي", "ريا نوفوستي", "وكالة نوفوستي"], "RUS", None, {}),
    ("Xinhua", ["شينخوا", "وكالة شينخوا", "وكالة أنباء الصين الجديدة"], "CHN", None, {}),
    ("Bloomberg", ["بلومبرغ", "وكالة بلومبرغ", "بلومبيرغ"], "USA", None, {}),
    ("The New York Times", ["نيويورك تايمز", "صحيفة نيويورك تايمز"], "USA", None, {}),
    ("The Washington Post", ["واشنطن بوست", "صحيفة واشنطن بوست"], "USA", None, {}),
    ("The Wall Street Journal", ["وول ستريت جورنال", "صحيفة وول ستريت جورنال"], "USA", None, {}),
    ("Axios", ["أكسيوس", "موقع أكسيوس"], "USA", None, {}),
    ("Fox News", ["فوكس نيوز"], "USA", None, {}),
    ("Alhurra", ["قناة الحرة", "الحرة"], "USA", None, {"amb": ["الحرة"]}),
    ("The Guardian", ["الغارديان", "صحيفة الغارديان", "الجارديان"], "GBR", None, {}),
    ("Financial Times", ["فايننشال تايمز", "فاينانشال تايمز"], "GBR", None, {}),
    ("The Times", ["التايمز", "صحيفة التايمز"], "GBR", None, {}),
    ("Le Monde", ["لوموند", "صحيفة لوموند"], "FRA", None, {}),
    ("Haaretz", ["هآرتس", "صحيفة هآرتس"], "ISR", None, {}),
    ("Yedioth Ahronoth", ["يديعوت أحرونوت", "يديعوت أحرونوت"], "ISR", None, {}),
    ("The Times of Israel", ["تايمز أوف إسرائيل"], "ISR", None, {}),
    ("Israeli Channel 12", ["القناة 12 الإسرائيلية", "القناة الـ12 الإسرائيلية"], "ISR", None, {}),
    (
        "Kan (Israeli Public Broadcasting Corporation)",
        ["هيئة البث الإسرائيلية", "القناة 11 الإسرائيلية"],
        "ISR",
        None,
        {"slug": "kan"},
    ),
]:
    org(
        en,
        ar,
        ["MED"],
        "media",
        country=country,
        qid=qid,
        acr=extra.get("acr", ()),
        aliases=extra.get("aliases", ()),
        amb=extra.get("amb", ()),
        slug=extra.get("slug"),
        note=extra.get("note"),
    )
for en, ar, qid, extra in [
    (
        "X (Twitter)",
        ["منصة إكس", "إكس", "تويتر", "منصة تويتر", "موقع تويتر", "منصة X"],
        "Q918",
        {"aliases": ["X", "Twitter", "X Corp"], "amb": ["إكس"]},
    ),
    ("Facebook", ["فيسبوك", "فيس بوك", "منصة فيسبوك", "موقع فيسبوك"], "Q355", {}),
    (
        "Telegram",
        ["تلغرام", "تيليغرام", "تليغرام", "تلجرام", "منصة تلغرام", "قناته على تلغرام"],
        None,
        {"slug": "telegram"},
    ),
    ("YouTube", ["يوتيوب", "يوتيوب"], "Q866", {}),
    ("Instagram", ["إنستغرام", "انستغرام", "إنستجرام"], "Q209330", {}),
    ("WhatsApp", ["واتساب", "واتس آب", "واتس اب"], "Q1049511", {}),
    ("TikTok", ["تيك توك"], None, {}),
    ("Truth Social", ["تروث سوشيال", "منصة تروث سوشيال"], None, {}),
    ("Meta Platforms", ["ميتا", "شركة ميتا"], "Q380", {"aliases": ["Meta"], "amb": ["ميتا"]}),
    ("Google", ["غوغل", "جوجل"], "Q95", {}),
]:
    org(
        en,
        ar,
        ["MED", "BUS"],
        "platform",
        country="USA" if en not in ("Telegram", "TikTok") else None,
        qid=qid,
        aliases=extra.get("aliases", ()),
        amb=extra.get("amb", ()),
        slug=extra.get("slug"),
    )
org("Saudi Aramco", ["أرامكو", "أرامكو السعودية", "شركة أرامكو"], ["BUS"], "company", country="SAU", aliases=["Aramco"])

# ================================================================ GROUPS
IS = grp(
    "Islamic State",
    [
        "تنظيم الدولة الإسلامية",
        "داعش",
        "تنظيم داعش",
        "تنظيم الدولة",
        "الدولة الإسلامية",
        "الدولة الإسلامية في العراق والشام",
        "تنظيم الدولة الإسلامية في العراق والشام",
        "الدولة الإسلامية في العراق",
        "تنظيم الدولة الإسلامية في العراق وسوريا",
        "دولة الخلافة",
    ],
    ["INS"],
    "armed_group",
    qid="Q2429253",
    acr=["داعش"],
    aliases=["ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria"],
    note="names are listed without the quotation marks news often puts around داعش",
)
grp(
    "Islamic State – Khorasan Province",
    ["ولاية خراسان", "تنظيم داعش خراسان", "داعش خراسان", "تنظيم الدولة ولاية خراسان"],
    ["INS"],
    "armed_group",
    part_of=IS,
    aliases=["ISIS-K", "ISKP"],
    slug="islamic-state-khorasan-province",
)
grp(
    "Islamic State – Sinai Province",
    ["ولاية سيناء", "تنظيم ولاية سيناء", "داعش سيناء"],
    ["INS"],
    "armed_group",
    part_of=IS,
    country="EGY",
    slug="islamic-state-sinai-province",
)
grp(
    "Islamic State West Africa Province",
    ["ولاية غرب أفريقيا", "ولاية غرب إفريقيا", "داعش غرب أفريقيا"],
    ["INS"],
    "armed_group",
    part_of=IS,
    aliases=["ISWAP"],
)
AQ = grp(
    "al-Qaeda",
    ["تنظيم القاعدة", "القاعدة"],
    ["INS"],
    "armed_group",
    qid="Q34490",
    aliases=["Al Qaeda", "al-Qaida"],
    amb=["القاعدة"],
)
grp(
    "al-Qaeda in the Arabian Peninsula",
    ["تنظيم القاعدة في جزيرة العرب", "القاعدة في جزيرة العرب"],
    ["INS"],
    "armed_group",
    part_of=AQ,
    country="YEM",
    aliases=["AQAP"],
)
grp(
    "al-Qaeda in the Islamic Maghreb",
    ["تنظيم القاعدة في بلاد المغرب الإسلامي", "القاعدة في بلاد المغرب الإسلامي"],
    ["INS"],
    "armed_group",
    part_of=AQ,
    aliases=["AQIM"],
)
grp(
    "Jama'at Nusrat al-Islam wal-Muslimin",
    ["جماعة نصرة الإسلام والمسلمين"],
    ["INS"],
    "armed_group",
    part_of=AQ,
    aliases=["JNIM"],
    slug="jnim",
)
grp(
    "al-Shabaab",
    ["حركة الشباب", "حركة الشباب المجاهدين", "الشباب المجاهدين"],
    ["INS"],
    "armed_group",
    country="SOM",
    aliases=["Harakat al-Shabaab al-Mujahideen"],
    part_of=AQ,
)
grp("Boko Haram", ["بوكو حرام", "جماعة بوكو حرام"], ["INS"], "armed_group", country="NGA")
grp("Hurras al-Din", ["تنظيم حراس الدين", "حراس الدين"], ["INS"], "armed_group", country="SYR", part_of=AQ)
NUSRA = grp(
    "al-Nusra Front",
    ["جبهة النصرة", "النصرة", "جبهة فتح الشام", "جبهة النصرة لأهل الشام"],
    ["INS"],
    "armed_group",
    country="SYR",
    aliases=["Jabhat al-Nusra", "Jabhat Fatah al-Sham", "Nusra Front"],
    note="2012-2017; merged into Hayat Tahrir al-Sham",
)
grp(
    "Hayat Tahrir al-Sham",
    ["هيئة تحرير الشام", "تحرير الشام"],
    ["REB"],
    "armed_group",
    country="SYR",
    aliases=["HTS", "Tahrir al-Sham"],
    note="2017 - January 2025 (dissolved into the new Syrian state)",
)
grp(
    "Ahrar al-Sham",
    ["حركة أحرار الشام", "أحرار الشام", "حركة أحرار الشام الإسلامية"],
    ["REB"],
    "armed_group",
    country="SYR",
)
grp("Jaysh al-Islam", ["جيش الإسلام"], ["REB"], "armed_group", country="SYR")
grp("Free Syrian Army", ["الجيش السوري الحر", "الجيش الحر"], ["REB"], "armed_group", country="SYR", aliases=["FSA"])
grp(
    "Syrian National Army",
    ["الجيش الوطني السوري", "الجيش الوطني"],
    ["REB"],
    "armed_group",
    country="SYR",
    aliases=["SNA"],
    amb=["الجيش الوطني"],
)
grp("National Front for Liberation", ["الجبهة الوطنية للتحرير"], ["REB"], "armed_group", country="SYR", aliases=["NFL"])
grp("Sultan Murad Division", ["فرقة السلطان مراد"], ["REB"], "armed_group", country="SYR")
grp("Hamza Division", ["فرقة الحمزة", "الحمزات"], ["REB"], "armed_group", country="SYR")
grp(
    "Sultan Suleiman Shah Division",
    ["فرقة السلطان سليمان شاه", "العمشات"],
    ["REB"],
    "armed_group",
    country="SYR",
    aliases=["Amshat"],
)
grp(
    "Syrian Free Army",
    ["جيش سوريا الحرة", "جيش مغاوير الثورة", "مغاوير الثورة"],
    ["REB"],
    "armed_group",
    country="SYR",
    aliases=["Maghawir al-Thawra"],
    note="US-backed group at al-Tanf",
)
grp("Men of Dignity", ["حركة رجال الكرامة", "رجال الكرامة"], ["REB"], "armed_group", country="SYR")
grp(
    "Syrian National Coalition",
    [
        "الائتلاف الوطني لقوى الثورة والمعارضة السورية",
        "الائتلاف الوطني السوري",
        "الائتلاف السوري المعارض",
        "ائتلاف المعارضة السورية",
    ],
    ["OPP"],
    "political_group",
    country="SYR",
    aliases=["SNC"],
)
grp(
    "Syrian Negotiation Commission",
    ["هيئة التفاوض السورية", "هيئة التفاوض", "الهيئة العليا للمفاوضات"],
    ["OPP"],
    "political_group",
    country="SYR",
    amb=["هيئة التفاوض"],
)
SDF = grp(
    "Syrian Democratic Forces",
    ["قوات سوريا الديمقراطية", "قسد", "قوات سورية الديمقراطية"],
    ["REB"],
    "armed_group",
    country="SYR",
    acr=["قسد"],
    aliases=["SDF"],
)
grp(
    "People's Defense Units",
    ["وحدات حماية الشعب", "وحدات حماية الشعب الكردية"],
    ["REB"],
    "armed_group",
    country="SYR",
    aliases=["YPG"],
    part_of=SDF,
    slug="ypg",
)
grp(
    "Women's Protection Units",
    ["وحدات حماية المرأة"],
    ["REB"],
    "armed_group",
    country="SYR",
    aliases=["YPJ"],
    part_of=SDF,
    slug="ypj",
)
grp(
    "Asayish",
    ["الأسايش", "قوى الأمن الداخلي الكردية", "قوى الأمن الداخلي"],
    ["COP", "REB"],
    "armed_group",
    country="SYR",
    amb=["قوى الأمن الداخلي"],
)
grp(
    "Syrian Democratic Council",
    ["مجلس سوريا الديمقراطية", "مسد"],
    ["OPP"],
    "political_group",
    country="SYR",
    acr=["مسد"],
    aliases=["SDC"],
)
grp(
    "Autonomous Administration of North and East Syria",
    [
        "الإدارة الذاتية لشمال وشرق سوريا",
        "الإدارة الذاتية",
        "الإدارة الذاتية الكردية",
        "الإدارة الذاتية لشمال وشرقي سوريا",
    ],
    ["GOV", "REB"],
    "political_group",
    country="SYR",
    aliases=["AANES", "Rojava"],
    amb=["الإدارة الذاتية"],
)
grp(
    "Democratic Union Party",
    ["حزب الاتحاد الديمقراطي", "حزب الاتحاد الديمقراطي الكردي"],
    ["PTY"],
    "party",
    country="SYR",
    aliases=["PYD"],
)
grp(
    "Kurdistan Workers' Party",
    ["حزب العمال الكردستاني", "العمال الكردستاني", "بي كا كا"],
    ["INS"],
    "armed_group",
    country="TUR",
    aliases=["PKK"],
    acr=["بي كا كا"],
)
grp("Kurdistan Democratic Party", ["الحزب الديمقراطي الكردستاني"], ["PTY"], "party", country="IRQ", aliases=["KDP"])
grp("Patriotic Union of Kurdistan", ["الاتحاد الوطني الكردستاني"], ["PTY"], "party", country="IRQ", aliases=["PUK"])
grp("Peshmerga", ["البيشمركة", "قوات البيشمركة", "البشمركة"], ["MIL"], "armed_forces", country="IRQ")
grp(
    "Baath Party (Syria)",
    ["حزب البعث العربي الاشتراكي", "حزب البعث", "البعث"],
    ["PTY"],
    "party",
    country="SYR",
    slug="baath-party-syria",
    amb=["البعث"],
    note="dissolved in January 2025",
)
grp(
    "Fourth Armoured Division",
    ["الفرقة الرابعة"],
    ["MIL"],
    "armed_forces",
    country="SYR",
    note="Assad-era elite division",
)
HEZ = grp(
    "Hezbollah",
    ["حزب الله", "حزب الله اللبناني"],
    ["PTY", "REB"],
    "armed_group",
    country="LBN",
    aliases=["Hizbullah", "Hizballah"],
    amb=["الحزب"],
)
grp("Radwan Force", ["قوة الرضوان"], ["REB"], "armed_group", country="LBN", part_of=HEZ)
grp("Amal Movement", ["حركة أمل"], ["PTY"], "party", country="LBN")
grp("Lebanese Forces", ["حزب القوات اللبنانية", "القوات اللبنانية"], ["PTY"], "party", country="LBN")
grp("Free Patriotic Movement", ["التيار الوطني الحر"], ["PTY"], "party", country="LBN")
grp("Future Movement", ["تيار المستقبل"], ["PTY"], "party", country="LBN")
HAMAS = grp(
    "Hamas",
    ["حركة حماس", "حماس", "حركة المقاومة الإسلامية", "حركة المقاومة الإسلامية حماس"],
    ["PTY", "INS"],
    "armed_group",
    country="PSE",
    acr=["حماس"],
)
grp(
    "Izz ad-Din al-Qassam Brigades",
    ["كتائب عز الدين القسام", "كتائب القسام", "القسام"],
    ["INS"],
    "armed_group",
    country="PSE",
    part_of=HAMAS,
    aliases=["Qassam Brigades"],
)
PIJ = grp(
    "Palestinian Islamic Jihad",
    ["حركة الجهاد الإسلامي", "الجهاد الإسلامي", "حركة الجهاد الإسلامي في فلسطين"],
    ["INS"],
    "armed_group",
    country="PSE",
    aliases=["PIJ", "Islamic Jihad"],
)
grp("Al-Quds Brigades", ["سرايا القدس"], ["INS"], "armed_group", country="PSE", part_of=PIJ)
FATAH = grp("Fatah", ["حركة فتح", "حركة التحرير الوطني الفلسطيني", "فتح"], ["PTY"], "party", country="PSE", amb=["فتح"])
grp(
    "Palestine Liberation Organization",
    ["منظمة التحرير الفلسطينية", "منظمة التحرير"],
    ["GOV"],
    "political_group",
    country="PSE",
    aliases=["PLO"],
)
grp(
    "Popular Front for the Liberation of Palestine",
    ["الجبهة الشعبية لتحرير فلسطين", "الجبهة الشعبية"],
    ["PTY"],
    "party",
    country="PSE",
    aliases=["PFLP"],
    amb=["الجبهة الشعبية"],
)
grp(
    "Democratic Front for the Liberation of Palestine",
    ["الجبهة الديمقراطية لتحرير فلسطين", "الجبهة الديمقراطية"],
    ["PTY"],
    "party",
    country="PSE",
    aliases=["DFLP"],
)
grp("Al-Aqsa Martyrs' Brigades", ["كتائب شهداء الأقصى"], ["INS"], "armed_group", country="PSE", part_of=FATAH)
grp("Lions' Den", ["عرين الأسود", "مجموعة عرين الأسود"], ["INS"], "armed_group", country="PSE")
grp(
    "Houthis",
    [
        "الحوثيون",
        "جماعة الحوثي",
        "أنصار الله",
        "جماعة أنصار الله",
        "الحوثيين",
        "جماعة الحوثيين",
        "ميليشيا الحوثي",
        "مليشيا الحوثي",
    ],
    ["REB"],
    "armed_group",
    country="YEM",
    aliases=["Ansar Allah", "Houthi movement"],
)
grp(
    "Southern Transitional Council",
    ["المجلس الانتقالي الجنوبي", "الانتقالي الجنوبي"],
    ["REB", "PTY"],
    "political_group",
    country="YEM",
    aliases=["STC"],
)
grp(
    "Al-Islah (Yemen)", ["حزب الإصلاح", "التجمع اليمني للإصلاح"], ["PTY"], "party", country="YEM", slug="al-islah-yemen"
)
grp("General People's Congress", ["حزب المؤتمر الشعبي العام", "المؤتمر الشعبي العام"], ["PTY"], "party", country="YEM")
PMF = grp(
    "Popular Mobilization Forces",
    ["الحشد الشعبي", "هيئة الحشد الشعبي", "قوات الحشد الشعبي"],
    ["MIL"],
    "armed_group",
    country="IRQ",
    aliases=["PMF", "PMU", "Hashd al-Shaabi"],
)
grp(
    "Kata'ib Hezbollah",
    ["كتائب حزب الله", "كتائب حزب الله العراقية"],
    ["INS"],
    "armed_group",
    country="IRQ",
    part_of=PMF,
    slug="kataib-hezbollah",
)
grp(
    "Asa'ib Ahl al-Haq",
    ["عصائب أهل الحق", "العصائب"],
    ["INS", "PTY"],
    "armed_group",
    country="IRQ",
    part_of=PMF,
    slug="asaib-ahl-al-haq",
)
grp("Badr Organization", ["منظمة بدر", "فيلق بدر"], ["PTY", "MIL"], "armed_group", country="IRQ", part_of=PMF)
grp(
    "Harakat Hezbollah al-Nujaba",
    ["حركة النجباء", "حركة حزب الله النجباء", "النجباء"],
    ["INS"],
    "armed_group",
    country="IRQ",
    part_of=PMF,
)
grp(
    "Kata'ib Sayyid al-Shuhada",
    ["كتائب سيد الشهداء"],
    ["INS"],
    "armed_group",
    country="IRQ",
    part_of=PMF,
    slug="kataib-sayyid-al-shuhada",
)
grp("Islamic Resistance in Iraq", ["المقاومة الإسلامية في العراق"], ["INS"], "armed_group", country="IRQ")
grp("Saraya al-Salam", ["سرايا السلام"], ["MIL"], "armed_group", country="IRQ", part_of=PMF)
grp("Sadrist Movement", ["التيار الصدري", "التيار الوطني الشيعي"], ["PTY"], "political_group", country="IRQ")
grp(
    "Muslim Brotherhood",
    ["جماعة الإخوان المسلمين", "الإخوان المسلمين", "الإخوان المسلمون", "الإخوان", "جماعة الإخوان"],
    ["PTY", "REL"],
    "political_group",
    amb=["الإخوان"],
)
grp("Taliban", ["حركة طالبان", "طالبان"], ["INS", "GOV"], "armed_group", country="AFG")
grp(
    "Polisario Front", ["جبهة البوليساريو", "البوليساريو"], ["REB"], "armed_group", country="ESH", aliases=["Polisario"]
)
grp(
    "Rapid Support Forces",
    ["قوات الدعم السريع", "الدعم السريع", "ميليشيا الدعم السريع", "مليشيا الدعم السريع"],
    ["MIL", "REB"],
    "armed_group",
    country="SDN",
    aliases=["RSF"],
)
grp(
    "Sudanese Armed Forces",
    ["القوات المسلحة السودانية", "الجيش السوداني"],
    ["MIL"],
    "armed_forces",
    country="SDN",
    aliases=["SAF"],
)
grp(
    "SPLM-North",
    ["الحركة الشعبية لتحرير السودان - شمال", "الحركة الشعبية شمال", "الحركة الشعبية لتحرير السودان-شمال"],
    ["REB"],
    "armed_group",
    country="SDN",
    aliases=["SPLM-N"],
    slug="splm-n",
)
grp(
    "Libyan National Army",
    ["الجيش الوطني الليبي", "قوات حفتر", "قوات القيادة العامة", "القيادة العامة"],
    ["MIL"],
    "armed_group",
    country="LBY",
    aliases=["LNA", "Libyan Arab Armed Forces"],
    amb=["القيادة العامة"],
)
grp("Ennahda", ["حركة النهضة", "حزب حركة النهضة"], ["PTY"], "party", country="TUN")
grp(
    "Justice and Development Party (Turkey)",
    ["حزب العدالة والتنمية التركي", "حزب العدالة والتنمية"],
    ["PTY"],
    "party",
    country="TUR",
    aliases=["AKP", "AK Party"],
    amb=["حزب العدالة والتنمية"],
    slug="akp",
    note="the bare Arabic name is also Morocco's PJD",
)
grp(
    "Justice and Development Party (Morocco)",
    ["حزب العدالة والتنمية المغربي"],
    ["PTY"],
    "party",
    country="MAR",
    aliases=["PJD"],
    slug="pjd-morocco",
)
grp("Republican People's Party", ["حزب الشعب الجمهوري"], ["PTY"], "party", country="TUR", aliases=["CHP"])
grp("Nationalist Movement Party", ["حزب الحركة القومية"], ["PTY"], "party", country="TUR", aliases=["MHP"])
grp(
    "Peoples' Equality and Democracy Party",
    ["حزب المساواة وديمقراطية الشعوب", "حزب ديم"],
    ["PTY"],
    "party",
    country="TUR",
    aliases=["DEM Party"],
    slug="dem-party",
)
grp(
    "Gülen movement",
    ["جماعة غولن", "حركة غولن", "منظمة فتح الله غولن", "منظمة غولن"],
    ["REL", "OPP"],
    "political_group",
    country="TUR",
    aliases=["FETÖ", "Hizmet"],
    slug="gulen-movement",
)
grp("Likud", ["حزب الليكود", "الليكود"], ["PTY"], "party", country="ISR")
grp("Otzma Yehudit", ["حزب القوة اليهودية", "القوة اليهودية", "عوتسما يهوديت"], ["PTY"], "party", country="ISR")
grp("Religious Zionist Party", ["حزب الصهيونية الدينية", "الصهيونية الدينية"], ["PTY"], "party", country="ISR")
grp("Yesh Atid", ["حزب يش عتيد", "يش عتيد", "هناك مستقبل"], ["PTY"], "party", country="ISR")
grp("Shas", ["حزب شاس", "شاس"], ["PTY"], "party", country="ISR")
grp(
    "Democratic Party (United States)",
    ["الحزب الديمقراطي الأمريكي", "الحزب الديمقراطي الأميركي", "الحزب الديمقراطي"],
    ["PTY"],
    "party",
    country="USA",
    amb=["الحزب الديمقراطي"],
    slug="us-democratic-party",
)
grp(
    "Republican Party (United States)",
    ["الحزب الجمهوري الأمريكي", "الحزب الجمهوري الأميركي", "الحزب الجمهوري"],
    ["PTY"],
    "party",
    country="USA",
    amb=["الحزب الجمهوري"],
    slug="us-republican-party",
)
grp("United Russia", ["حزب روسيا الموحدة", "روسيا الموحدة"], ["PTY"], "party", country="RUS")
grp("Labour Party (UK)", ["حزب العمال البريطاني"], ["PTY"], "party", country="GBR", slug="uk-labour-party")
grp(
    "Conservative Party (UK)",
    ["حزب المحافظين البريطاني", "حزب المحافظين"],
    ["PTY"],
    "party",
    country="GBR",
    slug="uk-conservative-party",
)
grp(
    "People's Mujahedin of Iran",
    ["منظمة مجاهدي خلق", "مجاهدي خلق", "مجاهدو خلق"],
    ["OPP"],
    "armed_group",
    country="IRN",
    aliases=["MEK", "MKO"],
)
grp("Jaish al-Adl", ["جيش العدل", "جماعة جيش العدل"], ["INS"], "armed_group", country="IRN")
grp(
    "Ansar al-Sharia (Libya)",
    ["أنصار الشريعة", "تنظيم أنصار الشريعة"],
    ["INS"],
    "armed_group",
    country="LBY",
    slug="ansar-al-sharia-libya",
)
