#!/usr/bin/env python3
"""Writes the verdict test cases (one folder per case: ownership.json in BODS 0.4, products.csv, inventory.csv,
expected.json) from the compact descriptions below. The files it writes are the fixtures; rerun it after editing
a case: python3 cases/generate.py"""
import csv, json, os, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
NS = uuid.UUID("6f1c1a52-5a55-4b63-8d2c-2d6f0b7a0c11")
NAMES = {"CN": "China", "GB": "United Kingdom", "US": "United States", "HK": "Hong Kong", "DE": "Germany",
         "KY": "Cayman Islands", "MO": "Macao", "CN-BJ": "Beijing", "CN-HK": "Hong Kong", "CN-91": "Hong Kong",
         "GB-SCT": "Scotland"}


def org(rid, jur=None, listed=False, kind="registeredEntity", name=None, date="2020-01-01"):
    d = {"isComponent": False, "entityType": {"type": kind}, "name": name or rid.upper()}
    if jur:
        d["jurisdiction"] = {"name": NAMES[jur], "code": jur}
    if listed:
        d["publicListing"] = {"hasPublicListing": True}
    return ("entity", rid, d, date)


def person(rid, nat=None, date="2020-01-01"):
    d = {"isComponent": False, "personType": "knownPerson", "names": [{"type": "legal", "fullName": rid.title()}]}
    if nat:
        d["nationalities"] = [{"name": NAMES[nat], "code": nat}]
    return ("person", rid, d, date)


def rel(rid, holder, subject, *interests, date="2020-01-01", components=None, component=False):
    """components: the record ids a primary indirect relationship lists; component: this one is listed by one"""
    d = {"isComponent": component, "subject": subject, "interestedParty": holder, "interests": list(interests)}
    if components:
        d["componentRecords"] = list(components)
    return ("relationship", rid, d, date)


def share(kind, exact=None, lo=None, hi=None, start=None, end=None, above=None, below=None, indirect=False):
    """lo/hi: an inclusive range; above/below: exclusive bounds ("more than 50% but less than 75%")"""
    i = {"type": kind, "directOrIndirect": "indirect" if indirect else "direct", "beneficialOwnershipOrControl": False}
    if exact is not None:
        i["share"] = {"exact": exact}
    elif lo is not None:
        i["share"] = {"minimum": lo, "maximum": hi}
    elif above is not None:
        i["share"] = {"exclusiveMinimum": above}
        if hi is not None:
            i["share"]["maximum"] = hi
        elif below is not None:
            i["share"]["exclusiveMaximum"] = below
    if start:
        i["startDate"] = start
    if end:
        i["endDate"] = end
    return i


def interest(kind, start=None, end=None):
    return share(kind, start=start, end=end)


def statements(case, records):
    out = []
    for n, (rtype, rid, details, date) in enumerate(records):
        out.append({
            "statementId": str(uuid.uuid5(NS, f"{case}/{n}/{rid}")),
            "declarationSubject": rid if rtype != "relationship" else details["subject"],
            "statementDate": date,
            "recordId": rid,
            "recordType": rtype,
            "recordStatus": "new",
            "recordDetails": details,
            "publicationDetails": {"publicationDate": "2026-11-29", "bodsVersion": "0.4",
                                   "publisher": {"name": "Longarm verdict tests", "url": "https://example.org/longarm-tests"}},
            "source": {"type": ["selfDeclaration"], "url": f"https://example.org/longarm-tests/{case}/{rid}"},
        })
    return out


CASES = {}


def case(name, records, runs, products=(), inventory=()):
    CASES[name] = (records, runs, products, inventory)


LISTED_GB = org("listed-gb", "GB", listed=True)
LISTED_US = org("listed-us", "US", listed=True)

# ---- SPEC §5, SUBJECT by itself ----
case("in-scope-jurisdiction", [org("cn-co", "CN")],
     [{"entities": {"cn-co": ["SUBJECT", ["IN_SCOPE_JURISDICTION"]]}}])
case("scope-national", [person("cn-person", "CN"), org("gb-co", "GB"), rel("r1", "cn-person", "gb-co", share("shareholding", 60))],
     [{"entities": {"cn-person": ["SUBJECT", ["SCOPE_NATIONAL"]], "gb-co": ["SUBJECT", ["CONTROLLED_BY"], 0.6]}}])
case("scope-state", [org("prc", "CN", kind="state"), org("sasac", "CN", kind="stateBody"), org("gb-state", "GB", kind="state")],
     [{"entities": {"prc": ["SUBJECT", ["SCOPE_STATE"]], "sasac": ["SUBJECT", ["SCOPE_STATE"]], "gb-state": ["CLEAR", []]}}])
# ---- SPEC §5, CONTROLLED_BY ----
case("control-three-intermediaries",
     [org("s", "CN"), org("i1", "GB"), org("i2", "US"), org("i3", "DE"), org("t", "GB"),
      rel("r1", "s", "i1", share("shareholding", 60)), rel("r2", "i1", "i2", share("shareholding", 51)),
      rel("r3", "i2", "i3", share("shareholding", 70)), rel("r4", "i3", "t", share("shareholding", 55))],
     [{"entities": {"i1": ["SUBJECT", ["CONTROLLED_BY"]], "i2": ["SUBJECT", ["CONTROLLED_BY"]],
                    "i3": ["SUBJECT", ["CONTROLLED_BY"]], "t": ["SUBJECT", ["CONTROLLED_BY"], 0.55]},
       "pathLength": {"t": 4}}])
case("joint-control",
     [org("s1", "CN"), person("s2", "CN"), LISTED_GB, org("t", "GB"),
      rel("r1", "s1", "t", share("shareholding", 30)), rel("r2", "s2", "t", share("shareholding", 25)),
      rel("r3", "listed-gb", "t", share("shareholding", 45))],
     [{"entities": {"t": ["SUBJECT", ["CONTROLLED_BY"], 0.55]}, "pathCount": {"t": 2}}])
case("control-interest",
     [org("s", "CN"), LISTED_GB, org("t", "GB"),
      rel("r1", "s", "t", interest("appointmentOfBoard")), rel("r2", "listed-gb", "t", share("shareholding", 100))],
     [{"entities": {"t": ["SUBJECT", ["CONTROLLED_BY"], 0.0]}}])
case("weighted-voting",
     [person("founder", "CN"), LISTED_US, org("t", "KY"),
      rel("r1", "founder", "t", share("shareholding", 20), share("votingRights", 60)),
      rel("r2", "listed-us", "t", share("shareholding", 80), share("votingRights", 40))],
     [{"entities": {"t": ["SUBJECT", ["CONTROLLED_BY"], 0.2]}}])
# ---- SPEC §5, DE_FACTO_CONTROL ----
case("de-facto-control",
     [org("s", "CN"), org("o1", "GB", listed=True), org("o2", "US", listed=True), org("t", "GB"), org("t2", "GB"), org("t3", "GB"),
      rel("r1", "s", "t", share("votingRights", 30)), rel("r2", "o1", "t", share("votingRights", 20)),
      rel("r3", "o2", "t", share("votingRights", 20)),
      rel("r4", "s", "t2", share("votingRights", 30)), rel("r5", "o1", "t2", share("votingRights", 35)),
      rel("r6", "s", "t3", share("votingRights", 30)), rel("r7", "o1", "t3", share("votingRights", 30))],
     [{"entities": {"t": ["SUBJECT", ["DE_FACTO_CONTROL"]], "t2": ["EXPOSED", ["SIGNIFICANT_INFLUENCE"]],
                    "t3": ["EXPOSED", ["SIGNIFICANT_INFLUENCE"]]}}])
# ---- SPEC §5, EXPOSED ----
case("influence-through-intermediary",
     [org("s", "CN"), LISTED_US, org("m", "GB"), org("o", "DE", listed=True), org("t", "GB"),
      rel("r1", "s", "m", share("shareholding", 40)), rel("r2", "listed-us", "m", share("shareholding", 60)),
      rel("r3", "m", "t", share("shareholding", 70)), rel("r4", "o", "t", share("shareholding", 30))],
     [{"entities": {"m": ["EXPOSED", ["SIGNIFICANT_INFLUENCE"], 0.4], "t": ["EXPOSED", ["SIGNIFICANT_INFLUENCE"], 0.28]},
       "pathLength": {"t": 2}}])
case("influence-interest",
     [org("s", "CN"), LISTED_GB, org("t", "GB"),
      rel("r1", "s", "t", interest("boardMember")), rel("r2", "listed-gb", "t", share("shareholding", 100))],
     [{"entities": {"t": ["EXPOSED", ["INFLUENCE_INTEREST"], 0.0]}}])
case("hk-sar",
     [LISTED_GB, org("hk-co", "HK"), org("gb-sub", "GB"),
      rel("r1", "listed-gb", "hk-co", share("shareholding", 100)), rel("r2", "hk-co", "gb-sub", share("shareholding", 100))],
     [{"entities": {"hk-co": ["EXPOSED", ["SAR_JURISDICTION"]], "gb-sub": ["CLEAR", []]}},
      {"sarInScope": True, "entities": {"hk-co": ["SUBJECT", ["IN_SCOPE_JURISDICTION"]], "gb-sub": ["SUBJECT", ["CONTROLLED_BY"]]}}])
# BODS allows ISO 3166-2 subdivision codes: Beijing is in China; CN-HK is Hong Kong, a special region
case("subdivision-codes",
     [LISTED_GB, org("bj-co", "CN-BJ"), org("hk-co", "CN-HK"), org("hk-old", "CN-91"),
      org("sct-co", "GB-SCT", listed=True), org("gb-sub", "GB"), rel("r1", "bj-co", "gb-sub", share("shareholding", 100)),
      rel("r2", "listed-gb", "hk-co", share("shareholding", 100)), rel("r3", "listed-gb", "hk-old", share("shareholding", 100))],
     [{"entities": {"bj-co": ["SUBJECT", ["IN_SCOPE_JURISDICTION"]], "gb-sub": ["SUBJECT", ["CONTROLLED_BY"]],
                    "hk-co": ["EXPOSED", ["SAR_JURISDICTION"]], "hk-old": ["EXPOSED", ["SAR_JURISDICTION"]],
                    "sct-co": ["CLEAR", []]}},
      {"sarInScope": True, "entities": {"hk-co": ["SUBJECT", ["IN_SCOPE_JURISDICTION"]],
                                        "hk-old": ["SUBJECT", ["IN_SCOPE_JURISDICTION"]], "sct-co": ["CLEAR", []]}}])
# ---- cycles ----
case("cross-holding-cycle",
     [org("s", "CN"), LISTED_US, org("a", "GB"), org("b", "GB"),
      rel("r1", "s", "a", share("shareholding", 50)), rel("r2", "b", "a", share("shareholding", 50)),
      rel("r3", "a", "b", share("shareholding", 50)), rel("r4", "listed-us", "b", share("shareholding", 50))],
     [{"entities": {"a": ["EXPOSED", ["SIGNIFICANT_INFLUENCE"], 0.666667], "b": ["EXPOSED", ["SIGNIFICANT_INFLUENCE"], 0.333333]}}])
case("unresolved-cycle",
     [org("c1", "GB"), org("c2", "GB"), rel("r1", "c1", "c2", share("shareholding", 100)), rel("r2", "c2", "c1", share("shareholding", 100))],
     [{"entities": {"c1": ["UNKNOWN", ["OWNERSHIP_UNRESOLVED"]], "c2": ["UNKNOWN", ["OWNERSHIP_UNRESOLVED"]]}}])
# ---- dates ----
case("sale",
     [org("s", "CN"), LISTED_GB, org("t", "GB"),
      rel("r1", "s", "t", share("shareholding", 100, start="2015-01-01", end="2023-03-31")),
      rel("r2", "listed-gb", "t", share("shareholding", 100, start="2023-04-01"))],
     [{"asOf": "2022-06-01", "entities": {"t": ["SUBJECT", ["CONTROLLED_BY"], 1.0]}},
      {"asOf": "2023-03-31", "entities": {"t": ["SUBJECT", ["CONTROLLED_BY"]]}},
      {"asOf": "2023-04-01", "entities": {"t": ["CLEAR", [], 0.0]}},
      {"asOf": "2014-12-31", "entities": {"t": ["UNKNOWN", ["OWNERSHIP_UNRESOLVED"]]}}])
# ---- figures ----
case("share-range",
     [org("s", "CN"), org("t1", "GB"), org("t2", "GB"),
      rel("r1", "s", "t1", share("shareholding", lo=51, hi=60)), rel("r2", "s", "t2", share("shareholding", lo=20, hi=60))],
     [{"entities": {"t1": ["SUBJECT", ["CONTROLLED_BY"], 0.51], "t2": ["UNKNOWN", ["OWNERSHIP_UNRESOLVED"], 0.2]}}])
# the UK register's bands give exclusive minimums: "more than 50%" exceeds 50% (t1 controlled, not only de facto),
# "more than 30%" is larger than another holder's 30% (t2), "more than 25%" and 25% exceed 50% together (t3); an
# inclusive minimum of 50% does not exceed 50% (t4); "more than 50%" and 50% are more than 100% (t5, a warning)
case("exclusive-minimum",
     [org("s", "CN"), person("s2", "CN"), org("o", "GB", listed=True), org("t1", "GB"), org("t2", "GB"), org("t3", "GB"),
      org("t4", "GB"), org("t5", "GB"),
      rel("r1", "s", "t1", share("shareholding", above=50, below=75)), rel("r2", "o", "t1", share("shareholding", 25)),
      rel("r3", "s", "t2", share("votingRights", above=30, hi=40)), rel("r4", "o", "t2", share("votingRights", 30)),
      rel("r5", "s", "t3", share("shareholding", above=25, hi=50)), rel("r6", "s2", "t3", share("shareholding", 25)),
      rel("r7", "o", "t3", share("shareholding", 45)),
      rel("r8", "s", "t4", share("shareholding", lo=50, hi=75)), rel("r9", "o", "t4", share("shareholding", 50)),
      rel("r10", "s", "t5", share("shareholding", above=50, below=75)), rel("r11", "o", "t5", share("shareholding", 50))],
     [{"entities": {"t1": ["SUBJECT", ["CONTROLLED_BY"], 0.5], "t2": ["SUBJECT", ["DE_FACTO_CONTROL"], 0.3],
                    "t3": ["SUBJECT", ["CONTROLLED_BY"], 0.5], "t4": ["EXPOSED", ["SIGNIFICANT_INFLUENCE"], 0.5],
                    "t5": ["SUBJECT", ["CONTROLLED_BY"], 0.5]},
       "shareAbove": {"t1": True, "t2": True, "t4": False},
       "noteContains": {"t1": "combined voting share more than 50%; largest other holder 25%",
                        "t3": "combined voting share more than 50%; largest other holder 45%"},
       "warnings": 1}])
# a primary indirect relationship and the components it lists (BODS componentRecords) describe one holding, counted
# once as the larger of the two: t1 (as the standard's Finnish example) is held 100% by s, directly 23.5% and 76.5%
# through i1, not 176.5%; t2's holder p, a SUBJECT person, holds 30% through i2, of which p holds 50%: t2's
# SUBJECT-held fraction is 30%, not 60%; t3's p holds 30% through i3, which p controls: 30%, not 60%, so no control;
# t4's intermediary i4 is SUBJECT and its holder q is not: i4's 55% counts; t5's components carry no figure from p:
# p's indirect 60% counts; t6's p and p2 own i6 half each and each declares 30% through it: 60%, not 90%; t7's p holds
# 40% through i7, whose own holding from p has no figure: i7 is no other holder of p's 40% (de facto control over
# o's 35%); t8's q (GB) holds 60% through i8 (30%) and i8b (no figure): one other holder of 60%, so s's 40% is no de
# facto control; t9's q holds 50% directly and 50% through listed i9 in one relationship: not a mere summary, so
# 100% are declared and t9 is resolved; t10's p holds 40% through j1 and j2, and j1 declares its own indirect 40%
# through j2: one holding of 40%, not 80%. Without the rule t1, t5, t6 and t10 gave holdings above 100%.
case("indirect-components",
     [org("s", "CN"), person("p", "CN"), person("q", "GB"), org("o", "GB", listed=True), org("o2", "US", listed=True),
      org("i1", "GB"), org("t1", "GB"),
      rel("r1a", "s", "i1", share("shareholding", 100), component=True),
      rel("r1b", "i1", "t1", share("shareholding", 76.5), component=True),
      rel("r1c", "s", "t1", share("shareholding", 23.5), component=True),
      rel("r1", "s", "t1", share("shareholding", 100, indirect=True), components=["i1", "r1a", "r1b", "r1c"]),
      org("i2", "GB"), org("t2", "GB"),
      rel("r2a", "p", "i2", share("shareholding", 50), component=True), rel("r2o", "o", "i2", share("shareholding", 50)),
      rel("r2b", "i2", "t2", share("shareholding", 60), component=True), rel("r2x", "o2", "t2", share("shareholding", 40)),
      rel("r2", "p", "t2", share("shareholding", 30, indirect=True), components=["i2", "r2a", "r2b"]),
      org("i3", "GB"), org("t3", "GB"),
      rel("r3a", "p", "i3", share("shareholding", 60), component=True),
      rel("r3b", "i3", "t3", share("shareholding", 30), component=True),
      rel("r3o", "o", "t3", share("shareholding", 35)), rel("r3x", "o2", "t3", share("shareholding", 5)),
      rel("r3", "p", "t3", share("shareholding", 30, indirect=True), components=["i3", "r3a", "r3b"]),
      org("i4", "CN"), org("t4", "GB"),
      rel("r4a", "q", "i4", share("shareholding"), component=True),
      rel("r4b", "i4", "t4", share("shareholding", 55), component=True), rel("r4o", "o", "t4", share("shareholding", 45)),
      rel("r4", "q", "t4", share("shareholding", 55, indirect=True), components=["i4", "r4a", "r4b"]),
      org("i5a", "GB"), org("i5b", "GB"), org("t5", "GB"),
      rel("r5a", "p", "i5a", share("shareholding"), component=True),
      rel("r5b", "p", "i5b", share("shareholding"), component=True),
      rel("r5c", "i5a", "t5", share("shareholding", 40), component=True),
      rel("r5d", "i5b", "t5", share("shareholding", 20), component=True),
      rel("r5o", "o", "t5", share("shareholding", 40)),
      rel("r5", "p", "t5", share("shareholding", 60, indirect=True),
          components=["i5a", "i5b", "r5a", "r5b", "r5c", "r5d"]),
      person("p2", "CN"), org("i6", "GB"), org("t6", "GB"),
      rel("r6a", "p", "i6", share("shareholding", 50), component=True),
      rel("r6b", "p2", "i6", share("shareholding", 50), component=True),
      rel("r6c", "i6", "t6", share("shareholding", 60), component=True), rel("r6o", "o", "t6", share("shareholding", 40)),
      rel("r6", "p", "t6", share("shareholding", 30, indirect=True), components=["i6", "r6a", "r6c"]),
      rel("r6p2", "p2", "t6", share("shareholding", 30, indirect=True), components=["i6", "r6b", "r6c"]),
      org("i7", "GB"), org("t7", "GB"),
      rel("r7a", "p", "i7", share("shareholding"), component=True),
      rel("r7b", "i7", "t7", share("shareholding", 40), component=True),
      rel("r7o", "o", "t7", share("shareholding", 35)), rel("r7x", "o2", "t7", share("shareholding", 25)),
      rel("r7", "p", "t7", share("shareholding", 40, indirect=True), components=["i7", "r7a", "r7b"]),
      org("i8", "GB"), org("i8b", "GB"), org("t8", "GB"),
      rel("r8a", "q", "i8", share("shareholding"), component=True),
      rel("r8b", "q", "i8b", share("shareholding"), component=True),
      rel("r8c", "i8", "t8", share("shareholding", 30), component=True),
      rel("r8d", "i8b", "t8", share("shareholding"), component=True),
      rel("r8s", "s", "t8", share("shareholding", 40)),
      rel("r8", "q", "t8", share("shareholding", 60, indirect=True), components=["i8", "i8b", "r8a", "r8b", "r8c", "r8d"]),
      org("i9", "GB", listed=True), org("t9", "GB"),
      rel("r9a", "q", "i9", share("shareholding"), component=True),
      rel("r9b", "i9", "t9", share("shareholding", 50), component=True),
      rel("r9", "q", "t9", share("shareholding", 50), share("shareholding", 50, indirect=True),
          components=["i9", "r9a", "r9b"]),
      org("j1", "GB"), org("j2", "GB"), org("t10", "GB"),
      rel("r10a", "p", "j1", share("shareholding"), component=True),
      rel("r10b", "j1", "j2", share("shareholding"), component=True),
      rel("r10c", "j2", "t10", share("shareholding", 40), component=True),
      rel("r10o", "o", "t10", share("shareholding", 35)), rel("r10x", "o2", "t10", share("shareholding", 25)),
      rel("r10", "p", "t10", share("shareholding", 40, indirect=True), components=["j1", "j2", "r10a", "r10b", "r10c"]),
      rel("r10j", "j1", "t10", share("shareholding", 40, indirect=True), components=["j2", "r10b", "r10c"])],
     [{"entities": {"t1": ["SUBJECT", ["CONTROLLED_BY"], 1.0], "t2": ["EXPOSED", ["SIGNIFICANT_INFLUENCE"], 0.3],
                    "i3": ["SUBJECT", ["CONTROLLED_BY"], 0.6], "t3": ["EXPOSED", ["SIGNIFICANT_INFLUENCE"], 0.3],
                    "t4": ["SUBJECT", ["CONTROLLED_BY"], 0.55], "t5": ["SUBJECT", ["CONTROLLED_BY"], 0.6],
                    "i6": ["SUBJECT", ["CONTROLLED_BY"], 1.0], "t6": ["SUBJECT", ["CONTROLLED_BY"], 0.6],
                    "t7": ["SUBJECT", ["DE_FACTO_CONTROL"], 0.4], "t8": ["EXPOSED", ["SIGNIFICANT_INFLUENCE"], 0.4],
                    "t9": ["CLEAR", [], 0.0], "t10": ["SUBJECT", ["DE_FACTO_CONTROL"], 0.4]},
       "noteContains": {"t1": "S's indirect holding and the holdings of I1, which its relationship lists as components",
                        "t3": "P's indirect holding and the holdings of I3, which its relationship lists as components",
                        "t4": "combined voting share 55%; largest other holder 45%",
                        "t6": "The indirect holdings of P, P2 and the holdings of I6, which their relationships list",
                        "t7": "combined voting share 40%; largest other holder 35%",
                        "t10": "P's indirect holding and the holdings of J1, J2, which its relationship lists"},
       "warnings": 0}])
case("restatement",
     [org("s", "CN"), org("o", "US", listed=True), org("t", "GB"),
      rel("r1", "s", "t", share("shareholding", 30)), rel("r2", "s", "t", share("shareholding", 30)),
      rel("r3", "o", "t", share("shareholding", 35))],
     [{"entities": {"t": ["EXPOSED", ["SIGNIFICANT_INFLUENCE"], 0.3]}}])
case("holdings-above-100",
     [org("s", "CN"), LISTED_GB, LISTED_US, org("t", "GB"),
      rel("r1", "s", "t", share("shareholding", 20)), rel("r2", "listed-gb", "t", share("shareholding", 90)),
      rel("r3", "listed-us", "t", share("shareholding", 20))],
     [{"entities": {"t": ["CLEAR", [], 0.2]}, "warnings": 1}])
# ---- UNKNOWN and CLEAR ----
case("unresolved",
     [LISTED_GB, org("half", "GB"), org("h", "GB"), org("via-unknown", "GB"), org("nowhere", None, listed=True),
      person("stateless"), org("clear", "GB"),
      rel("r1", "listed-gb", "half", share("shareholding", 50)),
      rel("r2", "h", "via-unknown", share("shareholding", 80)), rel("r3", "listed-gb", "via-unknown", share("shareholding", 20)),
      rel("r4", "listed-gb", "clear", share("shareholding", 100))],
     [{"entities": {"half": ["UNKNOWN", ["OWNERSHIP_UNRESOLVED"]], "h": ["UNKNOWN", ["OWNERSHIP_UNRESOLVED"]],
                    "via-unknown": ["UNKNOWN", ["OWNERSHIP_UNRESOLVED"]], "nowhere": ["UNKNOWN", ["JURISDICTION_UNKNOWN"]],
                    "stateless": ["UNKNOWN", ["NATIONALITY_UNKNOWN"]], "clear": ["CLEAR", []], "listed-gb": ["CLEAR", []]}}])
# ---- SPEC §6 and devices ----
VENDORS = [org("v-subject", "CN"), org("v-exposed", "HK"), org("v-unknown", "GB"), org("v-clear", "GB", listed=True)]
BRANDS = [("Subj", "*", "v-subject", "v-subject", "own"), ("Expo", "*", "v-exposed", "v-exposed", "own"),
          ("Unk", "*", "v-unknown", "v-unknown", "own"), ("Clr", "*", "v-clear", "v-clear", "own")]
case("policy", VENDORS,
     [{"asOf": "2025-01-01", "devices": {
         "D1": ["SUBJECT", ["REMOVE"]], "D2": ["SUBJECT", ["CEASE_DEPLOYMENT"]], "D3": ["SUBJECT", ["CEASE_DEPLOYMENT"]],
         "D4": ["SUBJECT", ["REMOVE", "DISCONNECT_FROM_CORE_NETWORK"]],
         "D5": ["SUBJECT", ["CONSIDER_MITIGATION", "DISCONNECT_FROM_CORE_NETWORK"]], "D6": ["SUBJECT", ["CONSIDER_MITIGATION"]],
         "D7": ["EXPOSED", ["REVIEW"]], "D8": ["UNKNOWN", ["INVESTIGATE"]], "D9": ["CLEAR", []]}}],
     products=BRANDS,
     inventory=[("D1", "sensitive", "no", "Subj", "C1", "2020-05-01"), ("D2", "sensitive", "no", "Subj", "C1", ""),
                ("D3", "sensitive", "no", "Subj", "C1", "2026-01-01"), ("D4", "sensitive", "yes", "Subj", "C1", "2020-05-01"),
                ("D5", "standard", "yes", "Subj", "C1", "2020-05-01"), ("D6", "standard", "no", "Subj", "C1", "2020-05-01"),
                ("D7", "sensitive", "yes", "Expo", "E1", "2020-05-01"), ("D8", "sensitive", "yes", "Unk", "U1", "2020-05-01"),
                ("D9", "sensitive", "yes", "Clr", "K1", "2020-05-01")])
# A3: "own" with no manufacturer - the brand owner makes it; A4: made for the brand (OEM) by a maker not named - unknown;
# A5: neither relation nor manufacturer - unknown (an empty relation was stored as "own" until 2026-12-05)
case("oem-manufacturer", VENDORS,
     [{"devices": {"A1": ["SUBJECT", ["REMOVE"], ["MANUFACTURED_BY", "IN_SCOPE_JURISDICTION"]],
                   "A2": ["CLEAR", [], ["BRAND_OWNED_BY"]], "A3": ["CLEAR", [], ["BRAND_OWNED_BY"]],
                   "A4": ["UNKNOWN", ["INVESTIGATE"], ["MANUFACTURED_BY"]],
                   "A5": ["UNKNOWN", ["INVESTIGATE"], ["MANUFACTURED_BY"]]}}],
     products=[("Acme", "*", "v-clear", "v-subject", "OEM"), ("Own", "*", "v-clear", "v-clear", "own"),
               ("Solo", "*", "v-clear", "", "own"), ("Blank", "*", "v-clear", "", "OEM"), ("Norel", "*", "v-clear", "", "")],
     inventory=[("A1", "sensitive", "no", "Acme", "Cam 1", "2020-01-01"), ("A2", "sensitive", "no", "Own", "Cam 2", "2020-01-01"),
                ("A3", "sensitive", "no", "Solo", "Cam 3", "2020-01-01"), ("A4", "sensitive", "no", "Blank", "Cam 4", "2020-01-01"),
                ("A5", "sensitive", "no", "Norel", "Cam 5", "2020-01-01")])
# M4-M8: the exact model written as another system exports it - a no-break space, a zero-width space, a byte order
# mark, full-width letters, a decomposed letter - is still the exact model, not another model of the brand
case("model-specific-line", VENDORS,
     [{"devices": {"M1": ["SUBJECT", ["REMOVE"], ["MANUFACTURED_BY"]], "M2": ["CLEAR", []], "M3": ["SUBJECT", ["REMOVE"]],
                   "M4": ["SUBJECT", ["REMOVE"], ["MANUFACTURED_BY"]], "M5": ["SUBJECT", ["REMOVE"], ["MANUFACTURED_BY"]],
                   "M6": ["SUBJECT", ["REMOVE"], ["MANUFACTURED_BY"]], "M7": ["SUBJECT", ["REMOVE"], ["MANUFACTURED_BY"]],
                   "M8": ["SUBJECT", ["REMOVE"], ["MANUFACTURED_BY"]]}}],
     products=[("Mix", "*", "v-clear", "v-clear", "own"), ("Mix", "X-1", "v-clear", "v-subject", "ODM"),
               ("Mix", "Caméra", "v-clear", "v-subject", "ODM")],
     inventory=[("M1", "sensitive", "no", "Mix", "X-1", "2020-01-01"), ("M2", "sensitive", "no", "Mix", "X-2", "2020-01-01"),
                ("M3", "sensitive", "no", " mix ", "x-1 ", "2020-01-01"),
                ("M4", "sensitive", "no", "Mix", "X-1\u00a0", "2020-01-01"),
                ("M5", "sensitive", "no", "Mix", "\u200bX-1", "2020-01-01"),
                ("M6", "sensitive", "no", "Mix\ufeff", "X-1", "2020-01-01"),
                ("M7", "sensitive", "no", "\uff2d\uff49\uff58", "\uff38\uff0d\uff11", "2020-01-01"),
                ("M8", "sensitive", "no", "Mix", "Came\u0301ra", "2020-01-01")])
case("product-line-dates", VENDORS,
     [{"asOf": "2022-06-01", "devices": {"P1": ["SUBJECT", ["REMOVE"]]}},
      {"asOf": "2024-06-01", "devices": {"P1": ["CLEAR", []]}}],
     products=[("Sold", "*", "v-subject", "v-subject", "own", "", "2023-03-31"),
               ("Sold", "*", "v-clear", "v-clear", "own", "2023-04-01", "")],
     inventory=[("P1", "sensitive", "no", "Sold", "Z", "2020-01-01")])


def main():
    for name, (records, runs, products, inventory) in CASES.items():
        folder = os.path.join(HERE, name)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "ownership.json"), "w", encoding="utf-8") as f:
            json.dump(statements(name, records), f, indent=1, ensure_ascii=False)
            f.write("\n")
        if products:
            with open(os.path.join(folder, "products.csv"), "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(["brand", "model", "brand_owner", "manufacturer", "relation", "valid_from", "valid_to", "source"])
                for p in products:
                    p = list(p) + [""] * (7 - len(p))
                    w.writerow(p + [f"https://example.org/longarm-tests/{name}/products"])
        if inventory:
            with open(os.path.join(folder, "inventory.csv"), "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(["asset_id", "site_id", "site_name", "site_sensitivity", "connected_to_core_network", "brand", "model", "installed"])
                for (asset, sens, core, brand, model, installed) in inventory:
                    site = "S-" + sens
                    w.writerow([asset, site, sens.title() + " site", sens, core, brand, model, installed])
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
            json.dump({"runs": runs}, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
