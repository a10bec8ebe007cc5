# A class whose __call__ is an instance of itself recurses without a Python frame: RecursionError,
# not a C++ stack overflow (test_class.testSFBug532646).
class A:
    pass

A.__call__ = A()
a = A()
try:
    a()
except RecursionError as e:
    print("RecursionError:", e)

# The same through a callable class attribute chain of two classes.
class B:
    pass

class C:
    pass

B.__call__ = C()
C.__call__ = B()
try:
    B()()
except RecursionError as e:
    print("RecursionError:", e)
print("still running", A.__call__.__class__.__name__)
