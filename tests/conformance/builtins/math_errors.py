# math's error cases: domain and range errors, wrong types, negative integers.
import math
calls = [
    "math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(1, 1)", "math.log()", "math.exp(1000)",
    "math.pow(0, -1)", "math.pow(-1, 0.5)", "math.fmod(1, 0)", "math.acos(2)", "math.sin(math.inf)",
    "math.factorial(-1)", "math.factorial(1.5)", "math.comb(-1, 2)", "math.perm(2, -1)", "math.isqrt(-1)",
    "math.sqrt('a')", "math.floor('a')", "math.trunc('a')", "math.floor(math.inf)", "math.floor(math.nan)",
    "math.ldexp(1.0, 1.5)", "math.atan2(1)", "math.isclose(1)", "math.isclose(1, 2, rel_tol=-1)",
    "math.fsum([math.inf, -math.inf])", "math.gcd(1.5)", "math.sqrt()", "math.exp(1, 2)", "math.gamma(0)",
    "math.dist((1,), (1, 2))", "math.prod()",
]
for text in calls:
    try:
        print(text, "->", eval(text))
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)
