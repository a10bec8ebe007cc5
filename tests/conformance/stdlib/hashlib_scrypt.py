# hashlib.scrypt (OpenSSL's EVP_PBE_scrypt): derived keys for the RFC 7914 vectors and others,
# the argument forms it accepts, and CPython's checks, in their order, with their exact errors.
import hashlib

scrypt = hashlib.scrypt

# RFC 7914 section 12 (the two small ones; the larger need more memory than a test should).
print(scrypt(b'', salt=b'', n=16, r=1, p=1).hex())
print(scrypt(b'password', salt=b'NaCl', n=1024, r=8, p=16).hex())

print(scrypt(b'pw', salt=b's', n=16, r=1, p=1, dklen=10).hex())
print(scrypt(b'pw', salt=b's', n=16, r=1, p=1, dklen=1).hex())
print(scrypt(b'pw', salt=b's', n=2, r=3, p=2, dklen=33).hex())
print(scrypt(password=bytearray(b'pw'), salt=memoryview(b's'), n=16, r=1, p=1,
             maxmem=2**31 - 1).hex())
print(len(scrypt(b'x' * 1000, salt=b'y' * 1000, n=64, r=2, p=1)))


class Big(int):
    pass


print(scrypt(b'pw', salt=b's', n=Big(8), r=Big(1), p=True, dklen=Big(8)).hex())
print('scrypt' in hashlib.__all__, type(scrypt).__name__)

cases = [
    "scrypt(b'pw')",
    "scrypt()",
    "scrypt(b'p', b's')",
    "scrypt(b'pw', salt=None, n=2, r=1, p=1)",
    "scrypt('pw', salt=b's', n=16, r=1, p=1)",
    "scrypt(None, salt=b's', n=16, r=1, p=1)",
    "scrypt(b'pw', salt='s', n=16, r=1, p=1)",
    "scrypt(b'pw', salt=[1], n=16, r=1, p=1)",
    "scrypt(b'pw', salt=b's')",
    "scrypt(b'pw', salt=b's', n=16)",
    "scrypt(b'pw', salt=b's', n=16, r=1)",
    "scrypt(b'pw', salt=b's', n=15, r=1, p=1)",
    "scrypt(b'pw', salt=b's', n=1, r=1, p=1)",
    "scrypt(b'pw', salt=b's', n=0, r=1, p=1)",
    "scrypt(b'pw', salt=b's', n=True, r=1, p=1)",
    "scrypt(b'pw', salt=b's', n=-2, r=1, p=1)",
    "scrypt(b'pw', salt=b's', n=2**64, r=1, p=1)",
    "scrypt(b'pw', salt=b's', n=2.0, r=1, p=1)",
    "scrypt(b'pw', salt=b's', n=None, r=1, p=1)",
    "scrypt(b'pw', salt=b's', n=16, r='1', p=1)",
    "scrypt(b'pw', salt=b's', n=16, r=None, p=1)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1.5)",
    "scrypt(b'pw', salt=b's', n=16, r=-1, p=1)",
    "scrypt(b'pw', salt=b's', n=16, r=2**64, p=1)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=-1)",
    "scrypt(b'pw', salt=b's', n=16, r=0, p=1)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=0)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, maxmem=-1)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, maxmem=2**31)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, maxmem=2**70)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, maxmem=1.0)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, maxmem=None)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, maxmem=1)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, maxmem=True)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, dklen=0)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, dklen=-5)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, dklen=2**31)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, dklen=2**64)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, dklen=None)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, dklen='a')",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, dklen=1.0)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, x=1)",
    "scrypt(b'pw', salt=b's', n=2**20, r=8, p=1)",
    "scrypt(b'pw', salt=b's', n=2**32, r=1, p=1)",
    "scrypt(b'pw', salt=b's', n=2**63, r=1, p=1)",
    "scrypt(b'pw', salt=b's', n=16, r=2**31, p=1)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=2**31)",
    "scrypt(b'pw', salt=b's', n=16, r=2**40, p=2**40)",
    # several wrong at once: the first check in CPython's order wins
    "scrypt(b'pw', salt=b's', n=3, r=0, p=0, maxmem=-1, dklen=0)",
    "scrypt(b'pw', n=2.0)",
    "scrypt(b'pw', maxmem=1.0)",
    "scrypt(b'pw', salt=b's', n=16, r=0, p=1, maxmem=-1)",
    "scrypt(b'pw', salt=b's', n=16, r=1, p=1, maxmem=-1, dklen=0)",
    "scrypt(b'pw', salt=b's', n=16, r=-1, p=0)",
]
for case in cases:
    try:
        value = eval(case)
        print(case, '->', value.hex())
    except Exception as e:
        print(case, '->', type(e).__name__, e)

# after a failure, a good call still works (nothing stale left in OpenSSL's error queue)
print(scrypt(b'pw', salt=b's', n=16, r=1, p=1, dklen=8).hex())
try:
    scrypt(b'pw', salt=b's', n=16, r=0, p=1)
except ValueError as e:
    print(e)
