# colorsys: conversions between RGB and the YIQ, HLS and HSV colour systems; every value is a
# float, nominally in [0, 1]. The arithmetic follows CPython's term for term so the floats
# come out identical. CPython counterpart: Lib/colorsys.py.

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb", "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clamp(x):
    if x < 0.0:
        return 0.0
    if x > 1.0:
        return 1.0
    return x


def rgb_to_yiq(r, g, b):
    """(Y, I, Q): luma and the two chroma components (the NTSC weights, FCC's version)."""
    y = 0.30 * r + 0.59 * g + 0.11 * b
    r_y, b_y = r - y, b - y
    return (y, 0.74 * r_y - 0.27 * b_y, 0.48 * r_y + 0.41 * b_y)


def yiq_to_rgb(y, i, q):
    """The inverse of rgb_to_yiq, each channel clamped to [0, 1]."""
    # The coefficients are the inverse of rgb_to_yiq's matrix.
    red = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    green = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    blue = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clamp(red), _clamp(green), _clamp(blue))


def _hue(r, g, b, top, spread):
    """The hue in [0, 1) of a colour whose largest channel is top and range spread (> 0)."""
    dr = (top - r) / spread
    dg = (top - g) / spread
    db = (top - b) / spread
    if r == top:
        sector = db - dg
    elif g == top:
        sector = 2.0 + dr - db
    else:
        sector = 4.0 + dg - dr
    return (sector / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    """(hue, lightness, saturation) of an RGB colour."""
    hi = max(r, g, b)
    lo = min(r, g, b)
    total = hi + lo
    spread = hi - lo
    light = total / 2.0
    if hi == lo:
        return 0.0, light, 0.0
    sat = spread / total if light <= 0.5 else spread / (2.0 - total)
    return _hue(r, g, b, hi, spread), light, sat


def _channel(m1, m2, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return m1 + (m2 - m1) * hue * 6.0
    if hue < 0.5:
        return m2
    if hue < TWO_THIRD:
        return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0
    return m1


def hls_to_rgb(h, l, s):
    """The RGB colour of (hue, lightness, saturation)."""
    if s == 0.0:
        return l, l, l
    m2 = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    m1 = 2.0 * l - m2
    return (_channel(m1, m2, h + ONE_THIRD), _channel(m1, m2, h), _channel(m1, m2, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    """(hue, saturation, value) of an RGB colour."""
    hi = max(r, g, b)
    lo = min(r, g, b)
    if hi == lo:
        return 0.0, 0.0, hi
    spread = hi - lo
    return _hue(r, g, b, hi, spread), spread / hi, hi


def hsv_to_rgb(h, s, v):
    """The RGB colour of (hue, saturation, value)."""
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    frac = (h * 6.0) - sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * frac)
    t = v * (1.0 - s * (1.0 - frac))
    return ((v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q))[sector % 6]
