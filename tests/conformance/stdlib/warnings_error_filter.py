# simplefilter("error") raises the warning; filterwarnings matches message and category.
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn(UserWarning("inst"))
    except UserWarning as e:
        print("raised instance", e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", message="bad.*thing", category=UserWarning)
    warnings.filterwarnings("ignore", message="SILENT")
    try:
        warnings.warn("Bad little thing")
    except UserWarning as e:
        print("matched case-insensitively:", e)
    warnings.warn("bad thing", RuntimeWarning)
    warnings.warn("silent please")
    warnings.warn("a good thing")
    print([str(w.message) for w in log])

try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("loud")
except AssertionError as e:
    print("AssertionError", e)
