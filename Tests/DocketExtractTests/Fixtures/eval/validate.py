#!/usr/bin/env python3
"""Validate the labelled development set for DocketExtract.

Usage: python3 validate.py [--lint] [--stats]

Checks every *.jsonl file beside this script: valid JSON on every line, required
fields and types, slug-shaped ids, known kinds, categories, statuses and
jurisdictions, ids documented in ORGS / INSTRUMENTS below (which README.md lists),
accusers and accused among the item's companies, and that the kind agrees with
what is expected. Exit status 1 on any error.

--lint also warns when a listed organisation has none of its usual names in the
item, or when an unambiguous name occurs in the item but its id is not listed.
(The names here exist only for this self-check; they are not a seed dictionary.)
--stats prints the counts used in README.md.
"""
import glob, json, os, re, sys
from collections import Counter
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"allegation", "regulation", "mixed", "distractor"}
FILE_KIND = {"allegations.jsonl": "allegation", "regulations.jsonl": "regulation",
             "mixed.jsonl": "mixed", "distractors.jsonl": "distractor"}
ID_PREFIX = {"allegation": "alleg", "regulation": "reg", "mixed": "mixed", "distractor": "dist"}
CATEGORIES = {"distillation", "scraping", "copyright", "privacy", "safety", "security", "antitrust",
              "deception", "export-controls", "labor", "defamation", "trade-secrets",
              "discrimination", "child-safety"}
STATUSES = {"proposed", "consultation", "introduced", "passed", "adopted", "signed", "vetoed",
            "in-force", "applicable", "delayed", "repealed"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
JURIS = re.compile(r"^(?:[A-Z]{2}|EU|INT|US-[A-Z]{2})$")
PUBLISHED = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")

# id -> (display name, kind, ambiguous?, names used by the --lint self-check)
ORGS = {
 "23andme": ("23andMe", "company", False, ["23andMe"]),
 "adobe": ("Adobe", "company", False, ["Adobe"]),
 "alibaba": ("Alibaba", "company", False, ["Alibaba", "Qwen"]),
 "allianz": ("Allianz", "company", False, ["Allianz"]),
 "amazon": ("Amazon", "company", True, ["Amazon"]),
 "anthropic": ("Anthropic", "lab", False, ["Anthropic", "Claude"]),
 "apple": ("Apple", "company", True, ["Apple"]),
 "arm": ("Arm Holdings", "company", True, ["Arm"]),
 "asahi-shimbun": ("The Asahi Shimbun", "company", False, ["Asahi"]),
 "asml": ("ASML", "company", False, ["ASML"]),
 "associated-press": ("Associated Press", "company", False, ["Associated Press"]),
 "esafety": ("eSafety Commissioner (Australia)", "regulator", False, ["eSafety"]),
 "authors-guild": ("Authors Guild", "organisation", False, ["Authors Guild"]),
 "axel-springer": ("Axel Springer", "company", False, ["Axel Springer"]),
 "baidu": ("Baidu", "company", False, ["Baidu", "Ernie"]),
 "bis": ("Bureau of Industry and Security (US Commerce Department)", "regulator", False, ["Bureau of Industry and Security"]),
 "bloomberg": ("Bloomberg", "company", False, ["Bloomberg"]),
 "bluesky": ("Bluesky", "company", False, ["Bluesky"]),
 "bytedance": ("ByteDance", "company", False, ["ByteDance", "Douyin", "Doubao"]),
 "cac": ("Cyberspace Administration of China", "regulator", False, ["Cyberspace Administration of China", "CAC"]),
 "california-attorney-general": ("California Attorney General", "regulator", False, ["California Attorney General"]),
 "cadence": ("Cadence Design Systems", "company", False, ["Cadence"]),
 "california-civil-rights-department": ("California Civil Rights Department", "regulator", False, ["Civil Rights Department"]),
 "deel": ("Deel", "company", False, ["Deel"]),
 "rippling": ("Rippling", "company", False, ["Rippling"]),
 "salesforce": ("Slack (Salesforce)", "company", False, ["Slack"]),
 "us-labor-department": ("US Department of Labor", "regulator", False, ["Department of Labor", "Labor Department"]),
 "waymo": ("Waymo", "company", False, ["Waymo"]),
 "canva": ("Canva", "company", False, ["Canva"]),
 "character-ai": ("Character.AI", "company", False, ["Character.AI"]),
 "clearview-ai": ("Clearview AI", "company", False, ["Clearview"]),
 "cloudflare": ("Cloudflare", "company", False, ["Cloudflare"]),
 "cnil": ("CNIL (France)", "regulator", False, ["CNIL"]),
 "cohere": ("Cohere", "lab", False, ["Cohere"]),
 "comcast": ("Comcast", "company", False, ["Comcast"]),
 "conde-nast": ("Condé Nast", "company", False, ["Condé Nast"]),
 "coreweave": ("CoreWeave", "company", False, ["CoreWeave"]),
 "council-of-europe": ("Council of Europe", "organisation", False, ["Council of Europe"]),
 "deepseek": ("DeepSeek", "lab", False, ["DeepSeek"]),
 "delaware-attorney-general": ("Delaware Attorney General", "regulator", False, ["Delaware Attorney General"]),
 "disney": ("The Walt Disney Company", "company", False, ["Disney"]),
 "doj": ("US Department of Justice", "regulator", False, ["Justice Department", "Department of Justice"]),
 "donotpay": ("DoNotPay", "company", False, ["DoNotPay"]),
 "dow-jones": ("Dow Jones", "company", False, ["Dow Jones"]),
 "dutch-ap": ("Dutch Data Protection Authority (Autoriteit Persoonsgegevens)", "regulator", False, ["Dutch Data Protection Authority", "Dutch privacy watchdog"]),
 "edf": ("EDF", "company", False, ["EDF"]),
 "encyclopaedia-britannica": ("Encyclopaedia Britannica", "company", False, ["Britannica"]),
 "european-commission": ("European Commission", "regulator", False, ["European Commission", "Commission"]),
 "figma": ("Figma", "company", False, ["Figma"]),
 "financial-times": ("Financial Times", "company", False, ["Financial Times"]),
 "ftc": ("US Federal Trade Commission", "regulator", False, ["Federal Trade Commission", "FTC"]),
 "gema": ("GEMA", "organisation", False, ["GEMA"]),
 "getty-images": ("Getty Images", "company", False, ["Getty"]),
 "google": ("Google (Alphabet)", "company", False, ["Google", "Alphabet", "Gemini", "Android", "Gmail", "YouTube"]),
 "huawei": ("Huawei", "company", False, ["Huawei"]),
 "iqiyi": ("iQiyi", "company", False, ["iQiyi"]),
 "irish-dpc": ("Data Protection Commission (Ireland)", "regulator", False, ["Data Protection Commission"]),
 "italy-agcm": ("Italian Competition Authority (AGCM)", "regulator", False, ["Italy's competition authority"]),
 "italy-garante": ("Garante per la protezione dei dati personali (Italy)", "regulator", False, ["Garante", "Italy's data protection authority", "Italy's privacy watchdog"]),
 "jftc": ("Japan Fair Trade Commission", "regulator", False, ["Japan Fair Trade Commission", "Japan's Fair Trade Commission"]),
 "kftc": ("Korea Fair Trade Commission", "regulator", False, ["Korea Fair Trade Commission"]),
 "korea-pipc": ("Personal Information Protection Commission (South Korea)", "regulator", False, ["Personal Information Protection Commission"]),
 "kuaishou": ("Kuaishou", "company", False, ["Kuaishou"]),
 "lg": ("LG", "company", False, ["LG"]),
 "linkedin": ("LinkedIn", "company", False, ["LinkedIn"]),
 "merriam-webster": ("Merriam-Webster", "company", False, ["Merriam-Webster"]),
 "meta": ("Meta (Facebook, Instagram, WhatsApp)", "company", True, ["Meta", "Facebook", "Instagram", "WhatsApp", "Llama"]),
 "microsoft": ("Microsoft", "company", False, ["Microsoft", "Copilot"]),
 "midjourney": ("Midjourney", "lab", False, ["Midjourney"]),
 "minimax": ("MiniMax", "lab", False, ["MiniMax"]),
 "mistral-ai": ("Mistral AI", "lab", True, ["Mistral"]),
 "moonshot-ai": ("Moonshot AI", "lab", False, ["Moonshot", "Kimi"]),
 "nasa": ("NASA", "government", False, ["NASA"]),
 "naver": ("Naver", "company", False, ["Naver"]),
 "nbcuniversal": ("NBCUniversal", "company", False, ["NBCUniversal", "Universal"]),
 "new-york-post": ("New York Post", "company", False, ["New York Post"]),
 "new-york-times": ("The New York Times", "company", False, ["New York Times"]),
 "news-corp": ("News Corp", "company", False, ["News Corp"]),
 "nhtsa": ("National Highway Traffic Safety Administration", "regulator", False, ["National Highway Traffic Safety Administration"]),
 "nikkei": ("Nikkei", "company", False, ["Nikkei"]),
 "nlrb": ("National Labor Relations Board", "regulator", False, ["National Labor Relations Board"]),
 "norwegian-dpa": ("Datatilsynet (Norway)", "regulator", False, ["Norway's data protection authority"]),
 "noyb": ("noyb", "organisation", False, ["noyb"]),
 "nvidia": ("Nvidia", "company", False, ["Nvidia"]),
 "ofcom": ("Ofcom", "regulator", False, ["Ofcom"]),
 "openai": ("OpenAI", "lab", False, ["OpenAI", "ChatGPT", "GPT-4", "Sora"]),
 "oracle": ("Oracle", "company", True, ["Oracle"]),
 "perplexity": ("Perplexity AI", "company", False, ["Perplexity"]),
 "philips": ("Philips", "company", False, ["Philips"]),
 "qualcomm": ("Qualcomm", "company", False, ["Qualcomm"]),
 "reddit": ("Reddit", "company", False, ["Reddit"]),
 "riaa": ("Recording Industry Association of America", "organisation", False, ["Recording Industry Association of America"]),
 "roblox": ("Roblox", "company", False, ["Roblox"]),
 "sakana-ai": ("Sakana AI", "lab", False, ["Sakana"]),
 "samr": ("State Administration for Market Regulation (China)", "regulator", False, ["State Administration for Market Regulation"]),
 "samsung": ("Samsung", "company", False, ["Samsung"]),
 "sap": ("SAP", "company", False, ["SAP"]),
 "scale-ai": ("Scale AI", "company", True, ["Scale"]),
 "sec": ("US Securities and Exchange Commission", "regulator", False, ["Securities and Exchange Commission"]),
 "shein": ("Shein", "company", False, ["Shein"]),
 "snap": ("Snap", "company", True, ["Snap"]),
 "softbank": ("SoftBank", "company", False, ["SoftBank"]),
 "sony-music": ("Sony Music", "company", False, ["Sony Music"]),
 "spacex": ("SpaceX", "company", False, ["SpaceX"]),
 "spotify": ("Spotify", "company", False, ["Spotify"]),
 "stability-ai": ("Stability AI", "lab", False, ["Stability AI"]),
 "suno": ("Suno", "company", False, ["Suno"]),
 "teamsters": ("International Brotherhood of Teamsters", "organisation", False, ["Teamsters"]),
 "tencent": ("Tencent", "company", False, ["Tencent", "WeChat"]),
 "tesla": ("Tesla", "company", False, ["Tesla"]),
 "texas-attorney-general": ("Texas Attorney General", "regulator", False, ["Texas Attorney General"]),
 "tiktok": ("TikTok", "company", False, ["TikTok"]),
 "tsmc": ("TSMC", "company", False, ["TSMC", "Taiwan Semiconductor"]),
 "uber": ("Uber", "company", False, ["Uber"]),
 "udio": ("Udio", "company", False, ["Udio"]),
 "uk-cma": ("Competition and Markets Authority (UK)", "regulator", False, ["Competition and Markets Authority", "CMA"]),
 "uk-ico": ("Information Commissioner's Office (UK)", "regulator", False, ["Information Commissioner's Office", "ICO"]),
 "universal-music-group": ("Universal Music Group", "company", False, ["Universal Music"]),
 "commerce-department": ("US Department of Commerce", "regulator", False, ["Commerce Department"]),
 "walmart": ("Walmart", "company", False, ["Walmart"]),
 "warner-music-group": ("Warner Music Group", "company", False, ["Warner Music"]),
 "wayfair": ("Wayfair", "company", False, ["Wayfair"]),
 "weibo": ("Weibo", "company", False, ["Weibo"]),
 "wiz": ("Wiz", "company", False, ["Wiz"]),
 "workday": ("Workday", "company", False, ["Workday"]),
 "x-corp": ("X Corp (X, formerly Twitter)", "company", True, ["X"]),
 "xai": ("xAI", "lab", False, ["xAI", "Grok"]),
 "xiaohongshu": ("Xiaohongshu (RedNote)", "company", False, ["Xiaohongshu"]),
 "yomiuri-shimbun": ("The Yomiuri Shimbun", "company", False, ["Yomiuri"]),
 "ziff-davis": ("Ziff Davis", "company", False, ["Ziff Davis"]),
}

# id -> (title, jurisdiction)
INSTRUMENTS = {
 "br-pl-2338-2023": ("Brazil AI bill PL 2338/2023", "BR"),
 "cn-ai-labelling-measures": ("Measures for Labelling AI-Generated and Synthetic Content", "CN"),
 "cn-genai-interim-measures": ("Interim Measures for the Management of Generative AI Services", "CN"),
 "coe-ai-convention": ("Council of Europe Framework Convention on AI", "INT"),
 "eu-ai-act": ("EU AI Act, Regulation (EU) 2024/1689", "EU"),
 "eu-data-act": ("EU Data Act", "EU"),
 "eu-digital-fairness-act": ("Digital Fairness Act (planned)", "EU"),
 "eu-digital-omnibus": ("Digital Omnibus package", "EU"),
 "eu-dma": ("Digital Markets Act", "EU"),
 "eu-dsa": ("Digital Services Act", "EU"),
 "eu-gpai-code-of-practice": ("General-Purpose AI Code of Practice", "EU"),
 "eu-product-liability-directive": ("Product Liability Directive, Directive (EU) 2024/2853", "EU"),
 "in-it-rules": ("India Information Technology Rules (amendments)", "IN"),
 "it-law-132-2025": ("Italy national AI law, Law No. 132/2025", "IT"),
 "jp-ai-promotion-act": ("Japan AI Promotion Act", "JP"),
 "kr-ai-basic-act": ("Korea AI Basic Act", "KR"),
 "uk-data-use-and-access-act": ("Data (Use and Access) Act 2025", "GB"),
 "uk-dmcc-act": ("Digital Markets, Competition and Consumers Act 2024", "GB"),
 "uk-online-safety-act": ("Online Safety Act 2023", "GB"),
 "us-bis-ai-diffusion-rule": ("BIS Framework for AI Diffusion", "US"),
 "us-ca-ab-1064": ("California AB 1064 (LEAD for Kids Act)", "US-CA"),
 "us-ca-ab-2013": ("California AB 2013 (training data transparency)", "US-CA"),
 "us-ca-ab-853": ("California AB 853", "US-CA"),
 "us-ca-sb-1047": ("California SB 1047", "US-CA"),
 "us-ca-sb-243": ("California SB 243 (companion chatbots)", "US-CA"),
 "us-ca-sb-53": ("California SB 53 (Transparency in Frontier AI Act)", "US-CA"),
 "us-ca-sb-942": ("California SB 942 (AI Transparency Act)", "US-CA"),
 "us-co-sb-24-205": ("Colorado AI Act, SB 24-205", "US-CO"),
 "us-co-sb-25b-004": ("Colorado SB25B-004", "US-CO"),
 "us-eo-14110": ("Executive Order 14110", "US"),
 "us-eo-14148": ("Executive Order 14148", "US"),
 "us-eo-14179": ("Executive Order 14179", "US"),
 "us-hr-1": ("H.R. 1 (119th Congress)", "US"),
 "us-il-hb-1806": ("Illinois HB 1806 (Wellness and Oversight for Psychological Resources Act)", "US-IL"),
 "us-il-hb-3773": ("Illinois HB 3773", "US-IL"),
 "us-ny-raise-act": ("New York RAISE Act", "US-NY"),
 "us-sandbox-act": ("SANDBOX Act", "US"),
 "us-take-it-down-act": ("TAKE IT DOWN Act", "US"),
 "us-tx-traiga": ("Texas Responsible AI Governance Act (HB 149)", "US-TX"),
 "us-ut-sb-149": ("Utah Artificial Intelligence Policy Act (SB 149)", "US-UT"),
 "us-va-hb-2094": ("Virginia HB 2094", "US-VA"),
}


def load():
    items, errors = [], []
    paths = sorted(glob.glob(os.path.join(HERE, "*.jsonl")))
    if not paths:
        errors.append("no *.jsonl files")
    for p in paths:
        fn = os.path.basename(p)
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    errors.append(f"{fn}:{n}: blank line")
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{fn}:{n}: invalid JSON: {e}")
                    continue
                items.append((fn, n, obj))
    return items, errors


def check(items, errors):
    seen = set()
    for fn, n, it in items:
        where = f"{fn}:{n}"
        def err(msg):
            errors.append(f"{where} ({it.get('id', '?')}): {msg}")
        if not isinstance(it, dict):
            err("not an object"); continue
        allowed = {"id", "kind", "published", "title", "text", "expected", "notes", "tags"}
        for k in ("id", "kind", "published", "title", "text", "expected"):
            if k not in it:
                err(f"missing field {k}")
        for k in it:
            if k not in allowed:
                err(f"unknown field {k}")
        iid, kind = it.get("id", ""), it.get("kind", "")
        if kind not in KINDS:
            err(f"bad kind {kind!r}")
        if FILE_KIND.get(fn) and FILE_KIND[fn] != kind:
            err(f"kind {kind} in file {fn}")
        if not isinstance(iid, str) or not re.fullmatch(r"[a-z]+-\d{3}", iid) or not SLUG.match(iid):
            err(f"bad id {iid!r}")
        elif kind in ID_PREFIX and not iid.startswith(ID_PREFIX[kind] + "-"):
            err(f"id prefix does not match kind {kind}")
        if iid in seen:
            err("duplicate id")
        seen.add(iid)
        pub = it.get("published", "")
        if not isinstance(pub, str) or not PUBLISHED.match(pub):
            err(f"bad published {pub!r}")
        else:
            try:
                datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ")
            except ValueError:
                err(f"impossible date {pub}")
        for k in ("title", "text"):
            if not isinstance(it.get(k), str) or not it.get(k, "").strip():
                err(f"empty {k}")
        if "notes" in it and not isinstance(it["notes"], str):
            err("notes must be a string")
        tags = it.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) and SLUG.match(t) for t in tags):
            err("tags must be a list of slugs")
        exp = it.get("expected")
        if not isinstance(exp, dict):
            err("expected must be an object"); continue
        if set(exp) != {"companies", "allegations", "regulations"}:
            err(f"expected keys {sorted(exp)}")
        comps = exp.get("companies", [])
        if not isinstance(comps, list):
            err("companies must be a list"); comps = []
        if len(set(comps)) != len(comps):
            err("duplicate company ids")
        for c in comps:
            if not isinstance(c, str) or not SLUG.match(c):
                err(f"company id not slug-shaped: {c!r}")
            elif c not in ORGS:
                err(f"company id {c} not documented in ORGS/README")
        alls = exp.get("allegations", [])
        if not isinstance(alls, list):
            err("allegations must be a list"); alls = []
        triples = set()
        for a in alls:
            if not isinstance(a, dict) or set(a) != {"accusers", "accused", "category"}:
                err(f"bad allegation {a!r}"); continue
            if not isinstance(a["accusers"], list) or not isinstance(a["accused"], list):
                err("accusers/accused must be lists"); continue
            if not a["accused"]:
                err("allegation without accused")
            for role in ("accusers", "accused"):
                for c in a[role]:
                    if c not in comps:
                        err(f"{role} {c} not in companies")
            if set(a["accusers"]) & set(a["accused"]):
                err("same party accuser and accused")
            if a["category"] not in CATEGORIES:
                err(f"bad category {a['category']!r}")
            t = (tuple(sorted(a["accusers"])), tuple(sorted(a["accused"])), a["category"])
            if t in triples:
                err("duplicate allegation")
            triples.add(t)
        regs = exp.get("regulations", [])
        if not isinstance(regs, list):
            err("regulations must be a list"); regs = []
        insts = set()
        for r in regs:
            if not isinstance(r, dict) or set(r) != {"instrument", "jurisdiction", "status"}:
                err(f"bad regulation {r!r}"); continue
            if not SLUG.match(r["instrument"]):
                err(f"instrument not slug-shaped: {r['instrument']!r}")
            elif r["instrument"] not in INSTRUMENTS:
                err(f"instrument {r['instrument']} not documented in INSTRUMENTS/README")
            elif INSTRUMENTS[r["instrument"]][1] != r["jurisdiction"]:
                err(f"jurisdiction {r['jurisdiction']} differs from {INSTRUMENTS[r['instrument']][1]}")
            if not JURIS.match(r["jurisdiction"]):
                err(f"bad jurisdiction {r['jurisdiction']!r}")
            if r["status"] not in STATUSES:
                err(f"bad status {r['status']!r}")
            if r["instrument"] in insts:
                err("instrument listed twice (one entry per instrument per item)")
            insts.add(r["instrument"])
        want = {"allegation": (True, False), "regulation": (False, True), "mixed": (True, True), "distractor": (False, False)}.get(kind)
        if want:
            if kind == "allegation":
                if regs:
                    err("allegation item with regulations")
            elif (bool(alls), bool(regs)) != want:
                err(f"kind {kind} but {len(alls)} allegations / {len(regs)} regulations")


# names too generic for the "found but not listed" direction of the self-check
LINT_REVERSE_SKIP = {"Commission", "Universal"}


def lint(items):
    warnings = []
    for fn, n, it in items:
        text = it["title"] + "\n" + it["text"]
        comps = set(it["expected"]["companies"])
        for c in comps:
            names = ORGS[c][3]
            if not any(re.search(r"(?<![\w-])" + re.escape(nm) + r"(?![\w])", text) for nm in names):
                warnings.append(f"{it['id']}: {c} listed but none of {names} found")
        for c, (_, _, amb, names) in ORGS.items():
            if amb or c in comps:
                continue
            for nm in names:
                if nm in LINT_REVERSE_SKIP:
                    continue
                if re.search(r"(?<![\w-])" + re.escape(nm) + r"(?![\w])", text):
                    warnings.append(f"{it['id']}: '{nm}' found but {c} not listed")
                    break
    return warnings


def stats(items):
    its = [o for _, _, o in items]
    kinds = Counter(o["kind"] for o in its)
    print("items:", len(its), dict(sorted(kinds.items())))
    al = [a for o in its for a in o["expected"]["allegations"]]
    rg = [r for o in its for r in o["expected"]["regulations"]]
    print("allegations:", len(al), "in", sum(1 for o in its if o["expected"]["allegations"]), "items")
    print("  by category:", dict(sorted(Counter(a["category"] for a in al).items())))
    print("  with empty accusers:", sum(1 for a in al if not a["accusers"]),
          "several accusers:", sum(1 for a in al if len(a["accusers"]) > 1),
          "several accused:", sum(1 for a in al if len(a["accused"]) > 1))
    print("regulations:", len(rg), "in", sum(1 for o in its if o["expected"]["regulations"]), "items")
    print("  by status:", dict(sorted(Counter(r["status"] for r in rg).items())))
    print("  by jurisdiction:", dict(sorted(Counter(r["jurisdiction"] for r in rg).items())))
    tags = Counter(t for o in its for t in o.get("tags", []))
    print("tags (items):", dict(sorted(tags.items())))
    used_c = sorted({c for o in its for c in o["expected"]["companies"]})
    used_i = sorted({r["instrument"] for r in rg})
    print("company ids used:", len(used_c), "of", len(ORGS), "documented")
    unused = sorted(set(ORGS) - set(used_c))
    if unused:
        print("  documented but unused:", unused)
    print("instrument ids used:", len(used_i), "of", len(INSTRUMENTS), "documented")
    unused = sorted(set(INSTRUMENTS) - set(used_i))
    if unused:
        print("  documented but unused:", unused)


def main():
    items, errors = load()
    check(items, errors)
    for e in errors:
        print("ERROR", e)
    if "--lint" in sys.argv:
        for w in lint(items):
            print("WARN ", w)
    if "--stats" in sys.argv:
        stats(items)
    print(f"{len(items)} items, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
