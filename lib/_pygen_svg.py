"""pygen.svg(obj): the seed chapter's layout figures drawn from a live object, as an SVG document.
A generator, coroutine or async generator is drawn as its common head (one row per field, named
as CPython names them: gi_frame, gi_running, gi_code, ...), its frame (f_lasti, f_lineno, locals,
the value stack), f_lasti as a pointer into the disassembled bytecode with the source line, the
saved exception state linked to the thread's chain, the yield from/await delegate chain, and for
async generators the hooks/finalizer/closed fields and the free lists. Elements that carry a field
have data-field/data-value attributes, so tests (and tools) can read the picture back."""

import re
import linecache

import pygen

WIDTH = 1180
SANS = "DejaVu Sans, Helvetica Neue, Helvetica, Arial, sans-serif"
MONO = "DejaVu Sans Mono, Menlo, Consolas, monospace"
ROW = 22          # height of one field row
HEAD = 30         # height of a box's title bar
FREE_LIST_MAX = 80

# One colour per frame state (the pill in the title and the head's state row).
STATE_COLOURS = {
    "CREATED": "#5c6bc0", "SUSPENDED": "#ef8f00", "RUNNING": "#2e7d32",
    "COMPLETED": "#757575", "CLEARED": "#757575",
}
BOX_COLOURS = {
    "head": "#1f4e79", "frame": "#2e6b4f", "code": "#5d4037", "exc": "#a83232",
    "delegate": "#6a1b9a", "free": "#37474f",
}
CHAR_W = 7   # advance of one 12px monospace character, for fitting text into columns
PREFIX = {"generator": "gi", "coroutine": "cr", "async_generator": "ag"}


def _esc(text):
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def short(value, limit=38):
    """repr without addresses (the picture must not depend on where objects live), cut to fit."""
    try:
        text = repr(value)
    except Exception as e:
        text = "<repr failed: %s>" % type(e).__name__
    text = _ADDRESS.sub("", text)
    if len(text) > limit:
        text = text[:limit - 1] + "\u2026"
    return text


class Canvas:
    def __init__(self):
        self.parts = []
        self.height = 0

    def add(self, text):
        self.parts.append(text)

    def text(self, x, y, s, size=13, weight="normal", fill="#222", family=MONO, anchor="start", extra=""):
        self.add('<text x="%d" y="%d" font-family="%s" font-size="%d" font-weight="%s" fill="%s" '
                 'text-anchor="%s"%s>%s</text>' % (x, y, family, size, weight, fill, anchor, extra, _esc(s)))

    def box(self, x, y, w, h, title, colour, subtitle=""):
        self.add('<rect x="%d" y="%d" width="%d" height="%d" rx="8" fill="#ffffff" stroke="%s" '
                 'stroke-width="1.5"/>' % (x, y, w, h, colour))
        self.add('<path d="M%d %d h%d a8 8 0 0 1 8 8 v%d h-%d v-%d a8 8 0 0 1 8 -8 z" fill="%s"/>'
                 % (x + 8, y, w - 16, HEAD - 8, w, HEAD - 8, colour))
        self.text(x + 12, y + 20, title, size=14, weight="bold", fill="#fff", family=SANS)
        if subtitle:
            self.text(x + w - 12, y + 20, subtitle, size=12, fill="#e8eef5", family=SANS, anchor="end")
        self.height = max(self.height, y + h)

    def rows(self, x, y, w, rows, key_width=130):
        """rows: (key, value, field_name or None, colour or None). Returns the y after them."""
        for n, (key, value, field, colour) in enumerate(rows):
            top = y + n * ROW
            if n % 2:
                self.add('<rect x="%d" y="%d" width="%d" height="%d" fill="#f4f6f8"/>' % (x + 1, top, w - 2, ROW))
            attrs = ""
            if field:
                attrs = ' data-field="%s" data-value="%s"' % (_esc(field), _esc(value))
            self.add('<g%s>' % attrs)
            fits = (key_width - 18) // CHAR_W      # a long name must not run into its value
            if len(key) > fits:
                key = key[:fits - 1] + "\u2026"
            self.text(x + 12, top + 15, key, size=12, fill="#555", family=MONO)
            self.text(x + key_width, top + 15, value, size=12, fill=colour or "#111", family=MONO,
                      weight="bold" if colour else "normal")
            self.add('</g>')
        return y + len(rows) * ROW

    def arrow(self, x1, y1, x2, y2, colour="#444", dashed=False, label=""):
        dx = max(30, abs(x2 - x1) / 2)
        path = "M%d %d C%d %d, %d %d, %d %d" % (x1, y1, x1 + dx, y1, x2 - dx, y2, x2, y2)
        dash = ' stroke-dasharray="5 4"' if dashed else ""
        self.add('<path d="%s" fill="none" stroke="%s" stroke-width="1.8"%s marker-end="url(#arrow)"/>'
                 % (path, colour, dash))
        if label:
            self.text((x1 + x2) // 2, (y1 + y2) // 2 - 6, label, size=11, fill=colour, family=SANS, anchor="middle")

    def document(self, title):
        h = self.height + 24
        head = ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
                'role="img" aria-label="%s">' % (WIDTH, h, WIDTH, h, _esc(title)))
        defs = ('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                'markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#444"/>'
                '</marker></defs>')
        background = '<rect width="100%" height="100%" fill="#fbfbfa"/>'
        return "\n".join([head, "<title>%s</title>" % _esc(title), defs, background] + self.parts + ["</svg>"])


def _kind(obj):
    name = type(obj).__name__
    if name in PREFIX:
        return name
    return None


def parse_dis(text):
    """pygen._dis text -> [(index, line or None, opname, argument text)]."""
    out = []
    for raw in text.splitlines():
        m = re.match(r"^\s*(\d+)?\s+(\d+) (\w+)\s+(\d+)(?: \((.*)\))?\s*$", raw)
        if m:
            line = int(m.group(1)) if m.group(1) else None
            # A bare 0 is an operand the instruction does not use; a resolved one is in parentheses.
            arg = m.group(5) if m.group(5) is not None else ("" if m.group(4) == "0" else m.group(4))
            out.append((int(m.group(2)), line, m.group(3), arg))
        elif out and raw.strip() and not raw.startswith(" "):
            break   # the exception table or the next code object
    return out


def _source_line(code, lineno, source):
    if lineno is None:
        return ""
    if source is not None:
        lines = source.splitlines()
        return lines[lineno - 1].strip() if 0 < lineno <= len(lines) else ""
    return linecache.getline(code.co_filename, lineno).strip()


def _delegate(obj):
    for attr in ("gi_yieldfrom", "cr_await", "ag_await"):
        try:
            return getattr(obj, attr)
        except AttributeError:
            continue
    return None


def svg(obj, event=None, source=None, step=None):
    """The picture of obj (generator, coroutine, async generator, asend/athrow, frame) as SVG text.
    event ('resume', 'suspend', 'finish') and step label a step of a trace; source, when given, is
    the program text the code came from (else linecache is asked)."""
    kind = _kind(obj)
    c = Canvas()
    if kind is None:
        tname = type(obj).__name__
        if tname == "frame":
            return _frame_only(obj, c, source)
        if tname.startswith("async_generator_"):
            return _awaitable(obj, c)
        raise TypeError("pygen.svg() expects a generator, coroutine, async generator, asend/athrow "
                        "object or frame, not %s" % tname)
    lay = pygen.layout(obj)
    p = PREFIX[kind]
    state = lay["frame_state"]
    qual = lay["qualname"]
    title = "%s %s" % (kind, qual)
    # Title line.
    c.text(24, 36, title, size=22, weight="bold", fill="#1b1b1b", family=SANS)
    pill = STATE_COLOURS.get(state, "#757575")
    tw = 24 + int(14.5 * len(title)) + 14
    c.add('<g data-field="frame_state" data-value="%s"><rect x="%d" y="17" width="%d" height="26" rx="13" '
          'fill="%s"/>' % (state, tw, 16 + 9 * len(state), pill))
    c.text(tw + 8 + 4.5 * len(state), 35, state, size=13, weight="bold", fill="#fff", family=SANS,
           anchor="middle")
    c.add('</g>')
    if event:
        label = {"resume": "\u25b6 about to resume", "suspend": "\u25a0 suspended",
                 "finish": "\u25a0 finished"}.get(event, event)
        if step is not None:
            label = "step %d \u00b7 %s" % (step, label)
        c.add('<g data-field="event" data-value="%s">' % _esc(event))
        c.text(WIDTH - 24, 36, label, size=14, fill="#555", family=SANS, anchor="end")
        c.add('</g>')

    # ---- the common head ----
    hx, hy, hw = 24, 64, 350
    weak = lay["weakreflist"]
    exc_type, exc_value, exc_tb = lay["exc_state"]
    rows = [
        ("%s_frame" % p, "NULL" if lay["frame"] is None else "frame \u2192", "frame",
         "#9e9e9e" if lay["frame"] is None else BOX_COLOURS["frame"]),
        ("%s_running" % p, "1" if lay["running"] else "0", "running", None),
        ("frame_state", state, None, pill),
        ("%s_code" % p, short(lay["code"], 24), "code", None),
        ("%s_weakreflist" % p, "NULL" if not weak else "%d weakref%s" % (len(weak), "s" if len(weak) > 1 else ""),
         "weakreflist", None),
        ("%s_name" % p, short(lay["name"]), "name", None),
        ("%s_qualname" % p, short(lay["qualname"]), "qualname", None),
        ("%s_exc_state" % p, "NULL" if exc_value is None else type(exc_value).__name__ + " \u2192", "exc_state",
         BOX_COLOURS["exc"] if exc_value is not None else None),
    ]
    if kind == "coroutine":
        origin = lay.get("origin")
        rows.append(("cr_origin", "NULL" if origin is None else "%d frames" % len(origin), "origin", None))
    if kind == "async_generator":
        rows += [
            ("ag_finalizer", "NULL" if lay["finalizer"] is None else short(lay["finalizer"], 24), "finalizer", None),
            ("ag_hooks_inited", "1" if lay["hooks_inited"] else "0", "hooks_inited", None),
            ("ag_closed", "1" if lay["closed"] else "0", "closed", None),
            ("ag_running_async", "1" if lay["running_async"] else "0", "running_async", None),
        ]
    delegate = _delegate(obj)
    rows.append(("%s" % {"gi": "gi_yieldfrom", "cr": "cr_await", "ag": "ag_await"}[p],
                 "NULL" if delegate is None else short(delegate, 22) + " \u2192", "delegate",
                 BOX_COLOURS["delegate"] if delegate is not None else None))
    head_h = HEAD + 8 + len(rows) * ROW + 8
    c.box(hx, hy, hw, head_h, "Py%sObject" % {"gi": "Gen", "cr": "Coro", "ag": "AsyncGen"}[p], BOX_COLOURS["head"],
          "common head")
    c.rows(hx, hy + HEAD + 8, hw, rows, key_width=142)
    row_y = {r[0]: hy + HEAD + 8 + n * ROW + 11 for n, r in enumerate(rows)}

    # ---- the frame ----
    fx, fy, fw = 404, 64, 300
    bottom = hy + head_h
    frame = lay["frame"]
    listing_x = 744
    if frame is not None:
        frows = [("f_lasti", str(lay["f_lasti"]), "f_lasti", BOX_COLOURS["code"]),
                 ("f_lineno", str(lay["f_lineno"]), "f_lineno", None)]
        # The name column grows with the longest local name (up to half the box); values get
        # what is left.
        names = list((lay["locals"] or {}).keys())
        key_width = min(fw // 2, max(110, 30 + CHAR_W * max(map(len, names), default=0)))
        value_chars = (fw - key_width - 12) // CHAR_W
        local_rows = []
        for name, value in (lay["locals"] or {}).items():
            local_rows.append((name, short(value, value_chars), "local:" + name, None))
        if not local_rows:
            local_rows = [("", "(no locals)", None, "#9e9e9e")]
        stack = pygen._value_stack(obj)
        stack_rows = []
        for n, value in enumerate(reversed(stack)):
            stack_rows.append(("TOS" if n == 0 else "TOS%d" % n, short(value, value_chars),
                               "stack:%d" % (len(stack) - 1 - n), None))
        if not stack_rows:
            stack_rows = [("", "(empty)", None, "#9e9e9e")]
        h = HEAD + 8 + (len(frows) + len(local_rows) + len(stack_rows) + 2) * ROW + 8
        c.box(fx, fy, fw, h, "frame", BOX_COLOURS["frame"], lay["code"].co_name)
        y = c.rows(fx, fy + HEAD + 8, fw, frows, key_width=key_width)
        c.text(fx + 12, y + 16, "locals", size=12, weight="bold", fill=BOX_COLOURS["frame"], family=SANS)
        y = c.rows(fx, y + ROW, fw, local_rows, key_width=key_width)
        c.text(fx + 12, y + 16, "value stack (%d)" % len(stack), size=12, weight="bold",
               fill=BOX_COLOURS["frame"], family=SANS)
        c.rows(fx, y + ROW, fw, stack_rows, key_width=key_width)
        c.arrow(hx + hw - 10, row_y["%s_frame" % p], fx, fy + 15, colour=BOX_COLOURS["frame"])
        bottom = max(bottom, fy + h)
        # ---- f_lasti in the bytecode ----
        listing = parse_dis(pygen._dis(lay["code"]))
        lasti = lay["f_lasti"]
        at = 0
        for n, ins in enumerate(listing):
            if ins[0] == lasti:
                at = n
        first = max(0, min(at - 7, len(listing) - 16))
        window = listing[first:first + 16]
        lx, ly, lw = listing_x, 64, WIDTH - listing_x - 24
        src = _source_line(lay["code"], lay["f_lineno"], source)
        lh = HEAD + 8 + ROW * 2 + len(window) * ROW + 8
        c.box(lx, ly, lw, lh, "bytecode", BOX_COLOURS["code"], "f_lasti = %s" % lasti)
        c.add('<g data-field="source_line" data-value="%s">' % _esc(src))
        c.text(lx + 12, ly + HEAD + 24, "line %s:" % lay["f_lineno"], size=12, fill="#777", family=SANS)
        c.text(lx + 72, ly + HEAD + 24, short(src, 40) if src else "", size=12, weight="bold", fill="#111")
        c.add('</g>')
        y = ly + HEAD + 8 + ROW * 2
        current_y = None
        for n, (index, line, op, arg) in enumerate(window):
            top = y + n * ROW
            here = index == lasti
            if here:
                current_y = top + 11
                c.add('<rect x="%d" y="%d" width="%d" height="%d" fill="#ffe0b2" data-field="current_instruction" '
                      'data-value="%d %s"/>' % (lx + 1, top, lw - 2, ROW, index, op))
            c.text(lx + 12, top + 15, "" if line is None else str(line), size=11, fill="#999")
            c.text(lx + 56, top + 15, str(index), size=12, fill="#777", anchor="end")
            c.text(lx + 66, top + 15, op, size=12, weight="bold" if here else "normal",
                   fill=BOX_COLOURS["code"] if here else "#333")
            c.text(lx + 220, top + 15, arg if len(arg) <= 28 else arg[:27] + "\u2026", size=11, fill="#555")
        if current_y is not None:
            c.arrow(fx + fw - 10, fy + HEAD + 8 + 11, lx + 2, current_y, colour=BOX_COLOURS["code"])
        bottom = max(bottom, ly + lh)
    else:
        c.add('<g data-field="f_lasti" data-value="None"/>')
        c.text(fx, fy + 40, "gi_frame is NULL: the frame was released", size=14, fill="#777", family=SANS)

    # ---- the saved exception state, linked to the thread's chain ----
    y0 = bottom + 36
    chain = pygen._exc_chain(obj)
    bx = 24
    by = y0 + 14
    prev_right = None
    for n, (owner, exc) in enumerate(chain[:5]):
        label = "%s_exc_state" % p if owner == "gen" else ("thread exc_info" if n <= 1 else "previous_item")
        text = "NULL" if exc is None else short(exc, 30)
        w = 220
        c.add('<g data-field="exc_chain:%d" data-value="%s:%s">' % (n, owner, _esc(text)))
        c.add('<rect x="%d" y="%d" width="%d" height="50" rx="6" fill="%s" stroke="%s" stroke-width="1.3"/>'
              % (bx, by, w, "#fdecea" if exc is not None else "#ffffff", BOX_COLOURS["exc"]))
        c.text(bx + 10, by + 19, label, size=11, fill="#777", family=SANS)
        c.text(bx + 10, by + 38, text, size=12, weight="bold" if exc is not None else "normal",
               fill=BOX_COLOURS["exc"] if exc is not None else "#999")
        c.add('</g>')
        if prev_right is not None:
            c.arrow(prev_right, by + 25, bx, by + 25, colour=BOX_COLOURS["exc"])
        prev_right = bx + w
        bx += w + 36
    if chain:
        # From the left end of the head's exc_state row down the margin into the left side of
        # the first box: the link never crosses the heading or another box.
        x1, y1 = hx + 2, row_y["%s_exc_state" % p]
        c.add('<path d="M%d %d C%d %d, %d %d, %d %d" fill="none" stroke="%s" stroke-width="1.8" '
              'stroke-dasharray="5 4" marker-end="url(#arrow)"/>'
              % (x1, y1, x1 - 20, y1, hx - 20, by + 25, hx, by + 25, BOX_COLOURS["exc"]))
    c.text(24, y0, "exception state: the generator's entry, then the thread's chain (exc_info \u2192 previous_item)",
           size=13, weight="bold", fill=BOX_COLOURS["exc"], family=SANS)
    bottom = by + 50

    # ---- the delegate chain (yield from / await) ----
    if delegate is not None:
        y0 = bottom + 36
        c.text(24, y0, "delegate chain (%s)" % ("yield from" if p == "gi" else "await"), size=13,
               weight="bold", fill=BOX_COLOURS["delegate"], family=SANS)
        bx, by = 24, y0 + 14
        d = delegate
        n = 0
        prev_right = None
        while d is not None and n < 5:
            dk = _kind(d)
            line = ""
            if dk:
                dl = pygen.layout(d)
                line = "%s, line %s" % (dl["frame_state"], dl["f_lineno"])
                name = "%s %s" % (dk, dl["qualname"])
            else:
                name = short(d, 28)
            c.add('<g data-field="delegate:%d" data-value="%s">' % (n, _esc(name)))
            c.add('<rect x="%d" y="%d" width="250" height="50" rx="6" fill="#f3e5f5" stroke="%s"/>'
                  % (bx, by, BOX_COLOURS["delegate"]))
            c.text(bx + 10, by + 20, short(name, 30), size=12, weight="bold", fill=BOX_COLOURS["delegate"])
            c.text(bx + 10, by + 39, line, size=11, fill="#555", family=SANS)
            c.add('</g>')
            if prev_right is not None:
                c.arrow(prev_right, by + 25, bx, by + 25, colour=BOX_COLOURS["delegate"])
            prev_right = bx + 250
            bx += 286
            n += 1
            d = _delegate(d) if dk else None
        bottom = by + 50

    # ---- free lists of async generator awaitables ----
    if kind == "async_generator":
        bottom = _free_lists(c, bottom + 36)

    c.height = max(c.height, bottom)
    return c.document(title)


def _free_lists(c, y0):
    sizes = pygen._free_lists()
    c.text(24, y0, "free lists (slots reused by the next asend()/wrapped value; max %d)" % FREE_LIST_MAX,
           size=13, weight="bold", fill=BOX_COLOURS["free"], family=SANS)
    y = y0 + 14
    for name in ("async_generator_asend", "async_generator_wrapped_value"):
        used = sizes[name]
        c.add('<g data-field="free_list:%s" data-value="%d">' % (name, used))
        c.text(24, y + 13, "%s: %d / %d" % (name, used, FREE_LIST_MAX), size=12, fill="#333")
        for k in range(FREE_LIST_MAX):
            c.add('<rect x="%d" y="%d" width="8" height="12" rx="2" fill="%s"/>'
                  % (350 + k * 9, y + 3, "#37474f" if k < used else "#e0e0e0"))
        c.add('</g>')
        y += 24
    return y


def _awaitable(obj, c):
    tname = type(obj).__name__
    title = "%s object" % tname
    c.text(24, 36, title, size=22, weight="bold", fill="#1b1b1b", family=SANS)
    c.box(24, 64, 460, HEAD + 8 + 2 * ROW + 8, tname, BOX_COLOURS["delegate"], "awaitable of an async generator")
    c.rows(24, 64 + HEAD + 8, 460, [("type", tname, "type", None), ("repr", short(obj, 34), None, None)])
    bottom = _free_lists(c, 64 + HEAD + 8 + 2 * ROW + 8 + 36)
    c.height = max(c.height, bottom)
    return c.document(title)


def _frame_only(frame, c, source):
    code = frame.f_code
    title = "frame of %s" % code.co_name
    c.text(24, 36, title, size=22, weight="bold", fill="#1b1b1b", family=SANS)
    rows = [("f_lasti", str(frame.f_lasti), "f_lasti", BOX_COLOURS["code"]),
            ("f_lineno", str(frame.f_lineno), "f_lineno", None),
            ("f_code", short(code, 30), "code", None)]
    for name, value in frame.f_locals.items():
        rows.append((name, short(value, 30), "local:" + name, None))
    c.box(24, 64, 460, HEAD + 8 + len(rows) * ROW + 8, "frame", BOX_COLOURS["frame"], code.co_name)
    c.rows(24, 64 + HEAD + 8, 460, rows, key_width=120)
    src = _source_line(code, frame.f_lineno, source)
    c.add('<g data-field="source_line" data-value="%s">' % _esc(src))
    c.text(520, 100, "line %s: %s" % (frame.f_lineno, short(src, 60)), size=13, fill="#333")
    c.add('</g>')
    return c.document(title)
