# pickle_roundtrip: pickle.dumps and pickle.loads of pyperformance-style records (a user profile
# dict, a tuple of ids, a group of mutated profiles, a list of small dicts) with protocols 3, 4
# and 5, plus shared references and nested containers; the checksum sums the pickle lengths and
# a few loaded values.
import pickle
import sys

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 300

PROFILE = {
    "ads_flags": 0, "age": 18, "bulletin_count": 0, "comment_count": 0, "country": "BR",
    "encrypted_id": "G9urXXAJwjE", "favorite_artists_count": 0, "favorite_count": 0,
    "first_name": "", "flags": 412317970704, "friend_count": 0, "gender": "m",
    "gender_for_display": "Male", "id": 302935349, "is_custom_profile_icon": 0,
    "last_name": "", "locale_preference": "pt_BR", "member": 0, "tags": ["a", "b", "c"],
    "profile_foo_id": 827119638, "secure_encrypted_id": "Z_xxx2dYx3t4YAdnmfgyKw",
    "session_number": 2, "signup_id": "201-19225-223", "status": "A", "theme": 1,
    "time_created": 1225237014, "time_updated": 1233134493, "unread_message_count": 0,
    "user_group": "0", "username": "collinwinter", "play_count": 9, "view_count": 7,
    "zip": "", "score": 0.8125, "bio": "caf\u00e9 \u2014 line", "blob": b"\x00\x01binary",
}
IDS = (tuple(265867233 + 7 * i for i in range(60)), 60)


def mutated(base, k):
    rec = dict(base)
    rec["id"] = base["id"] + k * 7919
    rec["score"] = (k * 37 % 1000) / 1000.0
    rec["tags"] = base["tags"][: 1 + k % 3]
    rec["username"] = base["username"] + str(k)
    return rec


def main():
    group = [mutated(PROFILE, k) for k in range(3)]
    rows = [{"id": i, "name": "row%d" % i, "value": i * 0.5, "ok": i % 2 == 0, "parent": None}
            for i in range(3000)]
    shared = ["shared"] * 50 + [group[0], group[0]]
    total = 0
    for _ in range(SIZE):
        for proto in (3, 4, 5):
            for value in (PROFILE, IDS, group, shared):
                data = pickle.dumps(value, proto)
                total += len(data)
                back = pickle.loads(data)
                total += len(back)
    for proto in (3, 4, 5):
        for _ in range(max(1, SIZE // 30)):
            data = pickle.dumps(rows, proto)
            back = pickle.loads(data)
            total += len(data) + back[-1]["id"]
    back = pickle.loads(pickle.dumps(group, 4))
    total += back[2]["id"] % 1000 + int(back[1]["score"] * 1000)
    print(total)


main()
