# The __class__ cell of a class body is filled before __set_name__ and __init_subclass__ run, so
# zero-argument super() works in code they call on the class being made; format() with an
# empty spec on a str/int/float subclass uses the subclass's __str__.
class Hook:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name, owner.probe())


class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('init_subclass', cls.probe())

    @classmethod
    def probe(cls):
        return 'base'


class C(Base):
    h = Hook()

    @classmethod
    def probe(cls):
        return 'C:' + super().probe()


print(C.probe(), '__classcell__' in C.__dict__)


class S(str):
    def __str__(self):
        return 'S!'


class I(int):
    def __str__(self):
        return 'I!'


class F(float):
    def __str__(self):
        return 'F!'


class Plain(int):
    pass


print(format(S('x')), format(I(3)), format(F(2.5)), format(S('x'), '>5'), format(I(3), 'd'),
      format(F(2.5), '.1f'), format(True), format(Plain(4)), f'{I(3)}', f'{I(3):}',
      '{}'.format(F(1.0)), format(3), format('q'), format(1.5))
