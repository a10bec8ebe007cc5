# json_codec: json.loads and json.dumps of API-style records (a user profile, a list of ids, a
# group of mutated profiles, nested objects with non-ASCII text and escapes), with the default
# options and with sort_keys/separators/ensure_ascii=False; the checksum sums the lengths and a
# few decoded values.
import json
import sys

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 6000

PROFILE = {
    "id": 302935349, "username": "collinwinter", "first_name": "", "last_name": "",
    "age": 18, "country": "BR", "locale": "pt_BR", "gender": "m", "theme": 1,
    "flags": 412317970704, "score": 0.8125, "verified": True, "deleted": False, "referrer": None,
    "tags": ["a", "b", "c", "d", "e", "f", "g"], "created": 1225237014, "updated": 1233134493,
    "bio": "caf\u00e9 \u0105\u0107\u017c \u2014 \"quoted\" line\nnext\ttab",
    "counts": {"friends": 0, "comments": 12, "favorites": 9, "views": 7},
}


def mutated(base, k):
    rec = dict(base)
    rec["id"] = base["id"] + k * 7919
    rec["score"] = (k * 37 % 1000) / 1000.0
    rec["tags"] = base["tags"][: 3 + k % 5]
    rec["counts"] = {name: v + k for name, v in base["counts"].items()}
    return rec


def main():
    group = [mutated(PROFILE, k) for k in range(8)]
    ids = [265867233 + 7 * i for i in range(40)]
    docs = [json.dumps(PROFILE), json.dumps([ids, 60]), json.dumps(group),
            json.dumps({"page": 3, "results": group[:3], "next": None})]
    total = 0
    for _ in range(SIZE):
        for doc in docs:
            value = json.loads(doc)
            total += len(value)
        total += len(json.dumps(group))
        total += len(json.dumps(PROFILE, sort_keys=True, separators=(",", ":")))
        total += len(json.dumps(group[1], ensure_ascii=False))
    back = json.loads(json.dumps(group))
    total += back[3]["id"] % 1000 + int(back[5]["score"] * 1000)
    print(total)


main()
