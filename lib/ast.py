# ast: the node classes of Python 3.11's grammar (fields and attributes as Python.asdl), parse()
# building them from pygen's own parser, dump, literal_eval, walk, NodeVisitor/NodeTransformer and
# the location helpers. CPython counterpart: Lib/ast.py and Python/Python-ast.c (written here from
# their documentation and behaviour).
import _ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, len(self._fields), "" if len(self._fields) == 1 else "s"))
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


def _node(name, fields=(), attributes=(), base=AST, optional=()):
    cls = type(name, (base,), {'_fields': tuple(fields), '_attributes': tuple(attributes),
                               '__module__': 'ast', '__match_args__': tuple(fields)})
    for f in optional:
        setattr(cls, f, None)
    globals()[name] = cls
    return cls


_POS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

mod = _node('mod')
stmt = _node('stmt', attributes=_POS)
expr = _node('expr', attributes=_POS)
expr_context = _node('expr_context')
boolop = _node('boolop')
operator = _node('operator')
unaryop = _node('unaryop')
cmpop = _node('cmpop')
comprehension = _node('comprehension', ('target', 'iter', 'ifs', 'is_async'))
excepthandler = _node('excepthandler', attributes=_POS)
arguments = _node('arguments', ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'),
                  optional=('vararg', 'kwarg'))
arg = _node('arg', ('arg', 'annotation', 'type_comment'), _POS, optional=('annotation', 'type_comment'))
keyword = _node('keyword', ('arg', 'value'), _POS, optional=('arg',))
alias = _node('alias', ('name', 'asname'), _POS, optional=('asname',))
withitem = _node('withitem', ('context_expr', 'optional_vars'), optional=('optional_vars',))
match_case = _node('match_case', ('pattern', 'guard', 'body'), optional=('guard',))
pattern = _node('pattern', attributes=_POS)
type_ignore = _node('type_ignore')

for _name, _fields, _opt in [
        ('Module', ('body', 'type_ignores'), ()), ('Interactive', ('body',), ()),
        ('Expression', ('body',), ()), ('FunctionType', ('argtypes', 'returns'), ())]:
    _node(_name, _fields, base=mod, optional=_opt)

for _name, _fields, _opt in [
        ('FunctionDef', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), ('returns', 'type_comment')),
        ('AsyncFunctionDef', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), ('returns', 'type_comment')),
        ('ClassDef', ('name', 'bases', 'keywords', 'body', 'decorator_list'), ()),
        ('Return', ('value',), ('value',)), ('Delete', ('targets',), ()),
        ('Assign', ('targets', 'value', 'type_comment'), ('type_comment',)),
        ('AugAssign', ('target', 'op', 'value'), ()),
        ('AnnAssign', ('target', 'annotation', 'value', 'simple'), ('value',)),
        ('For', ('target', 'iter', 'body', 'orelse', 'type_comment'), ('type_comment',)),
        ('AsyncFor', ('target', 'iter', 'body', 'orelse', 'type_comment'), ('type_comment',)),
        ('While', ('test', 'body', 'orelse'), ()), ('If', ('test', 'body', 'orelse'), ()),
        ('With', ('items', 'body', 'type_comment'), ('type_comment',)),
        ('AsyncWith', ('items', 'body', 'type_comment'), ('type_comment',)),
        ('Match', ('subject', 'cases'), ()), ('Raise', ('exc', 'cause'), ('exc', 'cause')),
        ('Try', ('body', 'handlers', 'orelse', 'finalbody'), ()),
        ('TryStar', ('body', 'handlers', 'orelse', 'finalbody'), ()),
        ('Assert', ('test', 'msg'), ('msg',)), ('Import', ('names',), ()),
        ('ImportFrom', ('module', 'names', 'level'), ('module', 'level')),
        ('Global', ('names',), ()), ('Nonlocal', ('names',), ()), ('Expr', ('value',), ()),
        ('Pass', (), ()), ('Break', (), ()), ('Continue', (), ())]:
    _node(_name, _fields, _POS, base=stmt, optional=_opt)

for _name, _fields, _opt in [
        ('BoolOp', ('op', 'values'), ()), ('NamedExpr', ('target', 'value'), ()),
        ('BinOp', ('left', 'op', 'right'), ()), ('UnaryOp', ('op', 'operand'), ()),
        ('Lambda', ('args', 'body'), ()), ('IfExp', ('test', 'body', 'orelse'), ()),
        ('Dict', ('keys', 'values'), ()), ('Set', ('elts',), ()), ('ListComp', ('elt', 'generators'), ()),
        ('SetComp', ('elt', 'generators'), ()), ('DictComp', ('key', 'value', 'generators'), ()),
        ('GeneratorExp', ('elt', 'generators'), ()), ('Await', ('value',), ()),
        ('Yield', ('value',), ('value',)), ('YieldFrom', ('value',), ()),
        ('Compare', ('left', 'ops', 'comparators'), ()), ('Call', ('func', 'args', 'keywords'), ()),
        ('FormattedValue', ('value', 'conversion', 'format_spec'), ('format_spec',)),
        ('JoinedStr', ('values',), ()), ('Constant', ('value', 'kind'), ('kind',)),
        ('Attribute', ('value', 'attr', 'ctx'), ()), ('Subscript', ('value', 'slice', 'ctx'), ()),
        ('Starred', ('value', 'ctx'), ()), ('Name', ('id', 'ctx'), ()), ('List', ('elts', 'ctx'), ()),
        ('Tuple', ('elts', 'ctx'), ()), ('Slice', ('lower', 'upper', 'step'), ('lower', 'upper', 'step'))]:
    _node(_name, _fields, _POS, base=expr, optional=_opt)

for _name in ('Load', 'Store', 'Del'):
    _node(_name, base=expr_context)
for _name in ('And', 'Or'):
    _node(_name, base=boolop)
for _name in ('Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift', 'BitOr', 'BitXor',
              'BitAnd', 'FloorDiv'):
    _node(_name, base=operator)
for _name in ('Invert', 'Not', 'UAdd', 'USub'):
    _node(_name, base=unaryop)
for _name in ('Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'):
    _node(_name, base=cmpop)
_node('ExceptHandler', ('type', 'name', 'body'), _POS, base=excepthandler, optional=('type', 'name'))
for _name, _fields, _opt in [
        ('MatchValue', ('value',), ()), ('MatchSingleton', ('value',), ()),
        ('MatchSequence', ('patterns',), ()), ('MatchMapping', ('keys', 'patterns', 'rest'), ('rest',)),
        ('MatchClass', ('cls', 'patterns', 'kwd_attrs', 'kwd_patterns'), ()),
        ('MatchStar', ('name',), ('name',)), ('MatchAs', ('pattern', 'name'), ('pattern', 'name')),
        ('MatchOr', ('patterns',), ())]:
    _node(_name, _fields, _POS, base=pattern, optional=_opt)
_node('TypeIgnore', ('lineno', 'tag'), base=type_ignore)

# Aliases older code still uses.
slice = _node('slice')
Index = _node('Index', base=slice)
ExtSlice = _node('ExtSlice', base=slice)
Suite = _node('Suite', base=mod)
AugLoad = _node('AugLoad', base=expr_context)
AugStore = _node('AugStore', base=expr_context)
Param = _node('Param', base=expr_context)


# The pre-3.8 constant classes: isinstance checks look at a Constant's value, constructors make
# Constants, as CPython keeps them for old code.
class _ABC(type):
    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _const_types:
            value = inst.value
            return (isinstance(value, _const_types[cls]) and
                    not isinstance(value, _const_types_not.get(cls, ())))
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key not in cls._fields:
            raise TypeError("%s got multiple values for argument %r" % (cls.__name__, key))
    if cls in _const_types:
        if args:
            return Constant(args[0], *args[1:])
        return Constant(*[kwargs[f] for f in cls._fields if f in kwargs])
    return Constant.__new__(cls, *args, **kwargs)


Num = _ABC('Num', (Constant,), {'_fields': ('n',), '__new__': _new, '__module__': 'ast'})
Str = _ABC('Str', (Constant,), {'_fields': ('s',), '__new__': _new, '__module__': 'ast'})
Bytes = _ABC('Bytes', (Constant,), {'_fields': ('s',), '__new__': _new, '__module__': 'ast'})
NameConstant = _ABC('NameConstant', (Constant,), {'__new__': _new, '__module__': 'ast'})
Ellipsis = _ABC('Ellipsis', (Constant,), {'_fields': (), '__module__': 'ast',
                                          '__new__': lambda cls, *a, **k: Constant(..., *a, **k)})
_const_types = {Num: (int, float, complex), Str: (str,), Bytes: (bytes,),
                NameConstant: (type(None), bool), Ellipsis: (type(...),)}
_const_types_not = {Num: (bool,)}

_EVAL_NAMES = {name: obj for name, obj in globals().items() if isinstance(obj, type) and issubclass(obj, AST)}
_EVAL_NAMES.update({'inf': float('inf'), 'infj': complex(0, float('inf')), 'Ellipsis': ..., 'True': True,
                    'False': False, 'None': None, '__builtins__': {}})


# ---- parse ----------------------------------------------------------------------------------

def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parse the source into an AST node."""
    if isinstance(source, AST):
        return source
    if mode == 'func_type':
        raise ValueError("ast.parse(mode='func_type') is not supported by pygen")
    if not isinstance(filename, str):
        import os
        filename = os.fsdecode(filename)
    text = _ast._parse_dump(source, filename, mode)
    return eval(text, _EVAL_NAMES)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string containing only a Python literal or container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def _raise_malformed_node(node):
        msg = "malformed node or string"
        if lno := getattr(node, 'lineno', None):
            msg += ' on line %d' % lno
        raise ValueError(msg + ': %r' % node)

    def _convert_num(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            _raise_malformed_node(node)
        return node.value

    def _convert_signed_num(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = _convert_num(node.operand)
            if isinstance(node.op, UAdd):
                return + operand
            else:
                return - operand
        return _convert_num(node)

    def _convert(node):
        if isinstance(node, Constant):
            return node.value
        elif isinstance(node, Tuple):
            return tuple(map(_convert, node.elts))
        elif isinstance(node, List):
            return list(map(_convert, node.elts))
        elif isinstance(node, Set):
            return set(map(_convert, node.elts))
        elif (isinstance(node, Call) and isinstance(node.func, Name) and
              node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        elif isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                _raise_malformed_node(node)
            return dict(zip(map(_convert, node.keys), map(_convert, node.values)))
        elif isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = _convert_signed_num(node.left)
            right = _convert_num(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                if isinstance(node.op, Add):
                    return left + right
                else:
                    return left - right
        return _convert_signed_num(node)
    return _convert(node_or_string)


# ---- dump -----------------------------------------------------------------------------------

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Return a formatted dump of the tree in node."""
    def _format(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            allsimple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                value, simple = _format(value, level)
                allsimple = allsimple and simple
                if keywords:
                    args.append('%s=%s' % (name, value))
                else:
                    args.append(value)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    value, simple = _format(value, level)
                    allsimple = allsimple and simple
                    args.append('%s=%s' % (name, value))
            if allsimple and len(args) <= 3:
                return '%s(%s)' % (node.__class__.__name__, ', '.join(args)), not args
            return '%s(%s%s)' % (node.__class__.__name__, prefix, sep.join(args)), False
        elif isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(_format(x, level)[0] for x in node)), False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _format(node)[0]


# ---- Walking and editing ----------------------------------------------------------------------

def copy_location(new_node, old_node):
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    def _fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            _fix(child, lineno, col_offset, end_lineno, end_col_offset)
    _fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and (end_lineno := getattr(child, 'end_lineno', 0)) is not None:
            child.end_lineno = end_lineno + n
    return node


def iter_fields(node):
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source):
    idx = 0
    lines = []
    next_line = ''
    while idx < len(source):
        c = source[idx]
        next_line += c
        idx += 1
        if c == '\r' and idx < len(source) and source[idx] == '\n':
            next_line += '\n'
            idx += 1
        if c in '\r\n':
            lines.append(next_line)
            next_line = ''
    if next_line:
        lines.append(next_line)
    return lines


def _pad_whitespace(source):
    result = ''
    for c in source:
        if c in '\f\t':
            result += c
        else:
            result += ' '
    return result


def get_source_segment(source, node, *, padded=False):
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    lines = lines[lineno + 1:end_lineno]
    lines.insert(0, first)
    lines.append(last)
    return ''.join(lines)


def walk(node):
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """A node visitor base class that walks the tree and calls visit_<ClassName> methods."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor that replaces nodes with the return values of the visitor methods."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?', default='-')
    parser.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval'))
    parser.add_argument('-a', '--include-attributes', action='store_true')
    parser.add_argument('-i', '--indent', type=int, default=3)
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
