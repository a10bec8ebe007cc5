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
    if 'end_lineno' in attributes:     # optional locations default to None, as in Python.asdl
        cls.end_lineno = cls.end_col_offset = None
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


# ---- The pre-3.8 constant classes ------------------------------------------------------------
# Num, Str, Bytes, NameConstant and Ellipsis survive for old code: calling one makes a Constant,
# isinstance() asks whether a Constant's value has the kind the old class stood for, and
# Constant.n / Constant.s read and write its value.

def _value_of(self):
    return self.value


def _set_value(self, value):
    self.value = value


Constant.n = property(_value_of, _set_value)
Constant.s = property(_value_of, _set_value)

# old class -> (the value types it covers, the types it leaves out); filled below
_OLD_KINDS = {}


class _OldConstantMeta(type):
    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cls.__doc__ = "Deprecated AST node class. Use ast.Constant instead"

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        kinds = _OLD_KINDS.get(cls)
        if kinds is not None:
            covered, left_out = kinds
            return isinstance(inst.value, covered) and not isinstance(inst.value, left_out)
        return type.__instancecheck__(cls, inst)


def _make_constant(cls, *args, **kwargs):
    # A field given both by position and by name is an error; other keywords pass through.
    for i, field in enumerate(cls._fields):
        if field in kwargs and i < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {field!r}")
    if cls in _OLD_KINDS:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


def _make_ellipsis(cls, *args, **kwargs):
    if cls is Ellipsis:
        return Constant(..., *args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


def _old_constant_class(name, fields, maker):
    namespace = {'__new__': maker, '__module__': 'ast'}
    if fields is not None:
        namespace['_fields'] = fields
    return _OldConstantMeta(name, (Constant,), namespace)


Num = _old_constant_class('Num', ('n',), _make_constant)
Str = _old_constant_class('Str', ('s',), _make_constant)
Bytes = _old_constant_class('Bytes', ('s',), _make_constant)
NameConstant = _old_constant_class('NameConstant', None, _make_constant)
Ellipsis = _old_constant_class('Ellipsis', (), _make_ellipsis)
_OLD_KINDS.update({Num: ((int, float, complex), (bool,)), Str: ((str,), ()), Bytes: ((bytes,), ()),
                   NameConstant: ((type(None), bool), ()), Ellipsis: ((type(...),), ())})
# visit_Num and the like, still called by NodeVisitor.visit_Constant (with a DeprecationWarning)
_OLD_VISITOR_FOR = [(bool, 'NameConstant'), (type(None), 'NameConstant'), (int, 'Num'), (float, 'Num'),
                    (complex, 'Num'), (str, 'Str'), (bytes, 'Bytes'), (type(...), 'Ellipsis')]

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


def unparse(ast_obj):
    """The source text of a tree, as Python 3.11 writes it back (comments and layout are not kept)."""
    import _ast_unparse
    return _ast_unparse.unparse(ast_obj)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string containing only a Python literal or container display.

    Accepted: strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None and Ellipsis, with
    + and - only as a number's sign or between a real and an imaginary number."""
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree.lstrip(' \t'), mode='eval')
    if isinstance(tree, Expression):
        tree = tree.body
    return _Literal().value(tree)


class _Literal:
    # The evaluator behind literal_eval: one method per accepted shape.

    def refuse(self, node):
        where = getattr(node, 'lineno', None)
        text = 'malformed node or string'
        if where:
            text = f'{text} on line {where}'
        raise ValueError(f'{text}: {node!r}')

    def number(self, node):
        # A numeric constant (bool is not one).
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        self.refuse(node)

    def signed(self, node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            magnitude = self.number(node.operand)
            return -magnitude if isinstance(node.op, USub) else +magnitude
        return self.number(node)

    def value(self, node):
        if isinstance(node, Constant):
            return node.value
        for display, build in ((Tuple, tuple), (List, list), (Set, set)):
            if isinstance(node, display):
                return build(self.value(item) for item in node.elts)
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                self.refuse(node)
            return {self.value(k): self.value(v) for k, v in zip(node.keys, node.values)}
        if isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set' \
                and node.args == [] and node.keywords == []:
            return set()
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            # complex literals: real +/- imaginary
            real = self.signed(node.left)
            imag = self.number(node.right)
            if isinstance(real, (int, float)) and isinstance(imag, complex):
                return real + imag if isinstance(node.op, Add) else real - imag
        return self.signed(node)


# ---- dump -----------------------------------------------------------------------------------

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A string showing the tree under node: class names with their fields (and, on request,
    locations), optionally one item per line indented by `indent` (a string or a count of spaces)."""
    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent).show(node, 0)[0]


class _Dumper:
    # show() returns (text, simple): simple means short enough to sit inline in its parent.

    def __init__(self, annotate, locations, indent):
        self.annotate = annotate
        self.locations = locations
        self.indent = indent

    def layout(self, depth):
        if self.indent is None:
            return '', ', '
        pad = self.indent * depth
        return '\n' + pad, ',\n' + pad

    def show(self, value, depth):
        if isinstance(value, AST):
            return self.show_node(value, depth + 1)
        if isinstance(value, list):
            if not value:
                return '[]', True
            head, sep = self.layout(depth + 1)
            return '[' + head + sep.join(self.show(item, depth + 1)[0] for item in value) + ']', False
        return repr(value), True

    def show_node(self, node, depth):
        cls = type(node)
        parts = []
        inline = True
        named = self.annotate
        for field in node._fields:
            if not hasattr(node, field):
                named = True        # a gap: later fields must say their names
                continue
            v = getattr(node, field)
            if v is None and getattr(cls, field, ...) is None:
                named = True        # an optional field left at its default
                continue
            text, simple = self.show(v, depth)
            inline = inline and simple
            parts.append(f'{field}={text}' if named else text)
        if self.locations:
            for attr in node._attributes:
                if not hasattr(node, attr):
                    continue
                v = getattr(node, attr)
                if v is None and getattr(cls, attr, ...) is None:
                    continue
                text, simple = self.show(v, depth)
                inline = inline and simple
                parts.append(f'{attr}={text}')
        name = cls.__name__
        if inline and len(parts) <= 3:
            return f"{name}({', '.join(parts)})", not parts
        head, sep = self.layout(depth)
        return f'{name}({head}{sep.join(parts)})', False


# ---- Locations ----------------------------------------------------------------------------------

_LOCATION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """Give new_node the location of old_node (where both have location attributes); new_node."""
    for attr in _LOCATION:
        if attr not in old_node._attributes or attr not in new_node._attributes:
            continue
        if hasattr(old_node, attr):
            v = getattr(old_node, attr)
            # an end position that is None is copied too; a start position only when set
            if v is not None or attr.startswith('end_'):
                setattr(new_node, attr, v)
    return new_node


def fix_missing_locations(node):
    """Fill in missing locations under node from the nearest parent that has them (1, 0 at the
    top), as compile() needs them; node."""
    stack = [(node, (1, 0, 1, 0))]
    while stack:
        current, inherited = stack.pop()
        here = list(inherited)
        for i, attr in enumerate(_LOCATION):
            if attr not in current._attributes:
                continue
            ends = attr.startswith('end_')
            present = getattr(current, attr, None) is not None if ends else hasattr(current, attr)
            if present:
                here[i] = getattr(current, attr)
            else:
                setattr(current, attr, here[i])
        children = list(iter_child_nodes(current))
        for child in reversed(children):
            stack.append((child, tuple(here)))
    return node


def increment_lineno(node, n=1):
    """Move node and everything under it n lines down; node."""
    for item in walk(node):
        if isinstance(item, TypeIgnore):
            # its lineno is a field, not a location attribute
            item.lineno = getattr(item, 'lineno', 0) + n
            continue
        if 'lineno' in item._attributes:
            item.lineno = getattr(item, 'lineno', 0) + n
        if 'end_lineno' in item._attributes:
            end = getattr(item, 'end_lineno', 0)
            if end is not None:
                item.end_lineno = end + n
    return node


# ---- Walking ------------------------------------------------------------------------------------

def iter_fields(node):
    """(name, value) for each field that node has."""
    for name in node._fields:
        if hasattr(node, name):
            yield name, getattr(node, name)


def iter_child_nodes(node):
    """The nodes directly under node: its node fields and the nodes in its list fields."""
    for _, value in iter_fields(node):
        items = value if isinstance(value, list) else (value,)
        for item in items:
            if isinstance(item, AST):
                yield item


def walk(node):
    """node and every node under it, breadth first (order otherwise unspecified)."""
    from collections import deque
    pending = deque((node,))
    while pending:
        current = pending.popleft()
        pending.extend(iter_child_nodes(current))
        yield current


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node (cleaned with inspect.cleandoc unless
    clean is false), or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{type(node).__name__!r} can't have docstrings")
    first = node.body[0] if node.body else None
    if not isinstance(first, Expr):
        return None
    doc = first.value
    if not (isinstance(doc, Constant) and isinstance(doc.value, str)):
        return None
    if not clean:
        return doc.value
    import inspect
    return inspect.cleandoc(doc.value)


def _source_lines(source):
    # Lines with their ends, broken only at \r\n, \r and \n (not at \f, \v or other separators).
    import re
    return [m.group() for m in re.finditer(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$', source)]


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from, or None when node lacks a location. With
    padded, a multi-line segment's first line keeps its indentation (as spaces, tabs and form
    feeds kept)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_row, last_row = node.lineno - 1, node.end_lineno - 1
        start, stop = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    # column offsets count UTF-8 bytes
    if first_row == last_row:
        return lines[first_row].encode()[start:stop].decode()
    head = lines[first_row].encode()
    lead = ''
    if padded:
        lead = ''.join(ch if ch in '\f\t' else ' ' for ch in head[:start].decode())
    middle = lines[first_row + 1:last_row]
    tail = lines[last_row].encode()[:stop].decode()
    return lead + head[start:].decode() + ''.join(middle) + tail


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) where the subclass defines one and
    generic_visit(node) (visiting the children) where it does not."""

    def visit(self, node):
        handler = getattr(self, f'visit_{node.__class__.__name__}', self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        # Visitors written for the pre-3.8 classes (visit_Num, visit_Str, ...) still get called.
        for kind, old_name in _OLD_VISITOR_FOR:
            if isinstance(node.value, kind):
                handler = getattr(self, 'visit_' + old_name, None)
                if handler is not None:
                    import warnings
                    warnings.warn(f'visit_{old_name} is deprecated; add visit_Constant',
                                  DeprecationWarning, 2)
                    return handler(node)
                break
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of the node they visit: None
    removes it, a list (in a list field) puts several nodes in its place."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                kept = []
                for item in value:
                    if not isinstance(item, AST):
                        kept.append(item)
                        continue
                    result = self.visit(item)
                    if result is None:
                        continue
                    if isinstance(result, AST):
                        kept.append(result)
                    else:
                        kept.extend(result)
                value[:] = kept
            elif isinstance(value, AST):
                result = self.visit(value)
                if result is None:
                    delattr(node, name)
                else:
                    setattr(node, name, result)
        return node


def main():
    import argparse
    cli = argparse.ArgumentParser(prog='python -m ast')
    cli.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?', default='-')
    cli.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval'))
    cli.add_argument('-a', '--include-attributes', action='store_true')
    cli.add_argument('-i', '--indent', type=int, default=3)
    options = cli.parse_args()
    with options.infile as stream:
        text = stream.read()
    tree = parse(text, options.infile.name, options.mode)
    print(dump(tree, include_attributes=options.include_attributes, indent=options.indent))


if __name__ == '__main__':
    main()
