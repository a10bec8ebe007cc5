# float.__getformat__ is a classmethod naming the C storage format; test.support reads it.
print(float.__getformat__("double"))
print(float.__getformat__("float"))
for bad in ("int", 3):
    try:
        float.__getformat__(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
