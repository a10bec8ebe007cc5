# A range sliced with a step beyond the machine word keeps that step, as CPython's compute_slice
# does (it works in ints); pygen clamped it to 2**63 - 1.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


r = range(10)
show('2**70', lambda: r[::2**70])
show('-2**70', lambda: r[::-2**70])
show('start -2**70', lambda: r[2**70::-2**70])
show('2**64', lambda: r[-2**70:2**70:2**64])
show('2**63', lambda: r[::2**63])
show('-2**63', lambda: r[::-(2**63)])
show('2**63-1', lambda: r[::2**63 - 1])
show('-(2**63-1)', lambda: r[::-(2**63 - 1)])
show('list', lambda: list(r[::2**70]))
show('list neg', lambda: list(r[::-2**70]))
show('len', lambda: len(r[::-2**70]))
show('stepped', lambda: range(3, 50, 7)[::2**66])
show('negative range', lambda: range(10, -10, -3)[::-2**65])
show('big range', lambda: range(0, 2**80, 2**70)[::2**65])
show('huge', lambda: range(10**30)[::2**70])
show('empty', lambda: range(0)[::2**70])
show('zero', lambda: r[::0])
show('eq', lambda: r[::2**70] == range(0, 1))
show('index', lambda: r[::2**70].index(0))
