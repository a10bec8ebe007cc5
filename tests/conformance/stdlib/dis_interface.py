# dis: the interface over pygen's own bytecode (instruction names follow CPython's where the
# instruction exists; offsets and arguments are pygen's, see lib/dis.py), so this case prints
# what both interpreters share: instruction kinds, resolved names, source lines, code_info's
# header, Instruction's fields and the errors.
import dis
import io


def f(a, *, k=2):
    for i in range(a):
        if i % 2:
            yield i + k


ins = list(dis.get_instructions(f))
names = {i.opname for i in ins}
print(sorted(names & {'FOR_ITER', 'YIELD_VALUE', 'RETURN_VALUE', 'GET_ITER', 'LOAD_FAST',
                      'BINARY_OP', 'RETURN_GENERATOR', 'LOAD_GLOBAL'}))
print([i.argval for i in ins if i.opname == 'LOAD_GLOBAL'],
      sorted({i.argval for i in ins if i.opname == 'LOAD_FAST'}),
      sorted({i.starts_line for i in ins if i.starts_line}),
      any(i.is_jump_target for i in ins), dis.Instruction._fields)
print(sorted({line for _, line in dis.findlinestarts(f.__code__)}))
print('\n'.join(l for l in dis.code_info(f).splitlines()[:8] if not l.startswith('Stack')).replace(__file__, 'FILE'))
out = io.StringIO()
dis.dis(f, file=out)
text = out.getvalue()
print('FOR_ITER' in text, 'YIELD_VALUE' in text, '>>' in text)
out = io.StringIO()
dis.dis('x = [a * 2 for a in range(3)]', file=out)
print('Disassembly of <code object <listcomp>' in out.getvalue(), 'STORE_NAME' in out.getvalue())
b = dis.Bytecode(f)
print(repr(b).startswith('Bytecode(<function f at'), [i.opname for i in b] == [i.opname for i in ins],
      b.info() == dis.code_info(f), b.codeobj is f.__code__, b.first_line)
for bad in (5, None.__class__):
    try:
        dis.dis(bad, file=io.StringIO())
    except TypeError as e:
        print('TypeError', e)
print(dis.pretty_flags(0x23), dis.pretty_flags(0))
