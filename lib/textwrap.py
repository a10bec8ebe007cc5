# dedent, indent and a simple wrap/fill/shorten (greedy, whitespace-splitting).
# CPython counterpart: Lib/textwrap.py (a subset).

__all__ = ['wrap', 'fill', 'dedent', 'indent', 'shorten']


def dedent(text):
    """Remove the whitespace prefix common to every non-blank line."""
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        prefix = line[:len(line) - len(stripped)]
        if margin is None:
            margin = prefix
        else:
            common = 0
            while common < min(len(margin), len(prefix)) and margin[common] == prefix[common]:
                common += 1
            margin = margin[:common]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('')
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text selected by predicate (default: non-blank lines)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))


def wrap(text, width=70, **kwargs):
    words = text.split()
    lines = []
    current = ''
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = word if not current else current + ' ' + word
        while len(current) > width:
            lines.append(current[:width])
            current = current[width:]
    if current:
        lines.append(current)
    return lines


def fill(text, width=70, **kwargs):
    return '\n'.join(wrap(text, width, **kwargs))


def shorten(text, width, *, placeholder=' [...]', **kwargs):
    text = ' '.join(text.split())
    if len(text) <= width:
        return text
    words = text.split()
    out = ''
    for word in words:
        candidate = word if not out else out + ' ' + word
        if len(candidate) + len(placeholder) > width:
            break
        out = candidate
    return (out + placeholder) if out else placeholder.lstrip()
