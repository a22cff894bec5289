#!/usr/bin/env python3
"""Writes Sources/NetworkModel/LanguageSubtags.swift: the language subtags of the IANA Language
Subtag Registry (BCP 47), which the loader checks every language tag against.

    python3 scripts/generate-language-subtags.py [language-subtag-registry]

With the registry file (https://www.iana.org/assignments/language-subtag-registry) the table is
taken from it. Without one, it is derived from Debian's iso-codes package (`apt-get install
iso-codes`), by the rule of RFC 5646 section 2.2.1 the registry itself follows: every ISO 639-1
code; every ISO 639-3 code without a 639-1 equivalent; ISO 639-5 and ISO 639-2 collections; the
private-use range qaa..qtz. Country names come from iso-codes' ISO 3166-1 either way.
"""
import json
import os
import sys

ISO = "/usr/share/iso-codes/json"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "NetworkModel",
                   "LanguageSubtags.swift")

# Deprecated two-letter subtags the registry still lists, with their Preferred-Value.
DEPRECATED = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}

# Country codes people write for a language, and the language meant. Only codes that are not
# language subtags themselves are used (checked below): `at` is no language, but `et` is Estonian.
COUNTRY_LANGUAGE = {
    "ua": "uk", "gr": "el", "cz": "cs", "dk": "da", "jp": "ja", "cn": "zh",
    "ir": "fa", "al": "sq", "rs": "sr", "at": "de", "il": "he",
    "vn": "vi", "us": "en", "gb": "en", "sy": "ar", "eg": "ar", "iq": "ar", "jo": "ar",
    "ye": "ar", "ly": "ar", "qa": "ar", "by": "be", "kz": "kk",
    "ge": "ka", "er": "ti", "pk": "ur", "np": "ne", "lk": "si", "bd": "bn", "tj": "tg", "tm": "tk",
    "ad": "ca", "mx": "es", "cl": "es", "ph": "tl",
}


def from_registry(path):
    """(two-letter {code: name}, three-letter set) from the registry's records."""
    two, three = {}, set()
    with open(path, encoding="utf-8") as f:
        records = f.read().split("\n%%\n")
    for record in records:
        fields = {}
        for line in record.splitlines():
            if ": " in line and not line.startswith(" "):
                key, value = line.split(": ", 1)
                fields.setdefault(key, value)
        if fields.get("Type") != "language":
            continue
        code = fields["Subtag"]
        if ".." in code:
            start, end = code.split("..")
            for first in range(ord(start[1]), ord(end[1]) + 1):
                for second in range(ord("a"), ord("z") + 1):
                    three.add(start[0] + chr(first) + chr(second))
        elif len(code) == 2 and "Deprecated" not in fields:
            two[code] = fields["Description"]
        elif len(code) == 3:
            three.add(code)
    return two, three


def from_iso_codes():
    part3 = json.load(open(f"{ISO}/iso_639-3.json", encoding="utf-8"))["639-3"]
    part2 = json.load(open(f"{ISO}/iso_639-2.json", encoding="utf-8"))["639-2"]
    part5 = json.load(open(f"{ISO}/iso_639-5.json", encoding="utf-8"))["639-5"]
    two, three = {}, set()
    for entry in part3 + part2:
        if "alpha_2" in entry:
            two.setdefault(entry["alpha_2"], entry["name"].split(" (")[0])
    two.setdefault("sh", "Serbo-Croatian")  # in the registry, though iso-codes keeps it under 'hbs' only
    for entry in part3:
        if "alpha_2" not in entry:
            three.add(entry["alpha_3"])
    for entry in part5:
        three.add(entry["alpha_3"])
    for entry in part2:
        code = entry["alpha_3"]
        if "alpha_2" not in entry and len(code) == 3:
            three.add(code)  # collective codes such as 'afa'
    for first in "abcdefghijklmnopqrst":  # qaa..qtz, reserved for local use
        for second in "abcdefghijklmnopqrstuvwxyz":
            three.add("q" + first + second)
    three.discard("qaa-qtz")
    return two, three


def main():
    registry = sys.argv[1] if len(sys.argv) > 1 else None
    if registry:
        two, three = from_registry(registry)
        source = "the IANA Language Subtag Registry"
    else:
        two, three = from_iso_codes()
        source = "Debian's iso-codes (ISO 639-1, 639-2, 639-3, 639-5) by the rule of RFC 5646 section 2.2.1"
    part2 = json.load(open(f"{ISO}/iso_639-2.json", encoding="utf-8"))["639-2"]
    # Three-letter codes of languages that have a two-letter subtag: BCP 47 wants the short one.
    long_forms = {}
    for entry in part2:
        if "alpha_2" in entry and entry["alpha_2"] in two:
            long_forms[entry["alpha_3"]] = entry["alpha_2"]
            if "bibliographic" in entry:
                long_forms[entry["bibliographic"]] = entry["alpha_2"]
    long_forms = {k: v for k, v in long_forms.items() if k not in three}
    countries = {c["alpha_2"].lower(): c.get("common_name", c["name"])
                 for c in json.load(open(f"{ISO}/iso_3166-1.json", encoding="utf-8"))["3166-1"]}
    country_hints = {}
    for code, name in sorted(countries.items()):
        if code in two or code in DEPRECATED:
            continue
        language = COUNTRY_LANGUAGE.get(code)
        assert language is None or language in two, (code, language)
        country_hints[code] = (name, language)
    for code in COUNTRY_LANGUAGE:
        assert code not in two, f"{code} is a language subtag; it cannot be a country hint"

    def swift_string(text):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = [
        "// Generated by scripts/generate-language-subtags.py from " + source + ".",
        "// Do not edit by hand: run the script again.",
        "",
        "/// The language subtags of BCP 47, which every language tag of a network file must start with:",
        "/// a country code written as a language (`ua` for Ukrainian) passes a syntax check but makes a",
        "/// false gap in every analysis.",
        "enum LanguageSubtags {",
        f"    /// The {len(two)} two-letter subtags (ISO 639-1) and their English names.",
        "    static let twoLetter: [String: String] = [",
    ]
    for code in sorted(two):
        lines.append(f"        {swift_string(code)}: {swift_string(two[code])},")
    lines += [
        "    ]",
        "",
        "    /// Deprecated two-letter subtags and the subtag the registry prefers.",
        "    static let deprecated: [String: String] = [",
    ]
    for code in sorted(DEPRECATED):
        lines.append(f"        {swift_string(code)}: {swift_string(DEPRECATED[code])},")
    lines += [
        "    ]",
        "",
        "    /// Three-letter codes of languages that have a two-letter subtag (ISO 639-2/T and /B), which",
        "    /// BCP 47 does not accept: `deu` and `ger` are written `de`.",
        "    static let longForms: [String: String] = [",
    ]
    for code in sorted(long_forms):
        lines.append(f"        {swift_string(code)}: {swift_string(long_forms[code])},")
    lines += [
        "    ]",
        "",
        "    /// Country codes (ISO 3166-1) that are no language subtag, with the country's name and, where",
        "    /// one language is clearly meant, that language's subtag.",
        "    static let countries: [String: (name: String, language: String?)] = [",
    ]
    for code in sorted(country_hints):
        name, language = country_hints[code]
        lines.append(f"        {swift_string(code)}: ({swift_string(name)}, {swift_string(language) if language else 'nil'}),")
    lines += [
        "    ]",
        "",
        f"    /// The {len(three)} three-letter subtags, separated by spaces and new lines (one literal",
        "    /// compiles far faster than a set literal of thousands of elements).",
        '    static let threeLetterText = """',
    ]
    codes = sorted(three)
    for index in range(0, len(codes), 24):
        lines.append("        " + " ".join(codes[index:index + 24]))
    lines += [
        '        """',
        "",
        "    static let threeLetter: Set<Substring> = Set(threeLetterText.split { $0 == \" \" || $0 == \"\\n\" })",
        "}",
        "",
    ]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"wrote {OUT}: {len(two)} two-letter, {len(three)} three-letter subtags, "
          f"{len(long_forms)} long forms, {len(country_hints)} country codes")


if __name__ == "__main__":
    main()
